package io.spikeworks.learn.state;

/**
 * Exact integers and doubles inside the float rows that checkpoints hold
 * ({@link io.spikeworks.learn.LearningRule#state()}): every value is cut into 16-bit pieces, each a whole float, so
 * nothing is lost to a float's 24-bit mantissa and no NaN payload has to survive. Longs take 4 floats, ints 2,
 * doubles 4 (their raw bits).
 */
public final class StateFloats {
    private StateFloats() {}

    public static float[] ofLongs(long... values) {
        float[] f = new float[values.length * 4];
        for (int i = 0; i < values.length; i++)
            for (int p = 0; p < 4; p++) f[i * 4 + p] = (values[i] >>> (48 - 16 * p)) & 0xFFFF;
        return f;
    }

    public static long[] toLongs(float[] f) {
        if (f.length % 4 != 0) throw new IllegalArgumentException("a row of longs has a multiple of 4 floats, got " + f.length);
        long[] v = new long[f.length / 4];
        for (int i = 0; i < v.length; i++) {
            long x = 0;
            for (int p = 0; p < 4; p++) x = (x << 16) | piece(f[i * 4 + p]);
            v[i] = x;
        }
        return v;
    }

    public static float[] ofInts(int... values) {
        float[] f = new float[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            f[i * 2] = values[i] >>> 16;
            f[i * 2 + 1] = values[i] & 0xFFFF;
        }
        return f;
    }

    public static int[] toInts(float[] f) {
        if (f.length % 2 != 0) throw new IllegalArgumentException("a row of ints has an even number of floats, got " + f.length);
        int[] v = new int[f.length / 2];
        for (int i = 0; i < v.length; i++) v[i] = (int) (piece(f[i * 2]) << 16 | piece(f[i * 2 + 1]));
        return v;
    }

    public static float[] ofDoubles(double... values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) bits[i] = Double.doubleToRawLongBits(values[i]);
        return ofLongs(bits);
    }

    public static double[] toDoubles(float[] f) {
        long[] bits = toLongs(f);
        double[] v = new double[bits.length];
        for (int i = 0; i < v.length; i++) v[i] = Double.longBitsToDouble(bits[i]);
        return v;
    }

    private static long piece(float f) {
        if (!(f >= 0 && f <= 0xFFFF && f == Math.rint(f)))
            throw new IllegalArgumentException("not a 16-bit piece of saved state: " + f);
        return (long) f;
    }
}
