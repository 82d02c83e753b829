package io.spikeworks.sim;

import java.util.Arrays;

/**
 * {@link Readout} computed step by step, with its tangents, from the output layer's spikes and membrane of each
 * step as a tangent pass produces them (no history). Same values and the same gradient conventions as the readout:
 * membrane max follows the first maximal step; first-spike time differentiates Σₜ m[t]·S[t]·(t − T) with m[t] = 1
 * up to and including the first spike.
 */
final class ReadoutTangent {
    private final Readout.Kind kind;
    private final int stride;
    private final int directions;
    final float[] value;
    final float[] tangent;
    private final boolean[] spiked;

    ReadoutTangent(Readout.Kind kind, int batch, int outputs, int directions) {
        this.kind = kind;
        this.stride = batch * outputs;
        this.directions = directions;
        this.value = new float[stride];
        this.tangent = new float[directions * stride];
        this.spiked = new boolean[stride];
    }

    long bytesHeld() {
        return 4L * (value.length + tangent.length) + spiked.length;
    }

    /** Takes step t of T (steps) from the output layer's spikes, membrane and their tangents. */
    void add(int t, int steps, float[] s, float[] ds, float[] u, float[] du) {
        if (t == 0) {
            Arrays.fill(value, 0f);
            Arrays.fill(tangent, 0f);
            Arrays.fill(spiked, false);
        }
        switch (kind) {
            case SPIKE_COUNT -> accumulate(s, ds);
            case MEMBRANE_SUM, MEMBRANE_MEAN -> accumulate(u, du);
            case MEMBRANE_MAX -> {
                for (int i = 0; i < stride; i++) {
                    if (t == 0 || u[i] > value[i]) {
                        value[i] = u[i];
                        for (int d = 0; d < directions; d++) tangent[d * stride + i] = du[d * stride + i];
                    }
                }
            }
            case FIRST_SPIKE_TIME -> {
                for (int i = 0; i < stride; i++) {
                    if (spiked[i]) continue;
                    for (int d = 0; d < directions; d++) tangent[d * stride + i] += (t - steps) * ds[d * stride + i];
                    if (s[i] >= 0.5f) {
                        spiked[i] = true;
                        value[i] = t;
                    }
                }
            }
        }
        if (t == steps - 1) {
            if (kind == Readout.Kind.MEMBRANE_MEAN) {
                float inv = 1f / steps;
                for (int i = 0; i < stride; i++) value[i] *= inv;
                for (int i = 0; i < tangent.length; i++) tangent[i] *= inv;
            } else if (kind == Readout.Kind.FIRST_SPIKE_TIME) {
                for (int i = 0; i < stride; i++) if (!spiked[i]) value[i] = steps;
            }
        }
    }

    private void accumulate(float[] x, float[] dx) {
        for (int i = 0; i < stride; i++) value[i] += x[i];
        for (int i = 0; i < tangent.length; i++) tangent[i] += dx[i];
    }
}
