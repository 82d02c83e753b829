package io.spikeworks.ui.live.activity;

import java.util.List;

/**
 * What one sample did in the latest captured batch, as the activity views (raster, membranes, output) draw it.
 * Immutable by contract; {@code version} changes whenever the content does, so views skip unchanged frames.
 *
 * @param image      the sample's picture, or null when the input is not an image
 * @param classNames one per output neuron
 * @param outputs    the readout per class (spike counts or membrane sums, by readout)
 * @param layers     input first, then every layer in network order
 * @param traces     membrane traces of the traced neurons, per spiking layer
 * @param target     the sample's real-valued target, one per output; null when samples carry class labels
 */
public record ActivitySnapshot(long version, long iteration, int epoch, int batch, int sampleIndex, int label,
                               int predicted, List<String> classNames, float[] outputs, SampleImage image,
                               List<RasterData> layers, List<TraceData> traces, float[] target) {
    /** A sample with a class label. */
    public ActivitySnapshot(long version, long iteration, int epoch, int batch, int sampleIndex, int label,
                            int predicted, List<String> classNames, float[] outputs, SampleImage image,
                            List<RasterData> layers, List<TraceData> traces) {
        this(version, iteration, epoch, batch, sampleIndex, label, predicted, classNames, outputs, image, layers, traces,
                null);
    }

    /** Whether the sample has real-valued targets rather than a class. */
    public boolean regression() {
        return target != null;
    }

    public ActivitySnapshot {
        classNames = List.copyOf(classNames);
        layers = List.copyOf(layers);
        traces = List.copyOf(traces);
    }

    public int steps() {
        return layers.isEmpty() ? 0 : layers.get(0).steps();
    }

    public RasterData layer(String name) {
        for (RasterData r : layers) if (r.layer().equals(name)) return r;
        return null;
    }

    public TraceData traces(String layer) {
        for (TraceData t : traces) if (t.layer().equals(layer)) return t;
        return null;
    }
}
