package io.spikeworks.sim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Vector API loops at the machine's preferred width. Loaded only when jdk.incubator.vector is present. */
final class SimdKernels extends Kernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public String name() {
        return "simd (" + S.vectorBitSize() + "-bit)";
    }

    @Override
    public void add(float[] dst, int d, float[] src, int s, int n) {
        int k = 0;
        for (int end = n - L; k <= end; k += L) {
            FloatVector.fromArray(S, dst, d + k).add(FloatVector.fromArray(S, src, s + k)).intoArray(dst, d + k);
        }
        for (; k < n; k++) dst[d + k] += src[s + k];
    }

    @Override
    public void axpy(float[] dst, int d, float a, float[] src, int s, int n) {
        int k = 0;
        FloatVector va = FloatVector.broadcast(S, a);
        for (int end = n - L; k <= end; k += L) {
            FloatVector.fromArray(S, src, s + k).fma(va, FloatVector.fromArray(S, dst, d + k)).intoArray(dst, d + k);
        }
        for (; k < n; k++) dst[d + k] += a * src[s + k];
    }

    @Override
    public float dot(float[] a, int i, float[] b, int j, int n) {
        int k = 0;
        FloatVector acc = FloatVector.zero(S);
        for (int end = n - L; k <= end; k += L) {
            acc = FloatVector.fromArray(S, a, i + k).fma(FloatVector.fromArray(S, b, j + k), acc);
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; k < n; k++) sum += a[i + k] * b[j + k];
        return sum;
    }
}
