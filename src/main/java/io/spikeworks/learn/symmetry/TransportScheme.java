package io.spikeworks.learn.symmetry;

/**
 * Which feedback weights a transport refreshes. W and B share W's layout; {@code units} is the size of its last
 * axis (output neurons of a dense layer, filters of a convolution), so weight i belongs to unit i % units.
 * Partial schemes copy {@link #subsetSize} weights per layer per transport. Schemes keep per-layer state
 * (cursor, permutation), so one instance serves one network.
 */
public interface TransportScheme {
    String id();

    /** Share of each layer's weights one transport copies (1 for full). */
    double fraction();

    /** Copies the chosen weights of layer {@code layer} from w into b and says what it did. */
    TransportResult transport(int layer, float[] w, float[] b, int units);

    /**
     * What the scheme carries from one transport to the next (cursors, random state), as float rows for a checkpoint
     * (see {@code StateFloats}); empty for a scheme that carries nothing.
     */
    default float[][] state() {
        return new float[0][];
    }

    /** Puts back what {@link #state()} gave, on a scheme made with the same settings. */
    default void restore(float[][] state) {
        if (state.length != 0) throw new IllegalArgumentException("the " + id() + " transport keeps no state, got "
                + state.length + " rows");
    }

    /** ⌈p·N⌉ weights, at least 1 and at most N. The small slack keeps p·N = 3.0000000000000004 at 3. */
    static int subsetSize(double fraction, int n) {
        if (!(fraction > 0 && fraction <= 1)) throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        long m = (long) Math.ceil(fraction * n - 1e-9);
        return (int) Math.max(1, Math.min(n, m));
    }

    /** The scheme with this id: full, random, round-robin or largest-divergence; fraction is ignored by full. */
    static TransportScheme of(String id, double fraction, long seed) {
        return switch (id) {
            case FullTransport.ID -> new FullTransport();
            case RandomSubsetTransport.ID -> new RandomSubsetTransport(fraction, seed);
            case RoundRobinTransport.ID -> new RoundRobinTransport(fraction);
            case LargestDivergenceTransport.ID -> new LargestDivergenceTransport(fraction);
            default -> throw new IllegalArgumentException("unknown transport scheme '" + id
                    + "'; known: full, random, round-robin, largest-divergence");
        };
    }
}
