package io.spikeworks.sim.neuron;

import java.util.Locale;

/**
 * Surrogate derivative of the Heaviside spike function, used by the backward pass in place of the
 * true (zero almost everywhere) derivative. {@code x} is the membrane minus the threshold.
 * Each has a primitive {@link #primitive} so that a test-only smooth mode can replace the spike by a
 * function whose exact derivative is the surrogate, which makes finite-difference checks possible.
 */
public enum Surrogate {
    /** snnTorch's fast sigmoid: 1 / (1 + k|x|)², peak 1, k is the slope. */
    FAST_SIGMOID("fast-sigmoid") {
        @Override public float derivative(float x, float k) {
            float d = 1f + k * Math.abs(x);
            return 1f / (d * d);
        }
        @Override public double primitive(double x, double k) {
            return x / (1 + k * Math.abs(x)) + 1 / k;
        }
    },
    /** snnTorch's arctan: (α/2) / (1 + (π α x / 2)²), area 1. */
    ARCTAN("arctan") {
        @Override public float derivative(float x, float a) {
            float z = (float) (Math.PI / 2) * a * x;
            return a / 2f / (1f + z * z);
        }
        @Override public double primitive(double x, double a) {
            return Math.atan(Math.PI / 2 * a * x) / Math.PI + 0.5;
        }
    },
    /** Triangle of half-width 1/k and area 1: k·max(0, 1 − k|x|). */
    TRIANGLE("triangle") {
        @Override public float derivative(float x, float k) {
            float v = 1f - k * Math.abs(x);
            return v > 0 ? k * v : 0f;
        }
        @Override public double primitive(double x, double k) {
            double z = k * x;
            if (z <= -1) return 0;
            if (z >= 1) return 1;
            return z < 0 ? 0.5 * (1 + z) * (1 + z) : 1 - 0.5 * (1 - z) * (1 - z);
        }
    },
    /** Box of width 1/k and area 1: k on |x| < 1/(2k). */
    RECTANGULAR("rectangular") {
        @Override public float derivative(float x, float k) {
            return Math.abs(x) < 0.5f / k ? k : 0f;
        }
        @Override public double primitive(double x, double k) {
            return Math.max(0, Math.min(1, k * x + 0.5));
        }
    };

    private final String id;

    Surrogate(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public abstract float derivative(float x, float scale);

    /** A function whose derivative is {@link #derivative}; used only by the smooth (test) mode. */
    public abstract double primitive(double x, double scale);

    public static Surrogate fromId(String id) {
        for (Surrogate s : values()) if (s.id.equals(id.toLowerCase(Locale.ROOT))) return s;
        throw new IllegalArgumentException("unknown surrogate '" + id + "'; known: fast-sigmoid, arctan, triangle, rectangular");
    }
}
