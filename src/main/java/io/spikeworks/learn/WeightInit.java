package io.spikeworks.learn;

import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.FastRandom;

/** Initial weights from the layer's fan-in and fan-out. Biases start at 0. */
public enum WeightInit {
    /** Glorot uniform: U(−a, a), a = √(6 / (fanIn + fanOut)). */
    XAVIER("xavier"),
    /** He normal: N(0, 2 / fanIn). */
    HE("he"),
    /** PyTorch's default for Linear/Conv: U(−1/√fanIn, 1/√fanIn). */
    UNIFORM("uniform");

    private final String id;

    WeightInit(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static WeightInit fromId(String id) {
        for (WeightInit w : values()) if (w.id.equals(id)) return w;
        throw new IllegalArgumentException("unknown init '" + id + "'; known: xavier, he, uniform");
    }

    public void apply(SpikingLayer layer, FastRandom rng) {
        float[] w = layer.weights().value;
        int fanIn = layer.fanIn();
        int fanOut = layer.fanOut();
        switch (this) {
            case XAVIER -> {
                double a = Math.sqrt(6.0 / (fanIn + fanOut));
                for (int i = 0; i < w.length; i++) w[i] = (float) ((rng.nextDouble() * 2 - 1) * a);
            }
            case HE -> {
                double sd = Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < w.length; i++) w[i] = (float) (rng.nextGaussian() * sd);
            }
            case UNIFORM -> {
                double a = 1 / Math.sqrt(fanIn);
                for (int i = 0; i < w.length; i++) w[i] = (float) ((rng.nextDouble() * 2 - 1) * a);
            }
        }
        if (layer.bias() != null) java.util.Arrays.fill(layer.bias().value, 0f);
    }
}
