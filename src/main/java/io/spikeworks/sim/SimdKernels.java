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
    public int lanes() {
        return L;
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
    public void addRows(float[] w, int[] rows, int from, int to, float[] dst, int d, int n) {
        int c = 0;
        for (int end = n - 4 * L; c <= end; c += 4 * L) {
            FloatVector a0 = FloatVector.fromArray(S, dst, d + c);
            FloatVector a1 = FloatVector.fromArray(S, dst, d + c + L);
            FloatVector a2 = FloatVector.fromArray(S, dst, d + c + 2 * L);
            FloatVector a3 = FloatVector.fromArray(S, dst, d + c + 3 * L);
            for (int k = from; k < to; k++) {
                int r = rows[k] * n + c;
                a0 = a0.add(FloatVector.fromArray(S, w, r));
                a1 = a1.add(FloatVector.fromArray(S, w, r + L));
                a2 = a2.add(FloatVector.fromArray(S, w, r + 2 * L));
                a3 = a3.add(FloatVector.fromArray(S, w, r + 3 * L));
            }
            a0.intoArray(dst, d + c);
            a1.intoArray(dst, d + c + L);
            a2.intoArray(dst, d + c + 2 * L);
            a3.intoArray(dst, d + c + 3 * L);
        }
        for (int end = n - L; c <= end; c += L) {
            FloatVector a = FloatVector.fromArray(S, dst, d + c);
            for (int k = from; k < to; k++) a = a.add(FloatVector.fromArray(S, w, rows[k] * n + c));
            a.intoArray(dst, d + c);
        }
        for (; c < n; c++) {
            float a = dst[d + c];
            for (int k = from; k < to; k++) a += w[rows[k] * n + c];
            dst[d + c] = a;
        }
    }

    @Override
    public void lifStep(float[] mem, float[] spikes, int base, int prev, float[] input, int in, int n, float beta,
                        float theta, boolean subtract) {
        FloatVector vb = FloatVector.broadcast(S, beta);
        FloatVector vt = FloatVector.broadcast(S, theta);
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (int end = n - L; i <= end; i += L) {
            FloatVector up = FloatVector.fromArray(S, mem, prev + i);
            FloatVector sp = FloatVector.fromArray(S, spikes, prev + i);
            FloatVector x = FloatVector.fromArray(S, input, in + i);
            FloatVector u = subtract ? up.fma(vb, x).sub(sp.mul(vt)) : up.mul(vb).mul(one.sub(sp)).add(x);
            u.intoArray(mem, base + i);
            zero.blend(one, u.compare(VectorOperators.GE, vt)).intoArray(spikes, base + i);
        }
        for (; i < n; i++) {
            float up = mem[prev + i];
            float sp = spikes[prev + i];
            float u = subtract ? beta * up + input[in + i] - theta * sp : beta * up * (1f - sp) + input[in + i];
            mem[base + i] = u;
            spikes[base + i] = u >= theta ? 1f : 0f;
        }
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
