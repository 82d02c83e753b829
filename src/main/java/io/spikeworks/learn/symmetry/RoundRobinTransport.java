package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.state.StateFloats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Scheme (2), structured: the weights are walked unit by unit (all weights of output neuron / filter 0, then of 1,
 * …) and each transport copies the next ⌈p·N⌉ of them, wrapping around. Blocks are whole neurons or filters when
 * p·N covers them, so hardware can stream rows; every weight is refreshed once every ⌈N / ⌈p·N⌉⌉ transports,
 * which is 1/p when p·N and 1/p are whole. Needs one cursor per layer.
 */
public final class RoundRobinTransport implements TransportScheme {
    public static final String ID = "round-robin";

    private final double fraction;
    private final Map<Integer, Long> cursors = new TreeMap<>();

    public RoundRobinTransport(double fraction) {
        TransportScheme.subsetSize(fraction, 1);
        this.fraction = fraction;
    }

    @Override
    public double fraction() {
        return fraction;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransportResult transport(int layer, float[] w, float[] b, int units) {
        int n = w.length;
        if (units < 1 || n % units != 0) throw new IllegalArgumentException(n + " weights do not split into " + units + " units");
        int perUnit = n / units;
        int m = TransportScheme.subsetSize(fraction, n);
        long cursor = cursors.getOrDefault(layer, 0L);
        int[] chosen = new int[m];
        for (int k = 0; k < m; k++) {
            int q = (int) ((cursor + k) % n);
            int idx = (q % perUnit) * units + q / perUnit;
            chosen[k] = idx;
            b[idx] = w[idx];
        }
        cursors.put(layer, (cursor + m) % n);
        return new TransportResult(m, 0, chosen);
    }

    /** One row: (layer, cursor) pairs as longs. */
    @Override
    public float[][] state() {
        long[] pairs = new long[2 * cursors.size()];
        int i = 0;
        for (Map.Entry<Integer, Long> e : cursors.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return new float[][]{StateFloats.ofLongs(pairs)};
    }

    @Override
    public void restore(float[][] state) {
        if (state.length != 1) throw new IllegalArgumentException("round-robin transport state has 1 row, got " + state.length);
        long[] pairs = StateFloats.toLongs(state[0]);
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("round-robin transport state is not (layer, cursor) pairs");
        cursors.clear();
        for (int i = 0; i < pairs.length; i += 2) cursors.put((int) pairs[i], pairs[i + 1]);
    }
}
