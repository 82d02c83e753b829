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
 */
public record ActivitySnapshot(long version, long iteration, int epoch, int batch, int sampleIndex, int label,
                               int predicted, List<String> classNames, float[] outputs, SampleImage image,
                               List<RasterData> layers, List<TraceData> traces) {
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
