package io.spikeworks.sim.kernel;

/**
 * The inner loops of the engine over contiguous float runs. On JDK 17 C2 does not vectorise these loops
 * (it cannot prove the two arrays apart), so a Vector API implementation is used when the incubator module
 * {@code jdk.incubator.vector} is present, and a plain one otherwise. Both give the same results up to
 * float rounding order.
 */
public abstract class Kernels {
    private static final Kernels INSTANCE = choose();

    /** The implementation in use. */
    public static Kernels get() {
        return INSTANCE;
    }

    /** The plain-loop implementation, for comparisons. */
    public static Kernels scalar() {
        return ScalarKernels.INSTANCE;
    }

    private static Kernels choose() {
        if (Boolean.getBoolean("spikeworks.engine.scalar")) return ScalarKernels.INSTANCE;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return ScalarKernels.INSTANCE;
        try {
            return (Kernels) Class.forName("io.spikeworks.sim.kernel.SimdKernels").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return ScalarKernels.INSTANCE;
        }
    }

    /** "simd (512-bit)" or "scalar". */
    public abstract String name();

    /** Floats per vector (1 for plain loops). */
    public abstract int lanes();

    /** dst[d…d+n) += src[s…s+n). */
    public abstract void add(float[] dst, int d, float[] src, int s, int n);

    /** dst[d…d+n) += a · src[s…s+n). */
    public abstract void axpy(float[] dst, int d, float a, float[] src, int s, int n);

    /**
     * dst[d…d+n) += Σₖ w[rows[k]·n …] for k in [from, to): the sum of the weight rows of the active inputs.
     * Accumulating in registers across rows halves the memory traffic of adding row by row.
     */
    public abstract void addRows(float[] w, int[] rows, int from, int to, float[] dst, int d, int n);

    /**
     * {@link #addRows} for one sample over all its steps: for s in [0, steps), the rows listed in
     * rows[slotStart[slot] … slotStart[slot + 1]) with slot = firstSlot + s·slotStride are added to
     * dst[d + s·dStride …]. A sample's active inputs repeat from step to step, so going column block by column
     * block through all steps keeps those rows' blocks in L1/L2 instead of streaming the whole rows once per step.
     * Per element the additions happen in the same order as {@link #addRows}, so results are identical.
     */
    public void addRowsSteps(float[] w, int[] rows, int[] slotStart, int firstSlot, int slotStride, int steps,
                             float[] dst, int d, int dStride, int n) {
        for (int s = 0; s < steps; s++) {
            int slot = firstSlot + s * slotStride;
            addRows(w, rows, slotStart[slot], slotStart[slot + 1], dst, d + s * dStride, n);
        }
    }

    /**
     * dst[d…d+n) += Σ src rows plus[pFrom…pTo) − Σ src rows minus[mFrom…mTo), rows stride floats apart: a weight
     * row's gradient as error rows added and (for steps summed as total minus silent ones) subtracted.
     */
    public void addRowsDiff(float[] src, int stride, int[] plus, int pFrom, int pTo, int[] minus, int mFrom, int mTo,
                            float[] dst, int d, int n) {
        diffColumns(src, stride, plus, pFrom, pTo, minus, mFrom, mTo, dst, d, 0, n);
    }

    /** {@link #addRowsDiff} on columns [c0, c1), one column at a time. */
    static void diffColumns(float[] src, int stride, int[] plus, int pFrom, int pTo, int[] minus, int mFrom, int mTo,
                            float[] dst, int d, int c0, int c1) {
        for (int c = c0; c < c1; c++) {
            float a = dst[d + c];
            for (int k = pFrom; k < pTo; k++) a += src[plus[k] * stride + c];
            for (int k = mFrom; k < mTo; k++) a -= src[minus[k] * stride + c];
            dst[d + c] = a;
        }
    }

    /**
     * {@link #addRowsSteps} for rows narrower than a vector, stored padded with zeros to stride floats each: a
     * row is then one vector load, and dst is updated a whole vector at a time (the pad adds exact zeros to the
     * floats after each n, so they come back unchanged). Same per-element order as {@link #addRows}.
     */
    public void addRowsPaddedSteps(float[] wPadded, int stride, int[] rows, int[] slotStart, int firstSlot,
                                   int slotStride, int steps, float[] dst, int d, int dStride, int n) {
        for (int s = 0; s < steps; s++) {
            int slot = firstSlot + s * slotStride;
            paddedColumns(wPadded, stride, rows, slotStart[slot], slotStart[slot + 1], dst, d + s * dStride, n);
        }
    }

    static void paddedColumns(float[] wPadded, int stride, int[] rows, int from, int to, float[] dst, int d, int n) {
        for (int c = 0; c < n; c++) {
            float a = dst[d + c];
            for (int k = from; k < to; k++) a += wPadded[rows[k] * stride + c];
            dst[d + c] = a;
        }
    }

    /**
     * {@link #addRowsSteps} where some steps are given by their complement: for step s with fromTotal[s],
     * dst[d + s·dStride …] += total[0 … n) − Σ rows listed for s; otherwise += Σ rows listed for s. Slots are
     * consecutive (slot s is slotStart[s] … slotStart[s + 1]).
     */
    public void addRowsStepsComplement(float[] w, int[] rows, int[] slotStart, boolean[] fromTotal, float[] total,
                                       int steps, float[] dst, int d, int dStride, int n) {
        complementColumns(w, rows, slotStart, fromTotal, total, steps, dst, d, dStride, n, 0, n);
    }

    /** {@link #addRowsStepsComplement} on columns [c0, c1), one column at a time. */
    static void complementColumns(float[] w, int[] rows, int[] slotStart, boolean[] fromTotal, float[] total, int steps,
                                  float[] dst, int d, int dStride, int n, int c0, int c1) {
        for (int c = c0; c < c1; c++) {
            for (int s = 0; s < steps; s++) {
                float a = 0f;
                for (int k = slotStart[s], to = slotStart[s + 1]; k < to; k++) a += w[rows[k] * n + c];
                dst[d + s * dStride + c] += fromTotal[s] ? total[c] - a : a;
            }
        }
    }

    /**
     * One LIF step for n neurons without current state, gating or fixed point (the common case):
     * u = β·u' + i − θ·s' (subtract) or β·u'·(1 − s') + i (zero); s = [u ≥ θ]. Primes are step t−1 at prev.
     */
    public final void lifStep(float[] mem, float[] spikes, int base, int prev, float[] input, int in, int n,
                              float beta, float theta, boolean subtract) {
        lifStep(mem, base, prev, spikes, base, prev, input, in, n, beta, theta, subtract);
    }

    /**
     * {@link #lifStep(float[], float[], int, int, float[], int, int, float, float, boolean)} with the spikes at their
     * own offsets (sBase, sPrev), for a state that keeps fewer steps of spikes than of membrane potential.
     */
    public abstract void lifStep(float[] mem, int base, int prev, float[] spikes, int sBase, int sPrev, float[] input,
                                 int in, int n, float beta, float theta, boolean subtract);

    /**
     * {@link #lifStep} for a batch of samples of n neurons each that also lists, per sample, which neurons
     * spiked: sample b's spikes go to events slot (t, b). Listing while the spikes are still in registers saves
     * a second pass over the whole layer.
     */
    public void lifStepListing(float[] mem, float[] spikes, int base, int prev, float[] input, int in, int batch, int n,
                               float beta, float theta, boolean subtract, int t, SpikeEvents events) {
        for (int b = 0; b < batch; b++) {
            int o = b * n;
            lifStep(mem, spikes, base + o, prev + o, input, in + o, n, beta, theta, subtract);
            events.open(t, b);
            int[] out = events.reserve(n);
            int c = events.cursor();
            for (int i = 0; i < n; i++) {
                out[c] = i;
                c += spikes[base + o + i] != 0f ? 1 : 0;
            }
            events.commit(c);
            events.close();
        }
    }

    /**
     * Whether a[0…n) holds only finite values: x·0 is 0 for finite x and NaN otherwise, and one NaN spoils the sum.
     * No branch per value, and four sums so that the adds need not wait for each other.
     */
    public boolean allFinite(float[] a, int n) {
        float z0 = 0f, z1 = 0f, z2 = 0f, z3 = 0f;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            z0 += a[i] * 0f;
            z1 += a[i + 1] * 0f;
            z2 += a[i + 2] * 0f;
            z3 += a[i + 3] * 0f;
        }
        for (; i < n; i++) z0 += a[i] * 0f;
        return z0 + z1 + z2 + z3 == 0f;
    }

    /**
     * One Adam update of n weights (moments m, v updated in place), gradient plus wd·w. c1, c2 are the bias
     * corrections 1 − β₁ᵗ, 1 − β₂ᵗ. Every implementation rounds exactly as this loop does (no fused multiply-add).
     */
    public void adamStep(float[] w, float[] g, float[] m, float[] v, int n, float b1, float b2, float c1, float c2,
                         float lr, float eps, float wd) {
        adamRange(w, g, m, v, 0, n, b1, b2, c1, c2, lr, eps, wd);
    }

    /** {@link #adamStep} on weights [from, to), one at a time. */
    static void adamRange(float[] w, float[] g, float[] m, float[] v, int from, int to, float b1, float b2, float c1,
                          float c2, float lr, float eps, float wd) {
        for (int i = from; i < to; i++) {
            float gi = g[i] + wd * w[i];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            w[i] -= lr * (m[i] / c1) / ((float) Math.sqrt(v[i] / c2) + eps);
        }
    }

    /** Σ a[i…i+n) · b[j…j+n). */
    public abstract float dot(float[] a, int i, float[] b, int j, int n);

    /**
     * One BPTT step of plain LIF neurons (no gating, no synaptic current) with the fast-sigmoid surrogate
     * 1/(1 + k|u − θ|)², for i in [0, n): reads u = mem[base + i] (and the spike for a reset to zero), the error
     * carried from step t+1 in gradMemNext (ignored when last), dL/dS in gradSpikes and an extra dL/dU in
     * gradMem (either may be null); writes dL/dU into gradMemNext and dL/dI into gradCurrent. Neurons [from, n).
     */
    public void lifBackwardFastSigmoid(float[] mem, float[] spikes, int base, float[] gradMemNext, float[] gradSpikes,
                                       float[] gradMem, float[] gradCurrent, int from, int n, float beta, float theta,
                                       float k, boolean subtract, boolean last) {
        for (int i = from; i < n; i++) {
            float u = mem[base + i];
            float gNext = last ? 0f : gradMemNext[i];
            float gs = gradSpikes != null ? gradSpikes[i] : 0f;
            float gu;
            if (subtract) {
                gs -= theta * gNext;
                gu = beta * gNext;
            } else {
                float sp = spikes[base + i];
                gs -= beta * u * gNext;
                gu = beta * (1f - sp) * gNext;
            }
            float d = 1f + k * Math.abs(u - theta);
            gu += gs * (1f / (d * d));
            if (gradMem != null) gu += gradMem[i];
            gradMemNext[i] = gu;
            gradCurrent[i] = gu;
        }
    }

    /** n rounds of eight independent multiply-add chains on w's first vectors: a yardstick of the core's peak. */
    public float fmaChains(float[] w, int n) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
        float x = w[0], y = w[1];
        for (int i = 0; i < n; i++) {
            a0 = Math.fma(x, y, a0);
            a1 = Math.fma(x, y, a1);
            a2 = Math.fma(x, y, a2);
            a3 = Math.fma(x, y, a3);
            a4 = Math.fma(x, y, a4);
            a5 = Math.fma(x, y, a5);
            a6 = Math.fma(x, y, a6);
            a7 = Math.fma(x, y, a7);
        }
        return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
    }

    /**
     * For taps k in [from, to): dst[dBase + dOff[k] …] += src[sBase + sOff[k] …], n floats each: a spike's kernel
     * slice added into every output it reaches, or (offsets swapped) an output's error added into a weight slice.
     * Runs may overlap their neighbours when the caller pads them with zeros (see Conv2dLayer).
     */
    public void addTaps(float[] dst, int dBase, int[] dOff, float[] src, int sBase, int[] sOff, int from, int to, int n) {
        for (int k = from; k < to; k++) add(dst, dBase + dOff[k], src, sBase + sOff[k], n);
    }

    /** {@link #addTaps} with every run scaled by a: a non-spike input. */
    public void axpyTaps(float[] dst, int dBase, int[] dOff, float a, float[] src, int sBase, int[] sOff, int from, int to,
                         int n) {
        for (int k = from; k < to; k++) axpy(dst, dBase + dOff[k], a, src, sBase + sOff[k], n);
    }

    /**
     * A row of a direct convolution on real-valued (or dense) input: for output positions p in [0, count),
     * out[o0 + p·outStep + c] += Σ_r x[corner0 + p·cornerStep + rowOff[r]] · w[r·cp + c] for c in [0, n), r in
     * [0, rows). w's rows are padded with zeros to cp floats (a whole number of vectors); out may be written
     * a whole vector at a time past n when the caller leaves room there, as long as what lies there gets zeros.
     */
    public void convolveRow(float[] x, int corner0, int cornerStep, int[] rowOff, int rows, float[] w, int cp,
                            float[] out, int o0, int outStep, int n, int count) {
        for (int p = 0; p < count; p++) {
            int corner = corner0 + p * cornerStep;
            for (int c = 0; c < n; c++) {
                float a = 0f;
                for (int r = 0; r < rows; r++) a += x[corner + rowOff[r]] * w[r * cp + c];
                out[o0 + p * outStep + c] += a;
            }
        }
    }

    /**
     * {@link #convolveRow} for input that may be 0/1: for output positions p in [0, count) and c in [0, n),
     * out[o0 + p·outStep + c] += Σ_j Σ_t x[corner + tapIn[i]] · w[tapWeight[i] + c] with i = j·rowTaps + t,
     * corner = corner0 + p·cornerStep, j in [0, windowRows), t in [0, rowTaps). Each window row's taps are summed on
     * their own, in the order listed, and the row sums added in order from zero: on 0/1 input that is the order in
     * which {@code sim.SpikePatternLookup}'s tables add the same weights, so the two routes agree to the bit. w's runs are
     * padded with zeros to cp floats (a whole number of vectors); out may be written a whole vector at a time past n
     * when the caller leaves room there, as long as what lies there gets zeros.
     */
    public void convolveRowByWindowRows(float[] x, int corner0, int cornerStep, int[] tapIn, int[] tapWeight,
                                        int windowRows, int rowTaps, float[] w, int cp, float[] out, int o0,
                                        int outStep, int n, int count) {
        for (int p = 0; p < count; p++) {
            int corner = corner0 + p * cornerStep;
            for (int c = 0; c < n; c++) {
                float a = 0f;
                for (int j = 0, i = 0; j < windowRows; j++) {
                    float r = 0f;
                    for (int t = 0; t < rowTaps; t++, i++) r += x[corner + tapIn[i]] * w[tapWeight[i] + c];
                    a += r;
                }
                out[o0 + p * outStep + c] += a;
            }
        }
    }

    /**
     * The weight gradient of a direct convolution over one sample's output grid: for rows r in [0, rows) and
     * c in [0, n), dw[r·cp + c] += Σ over output positions q of x[x0 + corners[q] + rowOff[r]] ·
     * g[g0 + q·gStride + c], where corners[q] is the input offset of output position q's window. dw is padded like
     * {@link #convolveRow}'s w; its padding collects junk.
     */
    public void convolveWeightGrad(float[] x, int x0, int[] corners, int[] rowOff, int rows, float[] g, int g0,
                                   int gStride, int ho, int wo, float[] dw, int cp, int n) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < n; c++) {
                float a = 0f;
                for (int q = 0; q < ho * wo; q++) a += x[x0 + corners[q] + rowOff[r]] * g[g0 + q * gStride + c];
                dw[r * cp + c] += a;
            }
        }
    }


    /**
     * A row of a convolution of 0/1 input by table lookup (see {@code sim.SpikePatternLookup}): for output positions p
     * in [0, count) and c in [0, cp), out[o0 + p·outStep + c] += Σ_j table[((j << k) | pattern(j, p))·cp + c] over
     * window rows j in [0, rows), where pattern(j, p) = (bits[b0 + j] >>> p·stride) & (2^k − 1) are the k input
     * bits window row j covers at position p. Written a whole vector at a time like {@link #convolveRow}.
     */
    public void lookupConvolveRow(long[] bits, int b0, int rows, int k, int stride, float[] table, int cp, float[] out,
                                  int o0, int outStep, int count) {
        final int mask = (1 << k) - 1;
        for (int p = 0; p < count; p++) {
            final int o = o0 + p * outStep;
            for (int c = 0; c < cp; c++) {
                float a = 0f;
                for (int j = 0; j < rows; j++) {
                    final int pattern = (int) (bits[b0 + j] >>> (p * stride)) & mask;
                    a += table[((j << k) | pattern) * cp + c];
                }
                out[o + c] += a;
            }
        }
    }


    /**
     * Errors gathered per spike (see {@code sim.SpikeErrorGather}): for taps q in [0, taps) and c in [0, cp),
     * dw[dBase + tapRow[q] + c] += Σ over e in [from, to) of g[base[e] − tapOffset[q] + c].
     */
    public void gatherTaps(float[] g, int[] base, int from, int to, int[] tapOffset, int[] tapRow, int taps, float[] dw,
                           int dBase, int cp) {
        for (int q = 0; q < taps; q++) {
            for (int c = 0; c < cp; c++) {
                float a = 0f;
                for (int e = from; e < to; e++) a += g[base[e] - tapOffset[q] + c];
                dw[dBase + tapRow[q] + c] += a;
            }
        }
    }

    /**
     * Max pooling of one sample-step of 0/1 spikes over non-overlapping k×k windows, channels-last: out[o0 + (py·wo
     * + px)·c + ch] = 1 if any input of the window spiked, else 0, and, when win is not null, win[o0 + …] = the place
     * (dy·k + dx) of its first input in window order that spiked, 0 when none did: the error's route back. The input
     * is w positions wide, c channels each, from i0; the spikes are read while they are still in cache from the
     * step that made them.
     */
    public void maxPoolStep(float[] in, int i0, int w, int c, int k, int ho, int wo, float[] out, float[] win, int o0) {
        for (int py = 0; py < ho; py++)
            for (int px = 0; px < wo; px++) {
                final int corner = i0 + (py * k * w + px * k) * c;
                final int o = o0 + (py * wo + px) * c;
                for (int ch = 0; ch < c; ch++) {
                    int first = -1;
                    for (int q = 0; q < k * k && first < 0; q++)
                        if (in[corner + ((q / k) * w + q % k) * c + ch] != 0f) first = q;
                    out[o + ch] = first >= 0 ? 1f : 0f;
                    if (win != null) win[o + ch] = Math.max(first, 0);
                }
            }
    }

    /**
     * Appends to dst, from cursor on, the i in [0, n) with a[off + i] ≠ 0, ascending; returns the new cursor. dst
     * must have room for n + 8 entries from cursor (vector versions write a few past the last one kept).
     */
    public int listNonZero(float[] a, int off, int n, int[] dst, int cursor) {
        for (int i = 0; i < n; i++) {
            dst[cursor] = i;
            cursor += a[off + i] != 0f ? 1 : 0;
        }
        return cursor;
    }

    /**
     * The error of max-pooled outputs (g from g0) sent back to their inputs (gradIn from d0, every input of the
     * sample written): each window's error goes to the place its winner (win from w0, as {@link #maxPoolStep} gives
     * it) names; the other inputs, and inputs outside every window, get zero. Non-overlapping k×k windows.
     */
    public void maxPoolBack(float[] win, int w0, float[] g, int g0, float[] gradIn, int d0, int h, int w, int c, int k,
                            int ho, int wo) {
        java.util.Arrays.fill(gradIn, d0, d0 + h * w * c, 0f);
        for (int py = 0; py < ho; py++)
            for (int px = 0; px < wo; px++) {
                final int corner = d0 + (py * k * w + px * k) * c;
                final int o = (py * wo + px) * c;
                for (int ch = 0; ch < c; ch++) {
                    final int q = (int) win[w0 + o + ch];
                    gradIn[corner + ((q / k) * w + q % k) * c + ch] = g[g0 + o + ch];
                }
            }
    }

    /**
     * dst[c] += Σ_r src[off + r·width + c] for r in [0, rows), c in [0, width): a bias gradient, summing every row
     * (sample, position) of an error matrix. scratch holds at least 4·{@link #lanes()} floats.
     */
    public void addColumnSums(float[] src, int off, int rows, int width, float[] dst, float[] scratch) {
        for (int r = 0; r < rows; r++) {
            final int row = off + r * width;
            for (int c = 0; c < width; c++) dst[c] += src[row + c];
        }
    }

    /**
     * A convolution's error sent back, col2im fused in: for output positions p in [0, count), window rows ky in
     * [0, k) and c in [0, rowPad): dst[corners[p] + ky·rowStride + c] += Σ_co g[g0 + p·cout + co] ·
     * ft[(co·k + ky)·rowPad + c]. ft holds each window row's k·cin weights padded with zeros to rowPad floats (a whole
     * number of vectors), so dst needs rowPad − k·cin floats of room after its last row; it gets zeros there.
     */
    public void sendErrorBack(float[] g, int g0, int cout, int count, int[] corners, float[] ft, int k, int rowPad,
                              float[] dst, int rowStride) {
        for (int p = 0; p < count; p++) {
            for (int ky = 0; ky < k; ky++) {
                final int d = corners[p] + ky * rowStride;
                for (int co = 0; co < cout; co++) {
                    final float e = g[g0 + p * cout + co];
                    final int f = (co * k + ky) * rowPad;
                    for (int c = 0; c < rowPad; c++) dst[d + c] += e * ft[f + c];
                }
            }
        }
    }
}
