package io.spikeworks.nir;

import java.util.Arrays;
import java.util.Objects;

/**
 * One numeric field of a NIR node: a shape (empty for a scalar) and its values in C order, held as doubles
 * (every float32 and every int64 below 2^53 converts exactly), with the file's element type kept for writing.
 */
public record NirArray(ElementType type, int[] shape, double[] values) {

    /** The HDF5 element types NIR files use. */
    public enum ElementType { FLOAT32, FLOAT64, INT64 }

    public NirArray {
        Objects.requireNonNull(type, "type");
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            n *= d;
        }
        if (n != values.length)
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got " + values.length);
    }

    public static NirArray float32(int[] shape, float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i];
        return new NirArray(ElementType.FLOAT32, shape, d);
    }

    public static NirArray float64(int[] shape, double[] v) {
        return new NirArray(ElementType.FLOAT64, shape, v.clone());
    }

    public static NirArray int64(long... v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i];
        return new NirArray(ElementType.INT64, new int[]{v.length}, d);
    }

    public static NirArray int64Scalar(long v) {
        return new NirArray(ElementType.INT64, new int[0], new double[]{v});
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return values.length;
    }

    public boolean isScalar() {
        return shape.length == 0;
    }

    public double get(int i) {
        return values[i];
    }

    public float[] toFloats() {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
        return f;
    }

    /** The values as whole numbers; empty if one is not. */
    public java.util.Optional<long[]> toLongs() {
        long[] l = new long[values.length];
        for (int i = 0; i < l.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > 1e15) return java.util.Optional.empty();
            l[i] = (long) values[i];
        }
        return java.util.Optional.of(l);
    }

    public String shapeText() {
        return Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NirArray a && a.type == type && Arrays.equals(a.shape, shape) && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * type.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return type + shapeText();
    }
}
