package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;
import java.util.List;

/**
 * Max or average pooling over k×k windows with a stride, no padding, applied to spikes at each step.
 * Max-pooling 0/1 spikes is an OR and stays binary (its active outputs are listed, so the next layer runs
 * event-driven); the gradient goes to the first maximal input.
 */
public final class PoolLayer implements Layer {
    public enum Kind { MAX, AVG }

    private final String name;
    private final Kind kind;
    private final int[] inShape;
    private final int[] outShape;
    private final int c;
    private final int h;
    private final int w;
    private final int ho;
    private final int wo;
    private final int k;
    private final int stride;
    private int batch;
    private int steps;
    private float[] out;
    private float[] winner;

    /** Per max-pooled output, the place (dy·k + dx) in its window of the input that won: the error's route back. */
    private float[] winners() {
        if (winner == null || winner.length < out.length) winner = new float[out.length];
        return winner;
    }

    /** Whether a backward pass follows, so the winners must be kept (not for forward-only passes). */
    public void setWinnersNeeded(boolean needed) {
        this.winnersNeeded = needed;
    }

    private boolean winnersNeeded = true;
    private boolean inputBinary;
    /** Offsets of a window's inputs from its first one, (dy·W + dx)·C. */
    private final int[] window;
    private final SpikeEvents events = new SpikeEvents();

    public PoolLayer(String name, Kind kind, int[] inShape, int kernel, int stride) {
        if (inShape.length != 3) throw new IllegalArgumentException(kind.name().toLowerCase() + "pool needs a C×H×W input, got "
                + Shapes.format(inShape));
        this.name = name;
        this.kind = kind;
        this.inShape = inShape.clone();
        this.c = inShape[0];
        this.h = inShape[1];
        this.w = inShape[2];
        this.k = kernel;
        this.stride = stride;
        this.ho = (h - kernel) / stride + 1;
        this.wo = (w - kernel) / stride + 1;
        if (ho < 1 || wo < 1) throw new IllegalArgumentException("pool kernel " + kernel + " does not fit input "
                + Shapes.format(inShape));
        this.outShape = new int[]{c, ho, wo};
        this.window = new int[kernel * kernel];
        for (int dy = 0; dy < kernel; dy++)
            for (int dx = 0; dx < kernel; dx++) window[dy * kernel + dx] = (dy * w + dx) * c;
        if (kind == Kind.MAX && stride == kernel && kernel * kernel <= Short.MAX_VALUE) {
            // windows do not overlap: each input lies in at most one window, at one place in it
            cellOf = new int[h * w * c];
            placeIn = new short[h * w * c];
            java.util.Arrays.fill(cellOf, -1);
            for (int oy = 0; oy < ho; oy++)
                for (int ox = 0; ox < wo; ox++)
                    for (int q = 0; q < kernel * kernel; q++)
                        for (int ch = 0; ch < c; ch++) {
                            int i = (oy * stride * w + ox * stride) * c + window[q] + ch;
                            cellOf[i] = (oy * wo + ox) * c + ch;
                            placeIn[i] = (short) q;
                        }
        } else {
            cellOf = null;
            placeIn = null;
        }
    }

    /**
     * Whether, given binary input, this layer reads only the lists (never the input's history) in the forward pass,
     * or, better, takes each sample-step's spikes as soon as the layer below has made them ({@link #poolSampleStep}):
     * non-overlapping max pooling.
     */
    public boolean readsListedSpikesOnly() {
        return cellOf != null;
    }

    /** For non-overlapping max pooling: the output each input feeds (−1 for none) and its place in the window. */
    private final int[] cellOf;
    private final short[] placeIn;

    @Override
    public PoolLayer replicate() {
        return new PoolLayer(name, kind, inShape, k, stride);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] inputShape() {
        return inShape.clone();
    }

    @Override
    public int[] outputShape() {
        return outShape.clone();
    }

    @Override
    public void prepare(int batch, int steps) {
        this.batch = batch;
        this.steps = steps;
        int size = steps * batch * outputSize();
        if (out == null || out.length < size) { // a smaller batch (an epoch's last) reuses the arrays
            out = new float[size];
            winner = null;
        }
        filledBySampleSteps = false;
    }

    /**
     * Pools sample b's step t from the layer below's 0/1 spikes (spikes from base, this layer's input shape) and
     * lists the outputs that fired. Called sample by sample, each through all its steps, before
     * {@link #forwardAllSteps}, which then only puts the lists in step order.
     */
    public void poolSampleStep(int t, int b, float[] spikes, int base) {
        final int outSize = c * ho * wo;
        if (!filledBySampleSteps) {
            bySample.reset(steps * batch, 1);
            filledBySampleSteps = true;
            inputBinary = true;
        }
        final int ob = t * batch * outSize + b * outSize;
        final Kernels simd = Kernels.get();
        simd.maxPoolStep(spikes, base, w, c, k, ho, wo, out, winnersNeeded ? winners() : null, ob);
        bySample.open(b * steps + t, 0);
        final int[] listed = bySample.reserve(outSize + 8);
        bySample.commit(simd.listNonZero(out, ob, outSize, listed, bySample.cursor()));
        bySample.close();
    }

    /** This pass's outputs were made sample-step by sample-step ({@link #poolSampleStep}). */
    private boolean filledBySampleSteps;
    /** Their lists, slot b·steps + t. */
    private final SpikeEvents bySample = new SpikeEvents();

    @Override
    public void forwardAllSteps(int steps, int batch, float[] in, boolean binaryInput, SpikeEvents inEvents,
                                EngineCounters c) {
        if (!filledBySampleSteps) {
            Layer.super.forwardAllSteps(steps, batch, in, binaryInput, inEvents, c);
            return;
        }
        events.copyStepMajor(bySample, steps, batch);
    }

    @Override
    public void forward(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents inEvents, EngineCounters counters) {
        inputBinary = binaryInput;
        if (kind == Kind.MAX && binaryInput && inEvents != null && cellOf != null) {
            maxPoolListed(t, inEvents);
            return;
        }
        if (kind == Kind.MAX && binaryInput && window.length <= 32) {
            maxPoolSpikes(t, in, inOff);
            return;
        }
        final int inSize = c * h * w;
        final int outSize = c * ho * wo;
        final int taps = window.length;
        final float inv = 1f / taps;
        final float[] winner = kind == Kind.MAX ? winners() : null;
        for (int b = 0; b < batch; b++) {
            final int ib = inOff + b * inSize;
            final int ob = t * batch * outSize + b * outSize;
            for (int oy = 0, o = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    final int first = ib + (oy * stride * w + ox * stride) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        if (kind == Kind.MAX) {
                            float best = in[first + ch];
                            int win = 0;
                            for (int q = 1; q < taps; q++) {
                                float v = in[first + ch + window[q]];
                                if (v > best) {
                                    best = v;
                                    win = q;
                                }
                            }
                            out[ob + o] = best;
                            winner[ob + o] = win;
                        } else {
                            float sum = 0f;
                            for (int q = 0; q < taps; q++) sum += in[first + ch + window[q]];
                            out[ob + o] = sum * inv;
                        }
                    }
                }
            }
        }
    }

    /**
     * Max pooling from the input's spike lists: a window's output is 1 once any of its inputs spiked, and the
     * first of them in window order (lists are ascending, so window order) is the winner. Reads the few spikes
     * instead of the whole input step, which has long left the cache by the time this layer runs.
     */
    private void maxPoolListed(int t, SpikeEvents in) {
        final int outSize = c * ho * wo;
        final float[] winner = winners();
        if (t == 0) events.reset(steps, batch);
        final int[] idx = in.indices();
        for (int b = 0; b < batch; b++) {
            final int ob = t * batch * outSize + b * outSize;
            java.util.Arrays.fill(out, ob, ob + outSize, 0f);
            java.util.Arrays.fill(winner, ob, ob + outSize, 0f);
            // backwards, writing every time: the last write to a window, the winner, is then its first spike in
            // window order, without a data-dependent branch (inputs in no window are rare and only at the border)
            for (int e = in.to(t, b) - 1, first = in.from(t, b); e >= first; e--) {
                final int cell = cellOf[idx[e]];
                if (cell < 0) continue;
                out[ob + cell] = 1f;
                winner[ob + cell] = placeIn[idx[e]];
            }
            events.open(t, b);
            final int[] listed = events.reserve(outSize);
            int cursor = events.cursor();
            for (int o = 0; o < outSize; o++) {
                listed[cursor] = o;
                cursor += Float.floatToRawIntBits(out[ob + o]) >>> 29 & 1;
            }
            events.commit(cursor);
            events.close();
        }
    }

    /**
     * Max pooling of 0/1 spikes without a branch: a 1.0f has the same bits wherever it appears, so the OR of a
     * window's bit patterns is its maximum, and the lowest set "is one" bit names the first winning input.
     */
    private void maxPoolSpikes(int t, float[] in, int inOff) {
        final int inSize = c * h * w;
        final int outSize = c * ho * wo;
        final int taps = window.length;
        final float[] winner = winners();
        if (t == 0) events.reset(steps, batch);
        for (int b = 0; b < batch; b++) {
            final int ib = inOff + b * inSize;
            final int ob = t * batch * outSize + b * outSize;
            events.open(t, b);
            final int[] listed = events.reserve(outSize);
            int cursor = events.cursor();
            for (int oy = 0, o = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    final int first = ib + (oy * stride * w + ox * stride) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        int bits = 0;
                        int ones = 0;
                        for (int q = 0; q < taps; q++) {
                            int v = Float.floatToRawIntBits(in[first + ch + window[q]]);
                            bits |= v;
                            ones |= (v >>> 29 & 1) << q; // 1.0f = 0x3F800000: bit 29 set, 0.0f: clear
                        }
                        out[ob + o] = Float.intBitsToFloat(bits);
                        winner[ob + o] = Integer.numberOfTrailingZeros(ones) & 31;
                        listed[cursor] = o;
                        cursor += bits >>> 29 & 1;
                    }
                }
            }
            events.commit(cursor);
            events.close();
        }
    }

    @Override
    public SpikeEvents outputEvents() {
        return binaryOutput() ? events : null;
    }

    @Override
    public float[] output() {
        return out;
    }

    @Override
    public boolean binaryOutput() {
        return kind == Kind.MAX && inputBinary;
    }

    @Override
    public void backward(int t, float[] in, int inOff, float[] gradOut, float[] gradMem, float[] gradIn,
                         EngineCounters counters) {
        if (gradIn == null) return;
        final int inSize = c * h * w;
        final int outSize = c * ho * wo;
        if (kind == Kind.MAX && cellOf != null) { // every input written once, from the winners
            final Kernels simd = Kernels.get();
            for (int b = 0; b < batch; b++)
                simd.maxPoolBack(winner, (t * batch + b) * outSize, gradOut, b * outSize, gradIn, b * inSize, h, w, c, k, ho, wo);
            return;
        }
        final int taps = window.length;
        final float inv = 1f / taps;
        java.util.Arrays.fill(gradIn, 0, batch * inSize, 0f);
        for (int b = 0; b < batch; b++) {
            final int ib = b * inSize;
            final int gb = b * outSize;
            if (kind == Kind.MAX) {
                maxBackward(t, gradOut, gb, gradIn, ib);
                continue;
            }
            for (int oy = 0, o = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    final int corner = ib + (oy * stride * w + ox * stride) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        final float g = gradOut[gb + o];
                        for (int q = 0; q < taps; q++) gradIn[corner + ch + window[q]] += g * inv;
                    }
                }
            }
        }
    }

    /** Each output's error goes to the first input of its window that holds the maximum (found in forward). */
    private void maxBackward(int t, float[] gradOut, int gb, float[] gradIn, int ib) {
        final int ob = t * batch * c * ho * wo + gb;
        for (int oy = 0, o = 0; oy < ho; oy++) {
            for (int ox = 0; ox < wo; ox++) {
                final int corner = ib + (oy * stride * w + ox * stride) * c;
                for (int ch = 0; ch < c; ch++, o++) gradIn[corner + ch + window[(int) winner[ob + o]]] += gradOut[gb + o];
            }
        }
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public long bytesHeld() {
        long used = (long) steps * batch * outputSize();
        return out == null ? 0 : 4L * used + (winner == null ? 0 : 4L * used);
    }
}
