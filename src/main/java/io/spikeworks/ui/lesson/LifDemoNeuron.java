package io.spikeworks.ui.lesson;

/**
 * One LIF neuron driven by a constant input current, stepped as the engine steps its LIF layers
 * ({@code u[0] = I}, {@code u[t] = β·u[t−1] + I − θ·s[t−1]} with reset by subtraction, or
 * {@code β·u[t−1]·(1 − s[t−1]) + I} with reset to zero; {@code s[t] = 1} when {@code u[t] ≥ θ}), for the first
 * lesson's slider. Plain Java, so it is checked against the closed form without a toolkit.
 */
public record LifDemoNeuron(double beta, double threshold, boolean subtractReset) {
    public LifDemoNeuron {
        if (!(beta >= 0 && beta < 1)) throw new IllegalArgumentException("beta must be in [0, 1), got " + beta);
        if (!(threshold > 0)) throw new IllegalArgumentException("threshold must be > 0, got " + threshold);
    }

    /** Membrane and spikes over {@code steps} steps. */
    public record Trace(double[] membrane, boolean[] spikes) {
        public int spikeCount() {
            int n = 0;
            for (boolean s : spikes) if (s) n++;
            return n;
        }
    }

    public Trace run(double current, int steps) {
        double[] u = new double[steps];
        boolean[] s = new boolean[steps];
        for (int t = 0; t < steps; t++) {
            if (t == 0) u[t] = current;
            else if (subtractReset) u[t] = beta * u[t - 1] + current - (s[t - 1] ? threshold : 0);
            else u[t] = (s[t - 1] ? 0 : beta * u[t - 1]) + current;
            s[t] = u[t] >= threshold;
        }
        return new Trace(u, s);
    }

    /** The least constant current that ever makes it spike: the membrane tends to I / (1 − β), which must reach θ. */
    public double rheobase() {
        return threshold * (1 - beta);
    }
}
