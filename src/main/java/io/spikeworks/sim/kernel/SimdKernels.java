package io.spikeworks.sim.kernel;

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
    public void lifStep(float[] mem, int base, int prev, float[] spikes, int sBase, int sPrev, float[] input, int in,
                        int n, float beta, float theta, boolean subtract) {
        FloatVector vb = FloatVector.broadcast(S, beta);
        FloatVector vt = FloatVector.broadcast(S, theta);
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (int end = n - L; i <= end; i += L) {
            FloatVector up = FloatVector.fromArray(S, mem, prev + i);
            FloatVector sp = FloatVector.fromArray(S, spikes, sPrev + i);
            FloatVector x = FloatVector.fromArray(S, input, in + i);
            FloatVector u = subtract ? up.fma(vb, x).sub(sp.mul(vt)) : up.mul(vb).mul(one.sub(sp)).add(x);
            u.intoArray(mem, base + i);
            zero.blend(one, u.compare(VectorOperators.GE, vt)).intoArray(spikes, sBase + i);
        }
        for (; i < n; i++) {
            float up = mem[prev + i];
            float sp = spikes[sPrev + i];
            float u = subtract ? beta * up + input[in + i] - theta * sp : beta * up * (1f - sp) + input[in + i];
            mem[base + i] = u;
            spikes[sBase + i] = u >= theta ? 1f : 0f;
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
                if (bits != 0) {
                    // without a branch per spike: at the rates of a busy layer, a loop over the set bits mispredicts
                    // its exit on almost every vector
                    for (int j = 0; j < L; j++) {
                        out[c] = i + j;
                        c += bits >>> j & 1;
                    }
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
    public void convolveRow(float[] x, int corner0, int cornerStep, int[] rowOff, int rows, float[] w, int cp,
                            float[] out, int o0, int outStep, int n, int count) {
        if (cp % L != 0) {
            super.convolveRow(x, corner0, cornerStep, rowOff, rows, w, cp, out, o0, outStep, n, count);
            return;
        }
        final int groups = cp / L;
        int p = 0;
        if (groups == 1) { // one vector of channels: eight positions at a time share each weight load
            for (; p + 8 <= count; p += 8) convolve8x1(x, corner0 + p * cornerStep, cornerStep, rowOff, rows, w, cp, out, o0 + p * outStep, outStep);
        }
        for (; p + 4 <= count; p += 4) {
            final int c0 = corner0 + p * cornerStep;
            final int ob = o0 + p * outStep;
            int j = 0;
            for (; j + 2 <= groups; j += 2) convolve4x2(x, c0, cornerStep, rowOff, rows, w, cp, j * L, out, ob, outStep);
            if (j < groups) convolve4x1(x, c0, cornerStep, rowOff, rows, w, cp, j * L, out, ob, outStep);
        }
        for (; p < count; p++) {
            final int c0 = corner0 + p * cornerStep;
            final int ob = o0 + p * outStep;
            for (int j = 0; j < groups; j++) {
                FloatVector a = FloatVector.zero(S);
                for (int r = 0; r < rows; r++)
                    a = FloatVector.fromArray(S, w, r * cp + j * L).fma(FloatVector.broadcast(S, x[c0 + rowOff[r]]), a);
                FloatVector.fromArray(S, out, ob + j * L).add(a).intoArray(out, ob + j * L);
            }
        }
    }

    /** Four output positions × two vectors of channels, all eight sums in registers. */
    private static void convolve4x2(float[] x, int c0, int step, int[] rowOff, int rows, float[] w, int cp, int col,
                                    float[] out, int ob, int outStep) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        for (int r = 0; r < rows; r++) {
            final int wr = r * cp + col;
            final FloatVector w0 = FloatVector.fromArray(S, w, wr);
            final FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
            final int xr = c0 + rowOff[r];
            final FloatVector x0 = FloatVector.broadcast(S, x[xr]);
            final FloatVector x1 = FloatVector.broadcast(S, x[xr + step]);
            final FloatVector x2 = FloatVector.broadcast(S, x[xr + 2 * step]);
            final FloatVector x3 = FloatVector.broadcast(S, x[xr + 3 * step]);
            a0 = w0.fma(x0, a0);
            b0 = w1.fma(x0, b0);
            a1 = w0.fma(x1, a1);
            b1 = w1.fma(x1, b1);
            a2 = w0.fma(x2, a2);
            b2 = w1.fma(x2, b2);
            a3 = w0.fma(x3, a3);
            b3 = w1.fma(x3, b3);
        }
        addInto(out, ob + col, a0, b0);
        addInto(out, ob + outStep + col, a1, b1);
        addInto(out, ob + 2 * outStep + col, a2, b2);
        addInto(out, ob + 3 * outStep + col, a3, b3);
    }

    /** Eight output positions × one vector of channels. */
    private static void convolve8x1(float[] x, int c0, int step, int[] rowOff, int rows, float[] w, int cp, float[] out,
                                    int ob, int outStep) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int r = 0; r < rows; r++) {
            final FloatVector w0 = FloatVector.fromArray(S, w, r * cp);
            final int xr = c0 + rowOff[r];
            a0 = w0.fma(FloatVector.broadcast(S, x[xr]), a0);
            a1 = w0.fma(FloatVector.broadcast(S, x[xr + step]), a1);
            a2 = w0.fma(FloatVector.broadcast(S, x[xr + 2 * step]), a2);
            a3 = w0.fma(FloatVector.broadcast(S, x[xr + 3 * step]), a3);
            a4 = w0.fma(FloatVector.broadcast(S, x[xr + 4 * step]), a4);
            a5 = w0.fma(FloatVector.broadcast(S, x[xr + 5 * step]), a5);
            a6 = w0.fma(FloatVector.broadcast(S, x[xr + 6 * step]), a6);
            a7 = w0.fma(FloatVector.broadcast(S, x[xr + 7 * step]), a7);
        }
        // positions in the order 0, 2, 4, 6, 1, 3, 5, 7: when channels are fewer than a vector, neighbouring
        // positions' runs overlap, and a load right after an overlapping store stalls
        addVector(out, ob, a0);
        addVector(out, ob + 2 * outStep, a2);
        addVector(out, ob + 4 * outStep, a4);
        addVector(out, ob + 6 * outStep, a6);
        addVector(out, ob + outStep, a1);
        addVector(out, ob + 3 * outStep, a3);
        addVector(out, ob + 5 * outStep, a5);
        addVector(out, ob + 7 * outStep, a7);
    }

    /** Four output positions × one vector of channels. */
    private static void convolve4x1(float[] x, int c0, int step, int[] rowOff, int rows, float[] w, int cp, int col,
                                    float[] out, int ob, int outStep) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int r = 0; r < rows; r++) {
            final FloatVector w0 = FloatVector.fromArray(S, w, r * cp + col);
            final int xr = c0 + rowOff[r];
            a0 = w0.fma(FloatVector.broadcast(S, x[xr]), a0);
            a1 = w0.fma(FloatVector.broadcast(S, x[xr + step]), a1);
            a2 = w0.fma(FloatVector.broadcast(S, x[xr + 2 * step]), a2);
            a3 = w0.fma(FloatVector.broadcast(S, x[xr + 3 * step]), a3);
        }
        FloatVector.fromArray(S, out, ob + col).add(a0).intoArray(out, ob + col);
        FloatVector.fromArray(S, out, ob + outStep + col).add(a1).intoArray(out, ob + outStep + col);
        FloatVector.fromArray(S, out, ob + 2 * outStep + col).add(a2).intoArray(out, ob + 2 * outStep + col);
        FloatVector.fromArray(S, out, ob + 3 * outStep + col).add(a3).intoArray(out, ob + 3 * outStep + col);
    }

    @Override
    public void convolveRowByWindowRows(float[] x, int corner0, int cornerStep, int[] tapIn, int[] tapWeight,
                                        int windowRows, int rowTaps, float[] w, int cp, float[] out, int o0,
                                        int outStep, int n, int count) {
        if (cp % L != 0) {
            super.convolveRowByWindowRows(x, corner0, cornerStep, tapIn, tapWeight, windowRows, rowTaps, w, cp, out, o0,
                    outStep, n, count);
            return;
        }
        final int groups = cp / L;
        int p = 0;
        if (groups == 1) { // one vector of channels: eight positions at a time share each weight load
            for (; p + 8 <= count; p += 8)
                byWindowRows8x1(x, corner0 + p * cornerStep, cornerStep, tapIn, tapWeight, windowRows, rowTaps, w, out,
                        o0 + p * outStep, outStep);
        }
        for (; p + 4 <= count; p += 4) {
            final int c0 = corner0 + p * cornerStep;
            final int ob = o0 + p * outStep;
            int j = 0;
            for (; j + 2 <= groups; j += 2)
                byWindowRows4x2(x, c0, cornerStep, tapIn, tapWeight, windowRows, rowTaps, w, j * L, out, ob, outStep);
            if (j < groups)
                byWindowRows4x1(x, c0, cornerStep, tapIn, tapWeight, windowRows, rowTaps, w, j * L, out, ob, outStep);
        }
        for (; p < count; p++) {
            final int c0 = corner0 + p * cornerStep;
            final int ob = o0 + p * outStep;
            for (int j = 0; j < groups; j++) {
                FloatVector a = FloatVector.zero(S);
                for (int row = 0, i = 0; row < windowRows; row++) {
                    FloatVector r = FloatVector.zero(S);
                    for (int t = 0; t < rowTaps; t++, i++)
                        r = FloatVector.fromArray(S, w, tapWeight[i] + j * L)
                                .fma(FloatVector.broadcast(S, x[c0 + tapIn[i]]), r);
                    a = a.add(r);
                }
                FloatVector.fromArray(S, out, ob + j * L).add(a).intoArray(out, ob + j * L);
            }
        }
    }

    /** {@link #convolve4x2} by window rows: each row summed on its own, then added. */
    private static void byWindowRows4x2(float[] x, int c0, int step, int[] tapIn, int[] tapWeight, int windowRows,
                                    int rowTaps, float[] w, int col, float[] out, int ob, int outStep) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        for (int row = 0, i = 0; row < windowRows; row++) {
            FloatVector r0 = FloatVector.zero(S), r1 = r0, r2 = r0, r3 = r0, s0 = r0, s1 = r0, s2 = r0, s3 = r0;
            for (int t = 0; t < rowTaps; t++, i++) {
                final int wr = tapWeight[i] + col;
                final FloatVector w0 = FloatVector.fromArray(S, w, wr);
                final FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
                final int xr = c0 + tapIn[i];
                final FloatVector x0 = FloatVector.broadcast(S, x[xr]);
                final FloatVector x1 = FloatVector.broadcast(S, x[xr + step]);
                final FloatVector x2 = FloatVector.broadcast(S, x[xr + 2 * step]);
                final FloatVector x3 = FloatVector.broadcast(S, x[xr + 3 * step]);
                r0 = w0.fma(x0, r0);
                s0 = w1.fma(x0, s0);
                r1 = w0.fma(x1, r1);
                s1 = w1.fma(x1, s1);
                r2 = w0.fma(x2, r2);
                s2 = w1.fma(x2, s2);
                r3 = w0.fma(x3, r3);
                s3 = w1.fma(x3, s3);
            }
            a0 = a0.add(r0);
            b0 = b0.add(s0);
            a1 = a1.add(r1);
            b1 = b1.add(s1);
            a2 = a2.add(r2);
            b2 = b2.add(s2);
            a3 = a3.add(r3);
            b3 = b3.add(s3);
        }
        addInto(out, ob + col, a0, b0);
        addInto(out, ob + outStep + col, a1, b1);
        addInto(out, ob + 2 * outStep + col, a2, b2);
        addInto(out, ob + 3 * outStep + col, a3, b3);
    }

    /** {@link #convolve8x1} by window rows. */
    private static void byWindowRows8x1(float[] x, int c0, int step, int[] tapIn, int[] tapWeight, int windowRows,
                                    int rowTaps, float[] w, float[] out, int ob, int outStep) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int row = 0, i = 0; row < windowRows; row++) {
            FloatVector r0 = FloatVector.zero(S), r1 = r0, r2 = r0, r3 = r0, r4 = r0, r5 = r0, r6 = r0, r7 = r0;
            for (int t = 0; t < rowTaps; t++, i++) {
                final FloatVector w0 = FloatVector.fromArray(S, w, tapWeight[i]);
                final int xr = c0 + tapIn[i];
                r0 = w0.fma(FloatVector.broadcast(S, x[xr]), r0);
                r1 = w0.fma(FloatVector.broadcast(S, x[xr + step]), r1);
                r2 = w0.fma(FloatVector.broadcast(S, x[xr + 2 * step]), r2);
                r3 = w0.fma(FloatVector.broadcast(S, x[xr + 3 * step]), r3);
                r4 = w0.fma(FloatVector.broadcast(S, x[xr + 4 * step]), r4);
                r5 = w0.fma(FloatVector.broadcast(S, x[xr + 5 * step]), r5);
                r6 = w0.fma(FloatVector.broadcast(S, x[xr + 6 * step]), r6);
                r7 = w0.fma(FloatVector.broadcast(S, x[xr + 7 * step]), r7);
            }
            a0 = a0.add(r0);
            a1 = a1.add(r1);
            a2 = a2.add(r2);
            a3 = a3.add(r3);
            a4 = a4.add(r4);
            a5 = a5.add(r5);
            a6 = a6.add(r6);
            a7 = a7.add(r7);
        }
        // positions in the order 0, 2, 4, 6, 1, 3, 5, 7: when channels are fewer than a vector, neighbouring
        // positions' runs overlap, and a load right after an overlapping store stalls
        addVector(out, ob, a0);
        addVector(out, ob + 2 * outStep, a2);
        addVector(out, ob + 4 * outStep, a4);
        addVector(out, ob + 6 * outStep, a6);
        addVector(out, ob + outStep, a1);
        addVector(out, ob + 3 * outStep, a3);
        addVector(out, ob + 5 * outStep, a5);
        addVector(out, ob + 7 * outStep, a7);
    }

    /** {@link #convolve4x1} by window rows. */
    private static void byWindowRows4x1(float[] x, int c0, int step, int[] tapIn, int[] tapWeight, int windowRows,
                                    int rowTaps, float[] w, int col, float[] out, int ob, int outStep) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int row = 0, i = 0; row < windowRows; row++) {
            FloatVector r0 = FloatVector.zero(S), r1 = r0, r2 = r0, r3 = r0;
            for (int t = 0; t < rowTaps; t++, i++) {
                final FloatVector w0 = FloatVector.fromArray(S, w, tapWeight[i] + col);
                final int xr = c0 + tapIn[i];
                r0 = w0.fma(FloatVector.broadcast(S, x[xr]), r0);
                r1 = w0.fma(FloatVector.broadcast(S, x[xr + step]), r1);
                r2 = w0.fma(FloatVector.broadcast(S, x[xr + 2 * step]), r2);
                r3 = w0.fma(FloatVector.broadcast(S, x[xr + 3 * step]), r3);
            }
            a0 = a0.add(r0);
            a1 = a1.add(r1);
            a2 = a2.add(r2);
            a3 = a3.add(r3);
        }
        FloatVector.fromArray(S, out, ob + col).add(a0).intoArray(out, ob + col);
        FloatVector.fromArray(S, out, ob + outStep + col).add(a1).intoArray(out, ob + outStep + col);
        FloatVector.fromArray(S, out, ob + 2 * outStep + col).add(a2).intoArray(out, ob + 2 * outStep + col);
        FloatVector.fromArray(S, out, ob + 3 * outStep + col).add(a3).intoArray(out, ob + 3 * outStep + col);
    }

    private static void addInto(float[] out, int o, FloatVector a, FloatVector b) {
        FloatVector.fromArray(S, out, o).add(a).intoArray(out, o);
        FloatVector.fromArray(S, out, o + L).add(b).intoArray(out, o + L);
    }

    private static void addVector(float[] out, int o, FloatVector a) {
        FloatVector.fromArray(S, out, o).add(a).intoArray(out, o);
    }

    @Override
    public void convolveWeightGrad(float[] x, int x0, int[] corners, int[] rowOff, int rows, float[] g, int g0,
                                   int gStride, int ho, int wo, float[] dw, int cp, int n) {
        if (cp % L != 0) {
            super.convolveWeightGrad(x, x0, corners, rowOff, rows, g, g0, gStride, ho, wo, dw, cp, n);
            return;
        }
        final int groups = cp / L;
        for (int j = 0; j < groups; j += 2) {
            final int col = j * L;
            int r = 0;
            if (j + 1 < groups) {
                for (; r + 4 <= rows; r += 4) weightGrad4x2(x, x0, corners, rowOff, r, g, g0 + col, gStride, ho, wo, dw, r * cp + col, cp);
            } else {
                for (; r + 8 <= rows; r += 8) weightGrad8x1(x, x0, corners, rowOff, r, g, g0 + col, gStride, ho, wo, dw, r * cp + col, cp);
                for (; r + 4 <= rows; r += 4) weightGrad4x1(x, x0, corners, rowOff, r, g, g0 + col, gStride, ho, wo, dw, r * cp + col, cp);
            }
            for (; r < rows; r++) {
                for (int jj = j; jj < Math.min(groups, j + 2); jj++) {
                    final int or = rowOff[r];
                    FloatVector a = FloatVector.zero(S);
                    for (int q = 0, positions = ho * wo; q < positions; q++)
                        a = FloatVector.fromArray(S, g, g0 + q * gStride + jj * L).fma(FloatVector.broadcast(S, x[x0 + corners[q] + or]), a);
                    final int d = r * cp + jj * L;
                    FloatVector.fromArray(S, dw, d).add(a).intoArray(dw, d);
                }
            }
        }
    }

    /** Four weight rows × two vectors of output channels, summed in registers over the output grid. */
    private static void weightGrad4x2(float[] x, int x0, int[] corners, int[] rowOff, int r, float[] g, int g0,
                                      int gStride, int ho, int wo, float[] dw, int d, int cp) {
        final int o0 = rowOff[r], o1 = rowOff[r + 1], o2 = rowOff[r + 2], o3 = rowOff[r + 3];
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        final int positions = ho * wo;
        for (int q = 0; q < positions; q++) {
            final int xq = x0 + corners[q];
            final int gq = g0 + q * gStride;
            {
                final FloatVector g0v = FloatVector.fromArray(S, g, gq);
                final FloatVector g1v = FloatVector.fromArray(S, g, gq + L);
                final FloatVector x0v = FloatVector.broadcast(S, x[xq + o0]);
                final FloatVector x1v = FloatVector.broadcast(S, x[xq + o1]);
                final FloatVector x2v = FloatVector.broadcast(S, x[xq + o2]);
                final FloatVector x3v = FloatVector.broadcast(S, x[xq + o3]);
                a0 = g0v.fma(x0v, a0);
                b0 = g1v.fma(x0v, b0);
                a1 = g0v.fma(x1v, a1);
                b1 = g1v.fma(x1v, b1);
                a2 = g0v.fma(x2v, a2);
                b2 = g1v.fma(x2v, b2);
                a3 = g0v.fma(x3v, a3);
                b3 = g1v.fma(x3v, b3);
            }
        }
        addInto(dw, d, a0, b0);
        addInto(dw, d + cp, a1, b1);
        addInto(dw, d + 2 * cp, a2, b2);
        addInto(dw, d + 3 * cp, a3, b3);
    }

    /** Eight weight rows × one vector of output channels. */
    private static void weightGrad8x1(float[] x, int x0, int[] corners, int[] rowOff, int r, float[] g, int g0,
                                      int gStride, int ho, int wo, float[] dw, int d, int cp) {
        final int o0 = rowOff[r], o1 = rowOff[r + 1], o2 = rowOff[r + 2], o3 = rowOff[r + 3];
        final int o4 = rowOff[r + 4], o5 = rowOff[r + 5], o6 = rowOff[r + 6], o7 = rowOff[r + 7];
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int q = 0, positions = ho * wo; q < positions; q++) {
            final int xq = x0 + corners[q];
            final FloatVector gv = FloatVector.fromArray(S, g, g0 + q * gStride);
            a0 = gv.fma(FloatVector.broadcast(S, x[xq + o0]), a0);
            a1 = gv.fma(FloatVector.broadcast(S, x[xq + o1]), a1);
            a2 = gv.fma(FloatVector.broadcast(S, x[xq + o2]), a2);
            a3 = gv.fma(FloatVector.broadcast(S, x[xq + o3]), a3);
            a4 = gv.fma(FloatVector.broadcast(S, x[xq + o4]), a4);
            a5 = gv.fma(FloatVector.broadcast(S, x[xq + o5]), a5);
            a6 = gv.fma(FloatVector.broadcast(S, x[xq + o6]), a6);
            a7 = gv.fma(FloatVector.broadcast(S, x[xq + o7]), a7);
        }
        addVector(dw, d, a0);
        addVector(dw, d + cp, a1);
        addVector(dw, d + 2 * cp, a2);
        addVector(dw, d + 3 * cp, a3);
        addVector(dw, d + 4 * cp, a4);
        addVector(dw, d + 5 * cp, a5);
        addVector(dw, d + 6 * cp, a6);
        addVector(dw, d + 7 * cp, a7);
    }

    /** Four weight rows × one vector of output channels. */
    private static void weightGrad4x1(float[] x, int x0, int[] corners, int[] rowOff, int r, float[] g, int g0,
                                      int gStride, int ho, int wo, float[] dw, int d, int cp) {
        final int o0 = rowOff[r], o1 = rowOff[r + 1], o2 = rowOff[r + 2], o3 = rowOff[r + 3];
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        final int positions = ho * wo;
        for (int q = 0; q < positions; q++) {
            final int xq = x0 + corners[q];
            final int gq = g0 + q * gStride;
            {
                final FloatVector gv = FloatVector.fromArray(S, g, gq);
                a0 = gv.fma(FloatVector.broadcast(S, x[xq + o0]), a0);
                a1 = gv.fma(FloatVector.broadcast(S, x[xq + o1]), a1);
                a2 = gv.fma(FloatVector.broadcast(S, x[xq + o2]), a2);
                a3 = gv.fma(FloatVector.broadcast(S, x[xq + o3]), a3);
            }
        }
        FloatVector.fromArray(S, dw, d).add(a0).intoArray(dw, d);
        FloatVector.fromArray(S, dw, d + cp).add(a1).intoArray(dw, d + cp);
        FloatVector.fromArray(S, dw, d + 2 * cp).add(a2).intoArray(dw, d + 2 * cp);
        FloatVector.fromArray(S, dw, d + 3 * cp).add(a3).intoArray(dw, d + 3 * cp);
    }

    @Override
    public void lookupConvolveRow(long[] bits, int b0, int rows, int k, int stride, float[] table, int cp, float[] out,
                                  int o0, int outStep, int count) {
        if (cp % L != 0) {
            super.lookupConvolveRow(bits, b0, rows, k, stride, table, cp, out, o0, outStep, count);
            return;
        }
        int col = 0;
        // even positions, then odd: when outStep < cp, neighbouring positions' vectors overlap, and a load right
        // after an overlapping store stalls
        for (; col + 2 * L <= cp; col += 2 * L)
            for (int first = 0; first < 2; first++) lookup2(bits, b0, rows, k, stride, table, cp, col, out, o0, outStep, first, count);
        if (col < cp)
            for (int first = 0; first < 2; first++) lookup1(bits, b0, rows, k, stride, table, cp, col, out, o0, outStep, first, count);
    }

    /**
     * Positions first, first + 2, … below count, one vector of channels from col: each sums the table entries of
     * every window row's pattern; four positions at a time share each row's bits and keep four chains going.
     */
    private static void lookup1(long[] bits, int b0, int rows, int k, int stride, float[] table, int cp, int col,
                                float[] out, int o0, int outStep, int first, int count) {
        final int mask = (1 << k) - 1;
        final int entries = (1 << k) * cp;
        final int s2 = 2 * stride, s4 = 4 * stride, s6 = 6 * stride;
        int p = first;
        for (; p + 6 < count; p += 8) {
            final int shift = p * stride;
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            for (int j = 0, base = col; j < rows; j++, base += entries) {
                final long row = bits[b0 + j] >>> shift;
                a0 = a0.add(FloatVector.fromArray(S, table, base + ((int) row & mask) * cp));
                a1 = a1.add(FloatVector.fromArray(S, table, base + ((int) (row >>> s2) & mask) * cp));
                a2 = a2.add(FloatVector.fromArray(S, table, base + ((int) (row >>> s4) & mask) * cp));
                a3 = a3.add(FloatVector.fromArray(S, table, base + ((int) (row >>> s6) & mask) * cp));
            }
            final int o = o0 + p * outStep + col;
            addVector(out, o, a0);
            addVector(out, o + 2 * outStep, a1);
            addVector(out, o + 4 * outStep, a2);
            addVector(out, o + 6 * outStep, a3);
        }
        for (; p < count; p += 2) {
            final int shift = p * stride;
            FloatVector a0 = FloatVector.zero(S);
            for (int j = 0, base = col; j < rows; j++, base += entries)
                a0 = a0.add(FloatVector.fromArray(S, table, base + ((int) (bits[b0 + j] >>> shift) & mask) * cp));
            addVector(out, o0 + p * outStep + col, a0);
        }
    }

    /** {@link #lookup1} for two vectors of channels, two positions at a time. */
    private static void lookup2(long[] bits, int b0, int rows, int k, int stride, float[] table, int cp, int col,
                                float[] out, int o0, int outStep, int first, int count) {
        final int mask = (1 << k) - 1;
        final int entries = (1 << k) * cp;
        final int s2 = 2 * stride;
        int p = first;
        for (; p + 2 < count; p += 4) {
            final int shift = p * stride;
            FloatVector a0 = FloatVector.zero(S), a1 = a0, c0 = a0, c1 = a0;
            for (int j = 0, base = col; j < rows; j++, base += entries) {
                final long row = bits[b0 + j] >>> shift;
                final int t0 = base + ((int) row & mask) * cp;
                final int t1 = base + ((int) (row >>> s2) & mask) * cp;
                a0 = a0.add(FloatVector.fromArray(S, table, t0));
                c0 = c0.add(FloatVector.fromArray(S, table, t0 + L));
                a1 = a1.add(FloatVector.fromArray(S, table, t1));
                c1 = c1.add(FloatVector.fromArray(S, table, t1 + L));
            }
            final int o = o0 + p * outStep + col;
            addInto(out, o, a0, c0);
            addInto(out, o + 2 * outStep, a1, c1);
        }
        for (; p < count; p += 2) {
            final int shift = p * stride;
            FloatVector a0 = FloatVector.zero(S), c0 = a0;
            for (int j = 0, base = col; j < rows; j++, base += entries) {
                final int t0 = base + ((int) (bits[b0 + j] >>> shift) & mask) * cp;
                a0 = a0.add(FloatVector.fromArray(S, table, t0));
                c0 = c0.add(FloatVector.fromArray(S, table, t0 + L));
            }
            addInto(out, o0 + p * outStep + col, a0, c0);
        }
    }

    @Override
    public void gatherTaps(float[] g, int[] base, int from, int to, int[] tapOffset, int[] tapRow, int taps, float[] dw,
                           int dBase, int cp) {
        if (cp % L != 0) {
            super.gatherTaps(g, base, from, to, tapOffset, tapRow, taps, dw, dBase, cp);
            return;
        }
        int col = 0;
        for (; col + 2 * L <= cp; col += 2 * L) {
            int q = 0;
            for (; q + 4 <= taps; q += 4) gather4x2(g, base, from, to, tapOffset, tapRow, q, dw, dBase + col, col);
            for (; q < taps; q++) {
                gather1(g, base, from, to, tapOffset[q] - col, dw, dBase + tapRow[q] + col);
                gather1(g, base, from, to, tapOffset[q] - col - L, dw, dBase + tapRow[q] + col + L);
            }
        }
        if (col < cp) {
            int q = 0;
            for (; q + 8 <= taps; q += 8) gather8x1(g, base, from, to, tapOffset, tapRow, q, dw, dBase + col, col);
            for (; q < taps; q++) gather1(g, base, from, to, tapOffset[q] - col, dw, dBase + tapRow[q] + col);
        }
    }

    /** Eight taps from q, one vector of channels from col, summed over the spikes in registers. */
    private static void gather8x1(float[] g, int[] base, int from, int to, int[] tapOffset, int[] tapRow, int q,
                                  float[] dw, int d, int col) {
        final int o0 = col - tapOffset[q], o1 = col - tapOffset[q + 1], o2 = col - tapOffset[q + 2], o3 = col - tapOffset[q + 3];
        final int o4 = col - tapOffset[q + 4], o5 = col - tapOffset[q + 5], o6 = col - tapOffset[q + 6], o7 = col - tapOffset[q + 7];
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int e = from; e < to; e++) {
            final int b = base[e];
            a0 = a0.add(FloatVector.fromArray(S, g, b + o0));
            a1 = a1.add(FloatVector.fromArray(S, g, b + o1));
            a2 = a2.add(FloatVector.fromArray(S, g, b + o2));
            a3 = a3.add(FloatVector.fromArray(S, g, b + o3));
            a4 = a4.add(FloatVector.fromArray(S, g, b + o4));
            a5 = a5.add(FloatVector.fromArray(S, g, b + o5));
            a6 = a6.add(FloatVector.fromArray(S, g, b + o6));
            a7 = a7.add(FloatVector.fromArray(S, g, b + o7));
        }
        addVector(dw, d + tapRow[q], a0);
        addVector(dw, d + tapRow[q + 1], a1);
        addVector(dw, d + tapRow[q + 2], a2);
        addVector(dw, d + tapRow[q + 3], a3);
        addVector(dw, d + tapRow[q + 4], a4);
        addVector(dw, d + tapRow[q + 5], a5);
        addVector(dw, d + tapRow[q + 6], a6);
        addVector(dw, d + tapRow[q + 7], a7);
    }

    /** Four taps from q, two vectors of channels from col. */
    private static void gather4x2(float[] g, int[] base, int from, int to, int[] tapOffset, int[] tapRow, int q,
                                  float[] dw, int d, int col) {
        final int o0 = col - tapOffset[q], o1 = col - tapOffset[q + 1], o2 = col - tapOffset[q + 2], o3 = col - tapOffset[q + 3];
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        for (int e = from; e < to; e++) {
            final int b = base[e];
            a0 = a0.add(FloatVector.fromArray(S, g, b + o0));
            b0 = b0.add(FloatVector.fromArray(S, g, b + o0 + L));
            a1 = a1.add(FloatVector.fromArray(S, g, b + o1));
            b1 = b1.add(FloatVector.fromArray(S, g, b + o1 + L));
            a2 = a2.add(FloatVector.fromArray(S, g, b + o2));
            b2 = b2.add(FloatVector.fromArray(S, g, b + o2 + L));
            a3 = a3.add(FloatVector.fromArray(S, g, b + o3));
            b3 = b3.add(FloatVector.fromArray(S, g, b + o3 + L));
        }
        addInto(dw, d + tapRow[q], a0, b0);
        addInto(dw, d + tapRow[q + 1], a1, b1);
        addInto(dw, d + tapRow[q + 2], a2, b2);
        addInto(dw, d + tapRow[q + 3], a3, b3);
    }

    /** One tap, one vector: dw[d …] += Σ over the spikes of g[base[e] + off …]. */
    private static void gather1(float[] g, int[] base, int from, int to, int negOffset, float[] dw, int d) {
        FloatVector a = FloatVector.zero(S);
        for (int e = from; e < to; e++) a = a.add(FloatVector.fromArray(S, g, base[e] - negOffset));
        addVector(dw, d, a);
    }

    @Override
    public void lifBackwardFastSigmoid(float[] mem, float[] spikes, int base, float[] gradMemNext, float[] gradSpikes,
                                       float[] gradMem, float[] gradCurrent, int from, int n, float beta, float theta,
                                       float k, boolean subtract, boolean last) {
        final FloatVector vb = FloatVector.broadcast(S, beta);
        final FloatVector vt = FloatVector.broadcast(S, theta);
        final FloatVector vk = FloatVector.broadcast(S, k);
        final FloatVector one = FloatVector.broadcast(S, 1f);
        final FloatVector zero = FloatVector.zero(S);
        int i = from;
        for (int end = n - L; i <= end; i += L) {
            FloatVector u = FloatVector.fromArray(S, mem, base + i);
            FloatVector gNext = last ? zero : FloatVector.fromArray(S, gradMemNext, i);
            FloatVector gs = gradSpikes != null ? FloatVector.fromArray(S, gradSpikes, i) : zero;
            FloatVector gu;
            if (subtract) {
                gs = gs.sub(vt.mul(gNext));
                gu = vb.mul(gNext);
            } else {
                FloatVector sp = FloatVector.fromArray(S, spikes, base + i);
                gs = gs.sub(vb.mul(u).mul(gNext));
                gu = vb.mul(one.sub(sp)).mul(gNext);
            }
            FloatVector d = u.sub(vt).abs().mul(vk).add(one); // not fused: the same rounding as the plain loop
            gu = gu.add(gs.mul(one.div(d.mul(d))));
            if (gradMem != null) gu = gu.add(FloatVector.fromArray(S, gradMem, i));
            gu.intoArray(gradMemNext, i);
            gu.intoArray(gradCurrent, i);
        }
        if (i < n) super.lifBackwardFastSigmoid(mem, spikes, base, gradMemNext, gradSpikes, gradMem, gradCurrent, i, n, beta, theta, k, subtract, last);
    }

    @Override
    public float fmaChains(float[] w, int n) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        FloatVector x = FloatVector.fromArray(S, w, 0), y = FloatVector.fromArray(S, w, L);
        for (int i = 0; i < n; i++) {
            a0 = a0.fma(x, y);
            a1 = a1.fma(x, y);
            a2 = a2.fma(x, y);
            a3 = a3.fma(x, y);
            a4 = a4.fma(x, y);
            a5 = a5.fma(x, y);
            a6 = a6.fma(x, y);
            a7 = a7.fma(x, y);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).reduceLanes(VectorOperators.ADD);
    }

    @Override
    public void addColumnSums(float[] src, int off, int rows, int width, float[] dst, float[] scratch) {
        // whole blocks of lcm(width, L) floats hold each column at fixed lanes: sum them in vectors, fold at the end
        final int block = width / gcd(width, L) * L;
        final int vectors = block / L;
        if (vectors > 4 || (long) rows * width < 4L * block) {
            super.addColumnSums(src, off, rows, width, dst, scratch);
            return;
        }
        final int total = rows * width, blocks = total / block, end = off + blocks * block;
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        switch (vectors) {
            case 1 -> {
                for (int e = off; e < end; e += L) a0 = a0.add(FloatVector.fromArray(S, src, e));
            }
            case 2 -> {
                for (int e = off; e < end; e += 2 * L) {
                    a0 = a0.add(FloatVector.fromArray(S, src, e));
                    a1 = a1.add(FloatVector.fromArray(S, src, e + L));
                }
            }
            case 3 -> {
                for (int e = off; e < end; e += 3 * L) {
                    a0 = a0.add(FloatVector.fromArray(S, src, e));
                    a1 = a1.add(FloatVector.fromArray(S, src, e + L));
                    a2 = a2.add(FloatVector.fromArray(S, src, e + 2 * L));
                }
            }
            default -> {
                for (int e = off; e < end; e += 4 * L) {
                    a0 = a0.add(FloatVector.fromArray(S, src, e));
                    a1 = a1.add(FloatVector.fromArray(S, src, e + L));
                    a2 = a2.add(FloatVector.fromArray(S, src, e + 2 * L));
                    a3 = a3.add(FloatVector.fromArray(S, src, e + 3 * L));
                }
            }
        }
        a0.intoArray(scratch, 0);
        a1.intoArray(scratch, L);
        a2.intoArray(scratch, 2 * L);
        a3.intoArray(scratch, 3 * L);
        for (int j = 0; j < block; j++) dst[j % width] += scratch[j];
        for (int e = end, stop = off + total; e < stop; e++) dst[(e - off) % width] += src[e];
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    @Override
    public void sendErrorBack(float[] g, int g0, int cout, int count, int[] corners, float[] ft, int k, int rowPad,
                              float[] dst, int rowStride) {
        if (rowPad % L != 0) {
            super.sendErrorBack(g, g0, cout, count, corners, ft, k, rowPad, dst, rowStride);
            return;
        }
        final int groups = rowPad / L;
        // four positions a quarter of the grid apart at a time: their runs of a window row do not overlap (when the
        // grid has four rows or more), so no load waits for an overlapping store just made; the next four, one position
        // on, overlap stores long retired
        final int quarter = count / 4;
        final int whole = 4 * quarter;
        // window row and vector pair outermost: the kernel's slice for them (cout × 2 vectors) then stays in L1 for
        // every position, where the whole kernel does not fit
        for (int ky = 0; ky < k; ky++) {
            final int f0 = ky * rowPad;
            int j = 0;
            for (; j + 2 <= groups; j += 2)
                for (int p = 0; p < quarter; p++)
                    sendBack4x2(g, g0 + p * cout, quarter * cout, cout, ft, f0 + j * L, k * rowPad, dst, corners, p, quarter,
                            ky * rowStride + j * L);
            if (j < groups)
                for (int p = 0; p < quarter; p++)
                    sendBack4x1(g, g0 + p * cout, quarter * cout, cout, ft, f0 + j * L, k * rowPad, dst, corners, p, quarter,
                            ky * rowStride + j * L);
        }
        for (int p = whole; p < count; p++) {
            final int gp = g0 + p * cout;
            for (int ky = 0; ky < k; ky++) {
                for (int j = 0; j < groups; j++) {
                    FloatVector a = FloatVector.zero(S);
                    for (int co = 0; co < cout; co++)
                        a = FloatVector.fromArray(S, ft, co * k * rowPad + ky * rowPad + j * L).fma(FloatVector.broadcast(S, g[gp + co]), a);
                    addVector(dst, corners[p] + ky * rowStride + j * L, a);
                }
            }
        }
    }

    /**
     * Four output positions' errors (p, p + step, p + 2·step, p + 3·step; gStep floats apart in g) × two vectors of
     * one window row, all eight sums in registers.
     */
    private static void sendBack4x2(float[] g, int gp, int gStep, int cout, float[] ft, int f0, int coStride, float[] dst,
                                    int[] corners, int p, int step, int off) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        for (int co = 0, f = f0; co < cout; co++, f += coStride) {
            final FloatVector w0 = FloatVector.fromArray(S, ft, f);
            final FloatVector w1 = FloatVector.fromArray(S, ft, f + L);
            final FloatVector e0 = FloatVector.broadcast(S, g[gp + co]);
            final FloatVector e1 = FloatVector.broadcast(S, g[gp + gStep + co]);
            final FloatVector e2 = FloatVector.broadcast(S, g[gp + 2 * gStep + co]);
            final FloatVector e3 = FloatVector.broadcast(S, g[gp + 3 * gStep + co]);
            a0 = w0.fma(e0, a0);
            b0 = w1.fma(e0, b0);
            a1 = w0.fma(e1, a1);
            b1 = w1.fma(e1, b1);
            a2 = w0.fma(e2, a2);
            b2 = w1.fma(e2, b2);
            a3 = w0.fma(e3, a3);
            b3 = w1.fma(e3, b3);
        }
        addInto(dst, corners[p] + off, a0, b0);
        addInto(dst, corners[p + step] + off, a1, b1);
        addInto(dst, corners[p + 2 * step] + off, a2, b2);
        addInto(dst, corners[p + 3 * step] + off, a3, b3);
    }

    private static void sendBack4x1(float[] g, int gp, int gStep, int cout, float[] ft, int f0, int coStride, float[] dst,
                                    int[] corners, int p, int step, int off) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int co = 0, f = f0; co < cout; co++, f += coStride) {
            final FloatVector w0 = FloatVector.fromArray(S, ft, f);
            a0 = w0.fma(FloatVector.broadcast(S, g[gp + co]), a0);
            a1 = w0.fma(FloatVector.broadcast(S, g[gp + gStep + co]), a1);
            a2 = w0.fma(FloatVector.broadcast(S, g[gp + 2 * gStep + co]), a2);
            a3 = w0.fma(FloatVector.broadcast(S, g[gp + 3 * gStep + co]), a3);
        }
        addVector(dst, corners[p] + off, a0);
        addVector(dst, corners[p + step] + off, a1);
        addVector(dst, corners[p + 2 * step] + off, a2);
        addVector(dst, corners[p + 3 * step] + off, a3);
    }

    @Override
    public void maxPoolStep(float[] in, int i0, int w, int c, int k, int ho, int wo, float[] out, float[] win, int o0) {
        if (k != 2 || !poolRuns(c)) {
            super.maxPoolStep(in, i0, w, c, k, ho, wo, out, win, o0);
            return;
        }
        final int row = w * c;
        if (c % L == 0) {
            for (int py = 0; py < ho; py++)
                for (int px = 0; px < wo; px++)
                    for (int j = 0; j < c; j += L)
                        poolWindow(in, i0 + (2 * py * w + 2 * px) * c + j, c, row, out, win, o0 + (py * wo + px) * c + j);
            return;
        }
        // one vector with spare lanes per position: its run overlaps the next position's, written after it; the last
        // position's would reach past the sample, so it goes a channel at a time
        for (int py = 0; py < ho; py++) {
            final int end = py == ho - 1 ? wo - 1 : wo;
            for (int px = 0; px < end; px++)
                poolWindow(in, i0 + (2 * py * w + 2 * px) * c, c, row, out, win, o0 + (py * wo + px) * c);
        }
        final int a = i0 + (2 * (ho - 1) * w + 2 * (wo - 1)) * c;
        final int o = o0 + (ho * wo - 1) * c;
        for (int ch = 0; ch < c; ch++) {
            final float va = in[a + ch], vb = in[a + c + ch], vc = in[a + row + ch], vd = in[a + row + c + ch];
            out[o + ch] = Math.max(Math.max(va, vb), Math.max(vc, vd));
            if (win != null) win[o + ch] = va != 0f ? 0 : vb != 0f ? 1 : vc != 0f ? 2 : vd != 0f ? 3 : 0;
        }
    }

    /** One 2×2 window's vector of channels (inputs at q, q + c, q + row, q + row + c) into out[o …] and win[o …]. */
    private static void poolWindow(float[] in, int q, int c, int row, float[] out, float[] win, int o) {
        final FloatVector va = FloatVector.fromArray(S, in, q);
        final FloatVector vb = FloatVector.fromArray(S, in, q + c);
        final FloatVector vc = FloatVector.fromArray(S, in, q + row);
        final FloatVector vd = FloatVector.fromArray(S, in, q + row + c);
        va.max(vb).max(vc.max(vd)).intoArray(out, o);
        if (win != null) { // (1 − a)·(b + (1 − b)·(2c + (1 − c)·3d)) on 0/1 spikes: the first place that spiked
            final FloatVector cd = vc.neg().add(1f).mul(vd.mul(3f)).add(vc.mul(2f));
            va.neg().add(1f).mul(vb.neg().add(1f).mul(cd).add(vb)).intoArray(win, o);
        }
    }

    @Override
    public int listNonZero(float[] a, int off, int n, int[] dst, int cursor) {
        if (L != 16 || I.length() != 16) return super.listNonZero(a, off, n, dst, cursor);
        final FloatVector zero = FloatVector.zero(S);
        final FloatVector one = FloatVector.broadcast(S, 1f);
        final IntVector high = LANE.add(16);
        int c = cursor;
        int i = 0;
        for (int end = n - 2 * L; i <= end; i += 2 * L) {
            // 1f is 0x3F800000: >>> 29 gives 1; two vectors' lanes make one 32-bit mask, so one reduction
            final IntVector b0 = zero.blend(one, FloatVector.fromArray(S, a, off + i).compare(VectorOperators.NE, 0f))
                    .reinterpretAsInts().lanewise(VectorOperators.LSHR, 29).lanewise(VectorOperators.LSHL, LANE);
            final IntVector b1 = zero.blend(one, FloatVector.fromArray(S, a, off + i + L).compare(VectorOperators.NE, 0f))
                    .reinterpretAsInts().lanewise(VectorOperators.LSHR, 29).lanewise(VectorOperators.LSHL, high);
            final int bits = b0.or(b1).reduceLanes(VectorOperators.OR);
            if (bits == 0) continue;
            // a byte at a time: its set bits' positions from a table, eight written, as many kept as are set
            for (int q = 0; q < 32; q += 8) {
                final int m = bits >>> q & 0xFF;
                IntVector.fromArray(I8, BYTE_BITS, m << 3).add(i + q).intoArray(dst, c);
                c += Integer.bitCount(m);
            }
        }
        for (; i < n; i++) {
            dst[c] = i;
            c += a[off + i] != 0f ? 1 : 0;
        }
        return c;
    }

    private static final VectorSpecies<Integer> I8 = IntVector.SPECIES_256;

    /** For each byte m, the positions of its set bits, ascending, in entries m·8 … (the rest zeros). */
    private static final int[] BYTE_BITS = byteBits();

    private static int[] byteBits() {
        int[] t = new int[256 * 8];
        for (int m = 0; m < 256; m++)
            for (int j = 0, k = 0; j < 8; j++) if ((m >>> j & 1) != 0) t[m * 8 + k++] = j;
        return t;
    }

    @Override
    public void maxPoolBack(float[] win, int w0, float[] g, int g0, float[] gradIn, int d0, int h, int w, int c, int k,
                            int ho, int wo) {
        if (k != 2 || h != 2 * ho || w != 2 * wo || !poolRuns(c)) {
            super.maxPoolBack(win, w0, g, g0, gradIn, d0, h, w, c, k, ho, wo);
            return;
        }
        final int row = w * c;
        final int vectors = c <= L ? 1 : c / L;
        final int last = ho * wo - 1;
        final FloatVector zero = FloatVector.zero(S);
        for (int py = 0; py < ho; py++) {
            // the windows' top inputs for the whole row first, then their bottom ones: a run of fewer than L channels
            // overlaps the next position's, and the last top run of a row overlaps the first bottom run
            for (int half = 0; half < 2; half++) {
                for (int px = 0; px < wo; px++) {
                    final int a = d0 + (2 * py * w + 2 * px) * c;
                    final int o = (py * wo + px) * c;
                    if (c < L && py * wo + px == last) {
                        if (half == 1) {
                            for (int ch = 0; ch < c; ch++) {
                                final float q = win[w0 + o + ch], e = g[g0 + o + ch];
                                gradIn[a + ch] = q == 0f ? e : 0f;
                                gradIn[a + c + ch] = q == 1f ? e : 0f;
                                gradIn[a + row + ch] = q == 2f ? e : 0f;
                                gradIn[a + row + c + ch] = q == 3f ? e : 0f;
                            }
                        }
                        continue;
                    }
                    for (int j = 0; j < vectors; j++) {
                        final FloatVector vw = FloatVector.fromArray(S, win, w0 + o + j * L);
                        final FloatVector vg = FloatVector.fromArray(S, g, g0 + o + j * L);
                        final int d = a + j * L + half * row;
                        zero.blend(vg, vw.compare(VectorOperators.EQ, 2f * half)).intoArray(gradIn, d);
                        zero.blend(vg, vw.compare(VectorOperators.EQ, 2f * half + 1f)).intoArray(gradIn, d + c);
                    }
                }
            }
        }
    }

    /**
     * Whether a position's c channels go in whole vectors: c a multiple of L, or one vector of at least L/2 channels
     * (its extra lanes then reach at most one position further, still inside the sample for all but the last).
     */
    private static boolean poolRuns(int c) {
        return c % L == 0 || (c < L && 2 * c >= L);
    }
}
