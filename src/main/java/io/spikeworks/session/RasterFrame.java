package io.spikeworks.session;

import java.util.Arrays;
import java.util.List;

/**
 * What one sample did in the latest captured batch: the encoded input and every layer as spike rasters, membrane
 * traces of chosen neurons, the readout, the true and the predicted class. The sample is the first of its batch.
 *
 * <p>A reader creates one with {@code new RasterFrame()} and refreshes it with {@link Telemetry#readRaster}.
 */
public final class RasterFrame extends Frame<RasterFrame> {
    long iteration;
    int epoch;
    int batch;
    int sampleIndex = -1;
    int label = -1;
    int predicted = -1;
    int steps;
    float[] outputs = new float[0];
    /** The sample's real-valued target (one per output); empty for class labels. */
    float[] target = new float[0];
    LayerRaster[] layers = new LayerRaster[0];

    /** Optimiser steps taken, including the batch this frame shows. */
    public long iteration() {
        return iteration;
    }

    /** 1-based epoch of the batch. */
    public int epoch() {
        return epoch;
    }

    /** 1-based batch within its epoch. */
    public int batch() {
        return batch;
    }

    /** The sample's real-valued target, one value per output; empty when samples carry class labels. */
    public float[] target() {
        return target;
    }

    /** Index of the sample in the training set. */
    public int sampleIndex() {
        return sampleIndex;
    }

    public int label() {
        return label;
    }

    public int predicted() {
        return predicted;
    }

    public int steps() {
        return steps;
    }

    /** The readout of the sample, one value per output neuron (spike counts, membrane sums … by readout). */
    public float[] outputs() {
        return outputs;
    }

    /** The input first, then every layer in network order. */
    public List<LayerRaster> layers() {
        return Arrays.asList(layers);
    }

    public LayerRaster layer(String name) {
        for (LayerRaster l : layers) if (l.name.equals(name)) return l;
        throw new IllegalArgumentException("no layer '" + name + "' in the frame");
    }

    @Override
    void copyFrom(RasterFrame s) {
        iteration = s.iteration;
        epoch = s.epoch;
        batch = s.batch;
        sampleIndex = s.sampleIndex;
        label = s.label;
        predicted = s.predicted;
        steps = s.steps;
        outputs = fit(outputs, s.outputs.length);
        target = fit(target, s.target.length);
        System.arraycopy(s.target, 0, target, 0, target.length);
        System.arraycopy(s.outputs, 0, outputs, 0, outputs.length);
        LayerRaster[] src = s.layers;
        if (layers.length != src.length) {
            layers = new LayerRaster[src.length];
            for (int i = 0; i < layers.length; i++) layers[i] = new LayerRaster();
        }
        for (int i = 0; i < layers.length; i++) layers[i].copyFrom(src[i]);
    }
}
