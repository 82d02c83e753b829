package io.spikeworks.chip;

import io.spikeworks.sim.kernel.FastRandom;

/**
 * Symmetric n-bit fixed point with one scale per weight tensor (per layer), the format of chips such as
 * Loihi (integer weight mantissas times a shared exponent):
 * <pre>
 *   levels   signed:   −(2^(n−1) − 1) … 2^(n−1) − 1   (symmetric: −2^(n−1) is not used, so −w is always representable)
 *            unsigned: 0 … 2^n − 1                   (negative weights saturate to 0)
 *   scale    max|w| / maxLevel, from the tensor being quantised (or a fixed scale given by the caller)
 *   q(w)     clamp(round(w / scale), minLevel, maxLevel) · scale
 * </pre>
 * Values beyond the range saturate. 32 bits (float) is the identity. Not thread-safe (stochastic rounding
 * keeps its own seeded generator).
 */
public final class WeightQuantizer {
    private final int bits;
    private final boolean signed;
    private final Rounding rounding;
    private final FastRandom rng;
    private final long maxLevel;
    private final long minLevel;

    public WeightQuantizer(int bits, boolean signed, Rounding rounding, long seed) {
        if (bits < 1 || bits > WeightFormat.FLOAT_BITS)
            throw new IllegalArgumentException("bits must be 1.." + WeightFormat.FLOAT_BITS + ", got " + bits);
        if (signed && bits < 2) throw new IllegalArgumentException("a signed format needs at least 2 bits");
        this.bits = bits;
        this.signed = signed;
        this.rounding = rounding;
        this.rng = new FastRandom(seed);
        this.maxLevel = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        this.minLevel = signed ? -maxLevel : 0;
    }

    public static WeightQuantizer of(WeightFormat format, Rounding rounding, long seed) {
        return new WeightQuantizer(format.bitCount(), format.isSigned(), rounding, seed);
    }

    /** A float format: quantising copies the values unchanged. */
    public boolean isIdentity() {
        return bits >= WeightFormat.FLOAT_BITS;
    }

    public int bits() {
        return bits;
    }

    public boolean signed() {
        return signed;
    }

    public Rounding rounding() {
        return rounding;
    }

    public long maxLevel() {
        return maxLevel;
    }

    public long minLevel() {
        return minLevel;
    }

    /** max|w| / maxLevel over w[off, off+len); 0 when all weights are 0. */
    public float scaleFor(float[] w, int off, int len) {
        float max = 0f;
        for (int i = off; i < off + len; i++) max = Math.max(max, Math.abs(w[i]));
        return (float) (max / (double) maxLevel);
    }

    /** The integer level of one weight at the given scale, rounded and saturated. */
    public long level(float w, float scale) {
        if (scale <= 0f) return 0;
        double x = w / (double) scale;
        long l;
        if (rounding == Rounding.NEAREST) {
            double r = Math.floor(Math.abs(x) + 0.5);
            l = (long) Math.copySign(r, x);
        } else {
            double f = Math.floor(x);
            l = (long) f + (rng.nextDouble() < x - f ? 1 : 0);
        }
        return Math.max(minLevel, Math.min(maxLevel, l));
    }

    /** q(src) into dst with the tensor's own scale; returns that scale. dst may be src. */
    public float quantize(float[] src, float[] dst) {
        if (isIdentity()) {
            if (dst != src) System.arraycopy(src, 0, dst, 0, src.length);
            return 1f;
        }
        float scale = scaleFor(src, 0, src.length);
        quantize(src, dst, scale);
        return scale;
    }

    /** q(src) into dst with a given scale (values beyond maxLevel · scale saturate). */
    public void quantize(float[] src, float[] dst, float scale) {
        if (isIdentity()) {
            if (dst != src) System.arraycopy(src, 0, dst, 0, src.length);
            return;
        }
        for (int i = 0; i < src.length; i++) dst[i] = level(src[i], scale) * scale;
    }
}
