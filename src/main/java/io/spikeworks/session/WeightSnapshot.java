package io.spikeworks.session;

import java.util.Arrays;
import java.util.List;

/**
 * A copy of every trainable tensor (weights and biases, in network order) for a weight view, taken after a batch
 * at most every few hundred milliseconds. Dense weights are [in][out]; convolution kernels as the engine stores
 * them. A reader creates one with {@code new WeightSnapshot()} and refreshes it with {@link Telemetry#readWeights}.
 */
public final class WeightSnapshot extends Frame<WeightSnapshot> {
    long iteration;
    String[] names = new String[0];
    int[][] shapes = new int[0][];
    float[][] values = new float[0][];

    /** Optimiser steps taken when the copy was made. */
    public long iteration() {
        return iteration;
    }

    /** Parameter names such as "hidden1.weight", "hidden1.bias". */
    public List<String> names() {
        return Arrays.asList(names);
    }

    public int[] shape(int i) {
        return shapes[i].clone();
    }

    /** The values of parameter i; the reader's copy. */
    public float[] values(int i) {
        return values[i];
    }

    public float[] values(String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return values[i];
        throw new IllegalArgumentException("no parameter '" + name + "'");
    }

    @Override
    void copyFrom(WeightSnapshot s) {
        iteration = s.iteration;
        if (names.length != s.names.length) {
            names = new String[s.names.length];
            shapes = new int[s.names.length][];
            values = new float[s.names.length][];
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = s.names[i];
            shapes[i] = s.shapes[i];
            float[] v = s.values[i];
            values[i] = fit(values[i], v.length);
            System.arraycopy(v, 0, values[i], 0, v.length);
        }
    }
}
