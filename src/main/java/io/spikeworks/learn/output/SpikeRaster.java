package io.spikeworks.learn.output;

import java.util.List;

/**
 * A few test samples run through a finished network, and for each layer the time steps at which some of its
 * neurons spiked: what a run report draws as a spike raster. Only a sample of each layer's neurons is kept, so
 * that a run folder stays small ({@link SpikeRasterCsv}).
 *
 * @param steps time steps per sample
 */
public record SpikeRaster(int steps, List<Sample> samples) {
    public SpikeRaster {
        if (steps < 1) throw new IllegalArgumentException("a raster needs at least one time step, got " + steps);
        samples = List.copyOf(samples);
    }

    /**
     * @param index     the sample's index in the test set
     * @param label     its class, -1 for real-valued targets
     * @param predicted the class the network predicted, -1 for real-valued targets
     * @param layers    the input first (named "input"), then every layer in network order
     */
    public record Sample(int index, int label, int predicted, List<LayerRows> layers) {
        public Sample {
            layers = List.copyOf(layers);
        }
    }

    /**
     * Some neurons of one layer and when they spiked (a non-zero output; for a layer with graded outputs, such as
     * average pooling or an analogue input, a step with any output at all).
     *
     * @param neurons    the layer's size
     * @param rowNeurons the neurons kept, ascending
     * @param spikeSteps for each kept neuron, the steps it spiked at, ascending
     */
    public record LayerRows(String layer, int neurons, int[] rowNeurons, int[][] spikeSteps) {
        public LayerRows {
            if (rowNeurons.length != spikeSteps.length)
                throw new IllegalArgumentException(rowNeurons.length + " rows but " + spikeSteps.length + " spike lists");
        }

        public int spikes() {
            int n = 0;
            for (int[] s : spikeSteps) n += s.length;
            return n;
        }
    }
}
