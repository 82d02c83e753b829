package io.spikeworks.sim;

import java.util.Arrays;

/**
 * Turns the output layer's activity over T steps into one value per output neuron, and sends the loss
 * gradient back to the steps it came from.
 * <ul>
 *   <li>spike count: r = Σₜ S[t]</li>
 *   <li>membrane sum: r = Σₜ U[t]</li>
 *   <li>membrane max: r = maxₜ U[t] (gradient to the first maximal step)</li>
 *   <li>membrane mean: r = (1/T) Σₜ U[t], for real-valued outputs: its scale does not grow with T</li>
 *   <li>first-spike time: r = the first step with a spike, or T if none. Its gradient treats
 *       r = Σₜ m[t]·S[t]·t + T·(1 − Σₜ m[t]·S[t]) with m[t] = 1 until the first spike (held constant),
 *       so dr/dS[t] = m[t]·(t − T): an earlier spike lowers r.</li>
 * </ul>
 */
public final class Readout {
    public enum Kind {
        SPIKE_COUNT("spike-count"), MEMBRANE_SUM("membrane-sum"), MEMBRANE_MAX("membrane-max"),
        FIRST_SPIKE_TIME("first-spike-time"), MEMBRANE_MEAN("membrane-mean");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind fromId(String id) {
            for (Kind k : values()) if (k.id.equals(id)) return k;
            throw new IllegalArgumentException("unknown readout '" + id
                    + "'; known: spike-count, membrane-sum, membrane-max, first-spike-time, membrane-mean");
        }
    }

    private final Kind kind;
    private int[] marker;

    public Readout(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Computes r (b×n) from the output layer's history. */
    public void compute(NeuronState s, float[] r) {
        compute(s, r, 0, s.steps);
    }

    /**
     * Computes r (b×n) from the steps [from, to) of the output layer's history only, as if the run had been those
     * steps: a first-spike time counts from {@code from}, a missing spike reads the window's length. Truncated BPTT
     * puts a loss on each window this way; [0, T) is {@link #compute(NeuronState, float[])}.
     */
    public void compute(NeuronState s, float[] r, int from, int to) {
        int n = s.stride;
        if (marker == null || marker.length != n) marker = new int[n];
        switch (kind) {
            case SPIKE_COUNT -> {
                Arrays.fill(r, 0, n, 0f);
                for (int t = from; t < to; t++) for (int i = 0; i < n; i++) r[i] += s.spikes[t * n + i];
            }
            case MEMBRANE_SUM -> {
                Arrays.fill(r, 0, n, 0f);
                for (int t = from; t < to; t++) for (int i = 0; i < n; i++) r[i] += s.mem[t * n + i];
            }
            case MEMBRANE_MEAN -> {
                Arrays.fill(r, 0, n, 0f);
                for (int t = from; t < to; t++) for (int i = 0; i < n; i++) r[i] += s.mem[t * n + i];
                float inv = 1f / (to - from);
                for (int i = 0; i < n; i++) r[i] *= inv;
            }
            case MEMBRANE_MAX -> {
                for (int i = 0; i < n; i++) {
                    float best = s.mem[from * n + i];
                    int at = from;
                    for (int t = from + 1; t < to; t++) {
                        if (s.mem[t * n + i] > best) {
                            best = s.mem[t * n + i];
                            at = t;
                        }
                    }
                    r[i] = best;
                    marker[i] = at;
                }
            }
            case FIRST_SPIKE_TIME -> {
                for (int i = 0; i < n; i++) {
                    int first = to;
                    for (int t = from; t < to; t++) {
                        if (s.spikes[t * n + i] >= 0.5f) {
                            first = t;
                            break;
                        }
                    }
                    r[i] = first - from;
                    marker[i] = first;
                }
            }
        }
    }

    /** dL/dS[t] (into gradSpikes) and dL/dU[t] (into gradMem) for step t, given dL/dr; both b×n, overwritten. */
    public void gradientAt(int t, int steps, float[] dLdr, int n, float[] gradSpikes, float[] gradMem) {
        gradientAt(t, 0, steps, dLdr, n, gradSpikes, gradMem);
    }

    /** As above for a readout computed over the steps [from, to) (call after that window's compute). */
    public void gradientAt(int t, int from, int to, float[] dLdr, int n, float[] gradSpikes, float[] gradMem) {
        final int steps = to - from;
        switch (kind) {
            case SPIKE_COUNT -> {
                System.arraycopy(dLdr, 0, gradSpikes, 0, n);
                Arrays.fill(gradMem, 0, n, 0f);
            }
            case MEMBRANE_SUM -> {
                Arrays.fill(gradSpikes, 0, n, 0f);
                System.arraycopy(dLdr, 0, gradMem, 0, n);
            }
            case MEMBRANE_MEAN -> {
                Arrays.fill(gradSpikes, 0, n, 0f);
                float inv = 1f / steps;
                for (int i = 0; i < n; i++) gradMem[i] = dLdr[i] * inv;
            }
            case MEMBRANE_MAX -> {
                Arrays.fill(gradSpikes, 0, n, 0f);
                for (int i = 0; i < n; i++) gradMem[i] = marker[i] == t ? dLdr[i] : 0f;
            }
            case FIRST_SPIKE_TIME -> {
                Arrays.fill(gradMem, 0, n, 0f);
                for (int i = 0; i < n; i++) gradSpikes[i] = t <= marker[i] ? dLdr[i] * (t - to) : 0f;
            }
        }
    }

    /** Whether the gradient reaches the membrane directly (so the buffer must be passed). */
    public boolean usesMembrane() {
        return kind == Kind.MEMBRANE_SUM || kind == Kind.MEMBRANE_MAX || kind == Kind.MEMBRANE_MEAN;
    }
}
