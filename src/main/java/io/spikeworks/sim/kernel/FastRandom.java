package io.spikeworks.sim.kernel;

/**
 * SplitMix64: small, fast, statistically solid for spike generation, and reproducible from one seed.
 * Encoding draws one number per input per step, so java.util.Random's synchronisation would dominate.
 */
public final class FastRandom {
    private long state;

    public FastRandom(long seed) {
        this.state = seed;
    }

    /** Starts the stream again from another seed, without allocating. */
    public void reseed(long seed) {
        state = seed;
    }

    /** The whole state: {@code reseed(state())} continues the stream exactly where it is (for checkpoints). */
    public long state() {
        return state;
    }

    /** SplitMix64's state increment. */
    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    public long nextLong() {
        return mix(state += GOLDEN);
    }

    /** SplitMix64's output function: a stream is mix(s + k·GOLDEN) for k = 1, 2, … */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 24 bits. */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2 * Math.log(u1 + 1e-300)) * Math.cos(2 * Math.PI * u2);
    }

    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }
}
