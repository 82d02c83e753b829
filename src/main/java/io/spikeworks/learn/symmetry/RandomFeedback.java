package io.spikeworks.learn.symmetry;

import io.spikeworks.sim.kernel.FastRandom;

/**
 * Draws fixed random feedback weights with the spread of the forward weights they stand in for: uniform in
 * (−√3·σ, √3·σ), σ = RMS of the reference weights, so the error magnitudes match BP's at the start.
 */
final class RandomFeedback {
    private RandomFeedback() {}

    static float[] like(float[] reference, int size, FastRandom rng) {
        double ss = 0;
        for (float v : reference) ss += (double) v * v;
        double rms = reference.length == 0 ? 0 : Math.sqrt(ss / reference.length);
        if (rms == 0) rms = 1 / Math.sqrt(Math.max(1, reference.length));
        double a = Math.sqrt(3) * rms;
        float[] b = new float[size];
        for (int i = 0; i < size; i++) b[i] = (float) ((rng.nextDouble() * 2 - 1) * a);
        return b;
    }
}
