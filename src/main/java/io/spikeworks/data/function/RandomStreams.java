package io.spikeworks.data.function;

import java.util.SplittableRandom;

/**
 * Seeds and Gaussian draws for the generators. Every random function, query set and point set gets its own seed
 * derived from the data set's seed and the item's index, so item i is the same whatever the data set's size, and
 * train and test sets drawn with different seeds share nothing. Gaussians come from Box–Muller on
 * {@link SplittableRandom#nextDouble()} rather than the JDK's {@code nextGaussian}, whose algorithm changed in JDK 17.
 */
public final class RandomStreams {
    private RandomStreams() {
    }

    /** A well-mixed seed for stream {@code stream} of {@code seed} (SplitMix64's finaliser applied twice). */
    public static long derive(long seed, long stream) {
        return mix(mix(seed) ^ mix(stream + 0x632BE59BD9B4E019L));
    }

    /** A generator for item {@code index} of stream {@code stream} of {@code seed}. */
    public static SplittableRandom forItem(long seed, long stream, long index) {
        return new SplittableRandom(derive(derive(seed, stream), index));
    }

    /** A standard normal draw by Box–Muller (one of the pair is dropped, for simplicity). */
    public static double standardNormal(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
