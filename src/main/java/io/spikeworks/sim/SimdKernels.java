package io.spikeworks.sim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Vector API loops at the machine's preferred width. Loaded only when jdk.incubator.vector is present. */
final class SimdKernels extends Kernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Integer lanes matching S, for turning a vector of 0/1 spikes into a bit mask. */
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    /** Lane k holds k: shifting lane k's spike bit left by k packs a vector's spikes into one int. */
    private static final IntVector LANE = IntVector.fromArray(I, laneIndices(), 0);

    private static int[] laneIndices() {
        int[] k = new int[I.length()];
        for (int i = 0; i < k.length; i++) k[i] = i;
        return k;
    }

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
        addRowColumns(w, rows, from, to, dst, d, n, 0, n);
    }

    /** Column block width of {@link #addRowsSteps}: a sample's rows restricted to it stay in L1 across steps. */
    private static final int STEP_BLOCK = 8 * L;

    @Override
    public void addRowsSteps(float[] w, int[] rows, int[] slotStart, int firstSlot, int slotStride, int steps,
                             float[] dst, int d, int dStride, int n) {
        for (int c0 = 0; c0 < n; c0 += STEP_BLOCK) {
            int c1 = Math.min(n, c0 + STEP_BLOCK);
            for (int s = 0; s < steps; s++) {
                int slot = firstSlot + s * slotStride;
                addRowColumns(w, rows, slotStart[slot], slotStart[slot + 1], dst, d + s * dStride, n, c0, c1);
            }
        }
    }

    @Override
    public void addRowsPaddedSteps(float[] wPadded, int stride, int[] rows, int[] slotStart, int firstSlot,
                                   int slotStride, int steps, float[] dst, int d, int dStride, int n) {
        if (stride != L || n > L) {
            super.addRowsPaddedSteps(wPadded, stride, rows, slotStart, firstSlot, slotStride, steps, dst, d, dStride, n);
            return;
        }
        for (int s = 0; s < steps; s++) {
            int slot = firstSlot + s * slotStride;
            int o = d + s * dStride;
            int from = slotStart[slot];
            int to = slotStart[slot + 1];
            if (o + L > dst.length) {
                paddedColumns(wPadded, stride, rows, from, to, dst, o, n);
                continue;
            }
            FloatVector a = FloatVector.fromArray(S, dst, o);
            for (int k = from; k < to; k++) a = a.add(FloatVector.fromArray(S, wPadded, rows[k] * L));
            a.intoArray(dst, o);
        }
    }

    @Override
    public void addRowsDiff(float[] src, int stride, int[] plus, int pFrom, int pTo, int[] minus, int mFrom, int mTo,
                            float[] dst, int d, int n) {
        addRowColumns(src, stride, plus, pFrom, pTo, minus, mFrom, mTo, dst, d, 0, n);
    }

    /** addRows on columns [c0, c1) of rows of length n: four vectors of accumulators held in registers. */
    private static void addRowColumns(float[] w, int[] rows, int from, int to, float[] dst, int d, int n, int c0, int c1) {
        addRowColumns(w, n, rows, from, to, rows, 0, 0, dst, d, c0, c1);
    }

    /** Σ plus rows − Σ minus rows (rows stride floats apart) added to dst on columns [c0, c1). */
    private static void addRowColumns(float[] w, int stride, int[] rows, int from, int to, int[] minus, int mFrom,
                                      int mTo, float[] dst, int d, int c0, int c1) {
        int c = c0;
        for (int end = c1 - 4 * L; c <= end; c += 4 * L) {
            FloatVector a0 = FloatVector.fromArray(S, dst, d + c);
            FloatVector a1 = FloatVector.fromArray(S, dst, d + c + L);
            FloatVector a2 = FloatVector.fromArray(S, dst, d + c + 2 * L);
            FloatVector a3 = FloatVector.fromArray(S, dst, d + c + 3 * L);
            for (int k = from; k < to; k++) {
                int r = rows[k] * stride + c;
                a0 = a0.add(FloatVector.fromArray(S, w, r));
                a1 = a1.add(FloatVector.fromArray(S, w, r + L));
                a2 = a2.add(FloatVector.fromArray(S, w, r + 2 * L));
                a3 = a3.add(FloatVector.fromArray(S, w, r + 3 * L));
            }
            for (int k = mFrom; k < mTo; k++) {
                int r = minus[k] * stride + c;
                a0 = a0.sub(FloatVector.fromArray(S, w, r));
                a1 = a1.sub(FloatVector.fromArray(S, w, r + L));
                a2 = a2.sub(FloatVector.fromArray(S, w, r + 2 * L));
                a3 = a3.sub(FloatVector.fromArray(S, w, r + 3 * L));
            }
            a0.intoArray(dst, d + c);
            a1.intoArray(dst, d + c + L);
            a2.intoArray(dst, d + c + 2 * L);
            a3.intoArray(dst, d + c + 3 * L);
        }
        for (int end = c1 - L; c <= end; c += L) {
            FloatVector a = FloatVector.fromArray(S, dst, d + c);
            for (int k = from; k < to; k++) a = a.add(FloatVector.fromArray(S, w, rows[k] * stride + c));
            for (int k = mFrom; k < mTo; k++) a = a.sub(FloatVector.fromArray(S, w, minus[k] * stride + c));
            a.intoArray(dst, d + c);
        }
        diffColumns(w, stride, rows, from, to, minus, mFrom, mTo, dst, d, c, c1);
    }

    @Override
    public void addRowsStepsComplement(float[] w, int[] rows, int[] slotStart, boolean[] fromTotal, float[] total,
                                       int steps, float[] dst, int d, int dStride, int n) {
        int c = 0;
        for (int end = n - 4 * L; c <= end; c += 4 * L) {
            FloatVector t0 = FloatVector.fromArray(S, total, c);
            FloatVector t1 = FloatVector.fromArray(S, total, c + L);
            FloatVector t2 = FloatVector.fromArray(S, total, c + 2 * L);
            FloatVector t3 = FloatVector.fromArray(S, total, c + 3 * L);
            for (int s = 0; s < steps; s++) {
                int o = d + s * dStride + c;
                FloatVector a0 = FloatVector.zero(S);
                FloatVector a1 = FloatVector.zero(S);
                FloatVector a2 = FloatVector.zero(S);
                FloatVector a3 = FloatVector.zero(S);
                for (int k = slotStart[s], to = slotStart[s + 1]; k < to; k++) {
                    int r = rows[k] * n + c;
                    a0 = a0.add(FloatVector.fromArray(S, w, r));
                    a1 = a1.add(FloatVector.fromArray(S, w, r + L));
                    a2 = a2.add(FloatVector.fromArray(S, w, r + 2 * L));
                    a3 = a3.add(FloatVector.fromArray(S, w, r + 3 * L));
                }
                if (fromTotal[s]) {
                    a0 = t0.sub(a0);
                    a1 = t1.sub(a1);
                    a2 = t2.sub(a2);
                    a3 = t3.sub(a3);
                }
                FloatVector.fromArray(S, dst, o).add(a0).intoArray(dst, o);
                FloatVector.fromArray(S, dst, o + L).add(a1).intoArray(dst, o + L);
                FloatVector.fromArray(S, dst, o + 2 * L).add(a2).intoArray(dst, o + 2 * L);
                FloatVector.fromArray(S, dst, o + 3 * L).add(a3).intoArray(dst, o + 3 * L);
            }
        }
        for (int end = n - L; c <= end; c += L) {
            FloatVector tv = FloatVector.fromArray(S, total, c);
            for (int s = 0; s < steps; s++) {
                int o = d + s * dStride + c;
                FloatVector a = FloatVector.zero(S);
                for (int k = slotStart[s], to = slotStart[s + 1]; k < to; k++)
                    a = a.add(FloatVector.fromArray(S, w, rows[k] * n + c));
                if (fromTotal[s]) a = tv.sub(a);
                FloatVector.fromArray(S, dst, o).add(a).intoArray(dst, o);
            }
        }
        complementColumns(w, rows, slotStart, fromTotal, total, steps, dst, d, dStride, n, c, n);
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
    public void lifStepListing(float[] mem, float[] spikes, int base, int prev, float[] input, int in, int batch, int n,
                               float beta, float theta, boolean subtract, int t, SpikeEvents events) {
        if (I.length() != L || L > 32) {
            super.lifStepListing(mem, spikes, base, prev, input, in, batch, n, beta, theta, subtract, t, events);
            return;
        }
        FloatVector vb = FloatVector.broadcast(S, beta);
        FloatVector vt = FloatVector.broadcast(S, theta);
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector zero = FloatVector.zero(S);
        for (int b = 0; b < batch; b++) {
            final int o = b * n;
            events.open(t, b);
            final int[] out = events.reserve(n);
            int c = events.cursor();
            int i = 0;
            for (int end = n - L; i <= end; i += L) {
                FloatVector up = FloatVector.fromArray(S, mem, prev + o + i);
                FloatVector sp = FloatVector.fromArray(S, spikes, prev + o + i);
                FloatVector x = FloatVector.fromArray(S, input, in + o + i);
                FloatVector u = subtract ? up.fma(vb, x).sub(sp.mul(vt)) : up.mul(vb).mul(one.sub(sp)).add(x);
                u.intoArray(mem, base + o + i);
                FloatVector s = zero.blend(one, u.compare(VectorOperators.GE, vt));
                s.intoArray(spikes, base + o + i);
                // 1f is 0x3F800000: its top three bits are 001, so >>> 29 gives the spike as 0/1
                int bits = s.reinterpretAsInts().lanewise(VectorOperators.LSHR, 29)
                        .lanewise(VectorOperators.LSHL, LANE).reduceLanes(VectorOperators.OR);
                while (bits != 0) {
                    out[c++] = i + Integer.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                }
            }
            for (; i < n; i++) {
                float up = mem[prev + o + i];
                float sp = spikes[prev + o + i];
                float u = subtract ? beta * up + input[in + o + i] - theta * sp : beta * up * (1f - sp) + input[in + o + i];
                mem[base + o + i] = u;
                float s = u >= theta ? 1f : 0f;
                spikes[base + o + i] = s;
                out[c] = i;
                c += s != 0f ? 1 : 0;
            }
            events.commit(c);
            events.close();
        }
    }

    @Override
    public void adamStep(float[] w, float[] g, float[] m, float[] v, int n, float b1, float b2, float c1, float c2,
                         float lr, float eps, float wd) {
        float a1 = 1 - b1;
        float a2 = 1 - b2;
        int i = 0;
        for (int end = n - L; i <= end; i += L) {
            FloatVector wi = FloatVector.fromArray(S, w, i);
            FloatVector gi = FloatVector.fromArray(S, g, i).add(wi.mul(wd));
            FloatVector mi = FloatVector.fromArray(S, m, i).mul(b1).add(gi.mul(a1));
            FloatVector vi = FloatVector.fromArray(S, v, i).mul(b2).add(gi.mul(a2).mul(gi));
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            FloatVector step = mi.div(c1).mul(lr).div(vi.div(c2).lanewise(VectorOperators.SQRT).add(eps));
            wi.sub(step).intoArray(w, i);
        }
        adamRange(w, g, m, v, i, n, b1, b2, c1, c2, lr, eps, wd);
    }

    @Override
    public boolean allFinite(float[] a, int n) {
        FloatVector acc = FloatVector.zero(S);
        int i = 0;
        for (int end = n - L; i <= end; i += L) acc = acc.add(FloatVector.fromArray(S, a, i).mul(0f));
        if (acc.reduceLanes(VectorOperators.ADD) != 0f) return false; // NaN compares unequal to everything
        for (; i < n; i++) if (!Float.isFinite(a[i])) return false;
        return true;
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

    @Override
    public void addTaps(float[] dst, int dBase, int[] dOff, float[] src, int sBase, int[] sOff, int from, int to, int n) {
        if (n == L) {
            for (int k = from; k < to; k++) {
                int d = dBase + dOff[k];
                FloatVector.fromArray(S, dst, d).add(FloatVector.fromArray(S, src, sBase + sOff[k])).intoArray(dst, d);
            }
        } else if (n == 2 * L) {
            for (int k = from; k < to; k++) {
                int d = dBase + dOff[k];
                int s = sBase + sOff[k];
                FloatVector a = FloatVector.fromArray(S, dst, d).add(FloatVector.fromArray(S, src, s));
                FloatVector b = FloatVector.fromArray(S, dst, d + L).add(FloatVector.fromArray(S, src, s + L));
                a.intoArray(dst, d);
                b.intoArray(dst, d + L);
            }
        } else {
            super.addTaps(dst, dBase, dOff, src, sBase, sOff, from, to, n);
        }
    }

    @Override
    public void axpyTaps(float[] dst, int dBase, int[] dOff, float a, float[] src, int sBase, int[] sOff, int from, int to,
                         int n) {
        FloatVector va = FloatVector.broadcast(S, a);
        if (n == L) {
            for (int k = from; k < to; k++) {
                int d = dBase + dOff[k];
                FloatVector.fromArray(S, src, sBase + sOff[k]).fma(va, FloatVector.fromArray(S, dst, d)).intoArray(dst, d);
            }
        } else {
            super.axpyTaps(dst, dBase, dOff, a, src, sBase, sOff, from, to, n);
        }
    }

    @Override
    public void mixColumns(float[] g, int gOff, int m, float[] w, int wOff, float[] dst, int d, int n) {
        if (n == L) {
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            int j = 0;
            for (; j + 1 < m; j += 2) {
                a0 = FloatVector.fromArray(S, w, wOff + j * L).fma(FloatVector.broadcast(S, g[gOff + j]), a0);
                a1 = FloatVector.fromArray(S, w, wOff + (j + 1) * L).fma(FloatVector.broadcast(S, g[gOff + j + 1]), a1);
            }
            if (j < m) a0 = FloatVector.fromArray(S, w, wOff + j * L).fma(FloatVector.broadcast(S, g[gOff + j]), a0);
            FloatVector.fromArray(S, dst, d).add(a0.add(a1)).intoArray(dst, d);
        } else if (n == 2 * L) {
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            for (int j = 0; j < m; j++) {
                FloatVector gj = FloatVector.broadcast(S, g[gOff + j]);
                a0 = FloatVector.fromArray(S, w, wOff + j * n).fma(gj, a0);
                a1 = FloatVector.fromArray(S, w, wOff + j * n + L).fma(gj, a1);
            }
            FloatVector.fromArray(S, dst, d).add(a0).intoArray(dst, d);
            FloatVector.fromArray(S, dst, d + L).add(a1).intoArray(dst, d + L);
        } else {
            super.mixColumns(g, gOff, m, w, wOff, dst, d, n);
        }
    }
}
