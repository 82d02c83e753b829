package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import java.util.Arrays;

/**
 * The state and the per-step history of one layer of neurons over a batch, and the BPTT recurrence
 * through it. Arrays are [t][b][n] flattened; the history is what the backward pass must hold.
 */
public final class NeuronState {
    final NeuronModel model;
    final int batch;
    final int neurons;
    final int steps;
    final int stride;
    /** Only the last two steps are kept (see the constructor). */
    final boolean twoSteps;
    /** Only the last two steps of spikes are kept (with {@link #twoSteps}, or alone: see the constructor). */
    final boolean spikesTwoSteps;
    /** U[t] before its reset takes effect, the value compared with θ. */
    final float[] mem;
    final float[] spikes;
    /** a[t]; null when the model is never gated. */
    final byte[] active;
    private final float[] current;
    private final int[] refractoryLeft;
    private final float[] gradMemNext;
    private final float[] gradCurNext;
    private final float alpha;
    private final float beta;
    private final float theta;
    private final float quantum;
    private final float saturation;
    /** Per-neuron α, β, θ replacing the model's; null when all neurons share the model's. */
    private final NeuronValues values;

    NeuronState(NeuronModel model, int batch, int neurons, int steps) {
        this(model, null, batch, neurons, steps);
    }

    NeuronState(NeuronModel model, NeuronValues values, int batch, int neurons, int steps) {
        this(model, values, batch, neurons, steps, null);
    }

    /**
     * @param previous a state of the same layer whose arrays are reused when they are large enough (a smaller batch,
     *                 such as an epoch's last or an evaluation round's), so changing batch sizes make no garbage;
     *                 the arrays may then be longer than steps × batch × neurons
     */
    NeuronState(NeuronModel model, NeuronValues values, int batch, int neurons, int steps, NeuronState previous) {
        this(model, values, batch, neurons, steps, previous, false, false);
    }

    /**
     * @param twoSteps       keep only the last two steps (step t in row t mod 2), for a forward-only pass whose consumer
     *                       reads the spike lists, not the history; only {@link #forwardSample} may then run
     * @param spikesTwoSteps keep only the last two steps of spikes but every step of membrane potential, for a
     *                       training pass whose spikes are consumed as they are made ({@link #stepSample}) and whose
     *                       backward pass needs no spikes (subtractive reset); only {@link #stepSample} may then run
     */
    NeuronState(NeuronModel model, NeuronValues values, int batch, int neurons, int steps, NeuronState previous,
                boolean twoSteps, boolean spikesTwoSteps) {
        if (spikesTwoSteps && model.reset() != ResetMode.SUBTRACT)
            throw new IllegalArgumentException("dropping the spike history needs the subtractive reset, whose backward pass reads no spikes");
        this.model = model;
        this.batch = batch;
        this.neurons = neurons;
        this.steps = steps;
        this.twoSteps = twoSteps;
        this.spikesTwoSteps = twoSteps || spikesTwoSteps;
        this.stride = batch * neurons;
        final int rows = twoSteps ? 2 : steps;
        final int spikeRows = this.spikesTwoSteps ? 2 : steps;
        boolean hasCurrent = model.alpha() > 0 || (values != null && values.hasCurrent());
        boolean reuse = previous != null && previous.neurons == neurons && previous.mem.length >= rows * stride
                && previous.spikes.length >= spikeRows * stride
                && previous.gradMemNext.length >= stride && (previous.active != null) == model.gated()
                && (previous.current != null) == hasCurrent;
        this.mem = reuse ? previous.mem : new float[rows * stride];
        this.spikes = reuse ? previous.spikes : new float[spikeRows * stride];
        this.active = !model.gated() ? null : reuse ? previous.active : new byte[rows * stride];
        this.values = values;
        this.current = !hasCurrent ? null : reuse && previous.current.length >= stride ? previous.current : new float[stride];
        this.refractoryLeft = !model.gated() ? null : reuse && previous.refractoryLeft.length >= stride ? previous.refractoryLeft : new int[stride];
        this.gradMemNext = reuse ? previous.gradMemNext : new float[stride];
        this.gradCurNext = !hasCurrent ? null : reuse && previous.gradCurNext.length >= stride ? previous.gradCurNext : new float[stride];
        this.alpha = (float) model.alpha();
        this.beta = (float) model.beta();
        this.theta = (float) model.threshold();
        if (model.stateBits() > 0) {
            quantum = (float) (model.threshold() * Math.pow(2, -(model.stateBits() - 4)));
            saturation = (float) (quantum * (Math.pow(2, model.stateBits() - 1) - 1));
        } else {
            quantum = 0;
            saturation = 0;
        }
    }

    /** Bytes this state holds for the backward pass. */
    public long bytesHeld() {
        long used = (long) (twoSteps ? 2 : steps) * stride;
        long spikeRows = (long) (spikesTwoSteps ? 2 : steps) * stride;
        return 4L * used + 4L * spikeRows + (active != null ? used : 0);
    }

    /**
     * Whether {@link #forwardSample} applies: plain LIF/IF neurons (no synaptic current, gating, refractory period
     * or fixed-point state) and a Heaviside spike.
     */
    boolean steppablePerSample(SpikeFunction f) {
        return current == null && active == null && quantum == 0 && values == null && !f.smooth();
    }

    /** {@link #steppablePerSample} for a state not built yet: the same test on what the state would be made of. */
    static boolean steppablePerSample(NeuronModel model, NeuronValues values, SpikeFunction f) {
        return model.alpha() <= 0 && !model.gated() && model.stateBits() <= 0 && values == null && !f.smooth();
    }

    /**
     * Advances sample b's neurons by step t, given its current (n floats at inOff), listing its spikes in slot
     * (slot, 0) of events. Steps of one sample may run back to back, so its state of step t − 1 is still in cache.
     * Only when {@link #steppablePerSample}; results equal {@link #forward}'s.
     */
    void forwardSample(int t, int b, float[] input, int inOff, SpikeEvents events, int slot) {
        if (spikesTwoSteps && !twoSteps) throw new IllegalStateException("a state without its spike history steps by stepSample only");
        final int base = (twoSteps ? t & 1 : t) * stride + b * neurons;
        final boolean subtract = model.reset() == ResetMode.SUBTRACT;
        if (t > 0) {
            final int prev = (twoSteps ? (t - 1) & 1 : t - 1) * stride + b * neurons;
            Kernels.get().lifStepListing(mem, spikes, base, prev, input, inOff, 1, neurons, beta, theta, subtract,
                    slot, events);
            return;
        }
        events.open(slot, 0);
        final int[] listed = events.reserve(neurons);
        int c = events.cursor();
        for (int i = 0; i < neurons; i++) {
            float u = input[inOff + i];
            mem[base + i] = u;
            float s = u - theta >= 0f ? 1f : 0f;
            spikes[base + i] = s;
            listed[c] = i;
            c += (int) s;
        }
        events.commit(c);
        events.close();
    }

    /**
     * {@link #forwardSample} without listing the spikes: returns where sample b's spikes of step t lie in
     * {@link #spikes}, for a consumer that reads them at once.
     */
    int stepSample(int t, int b, float[] input, int inOff) {
        final int base = (twoSteps ? t & 1 : t) * stride + b * neurons;
        final int sBase = (spikesTwoSteps ? t & 1 : t) * stride + b * neurons;
        if (t > 0) {
            final int prev = (twoSteps ? (t - 1) & 1 : t - 1) * stride + b * neurons;
            final int sPrev = (spikesTwoSteps ? (t - 1) & 1 : t - 1) * stride + b * neurons;
            Kernels.get().lifStep(mem, base, prev, spikes, sBase, sPrev, input, inOff, neurons, beta, theta,
                    model.reset() == ResetMode.SUBTRACT);
            return sBase;
        }
        for (int i = 0; i < neurons; i++) {
            float u = input[inOff + i];
            mem[base + i] = u;
            spikes[sBase + i] = u - theta >= 0f ? 1f : 0f;
        }
        return sBase;
    }

    /** Advances all neurons by step t given input current I[t] (b×n); spikes land in the history. */
    void forward(int t, float[] input, int inOff, SpikeFunction f) {
        forward(t, input, inOff, f, null);
    }

    /** As above; with events, also lists which neurons of each sample spiked at t. */
    void forward(int t, float[] input, int inOff, SpikeFunction f, SpikeEvents events) {
        if (spikesTwoSteps) throw new IllegalStateException("a state that keeps two steps steps sample by sample only");
        final int base = t * stride;
        final int prev = base - stride;
        final boolean subtract = model.reset() == ResetMode.SUBTRACT;
        if (t > 0 && current == null && active == null && quantum == 0 && values == null && !f.smooth()) {
            if (events != null) {
                Kernels.get().lifStepListing(mem, spikes, base, prev, input, inOff, batch, neurons, beta, theta,
                        subtract, t, events);
            } else {
                Kernels.get().lifStep(mem, spikes, base, prev, input, inOff, stride, beta, theta, subtract);
            }
            return;
        }
        for (int b = 0; b < batch; b++) {
            if (events != null) {
                events.open(t, b);
                events.ensure(neurons);
            }
            final int end = (b + 1) * neurons;
            for (int i = b * neurons; i < end; i++) {
            final int n = i - b * neurons;
            final float alpha = values == null ? this.alpha : values.alpha()[n];
            final float beta = values == null ? this.beta : values.beta()[n];
            final float theta = values == null ? this.theta : values.threshold()[n];
            float j = input[inOff + i];
            if (current != null) {
                j += alpha * current[i];
                if (quantum > 0) j = quantize(j);
                current[i] = j;
            }
            float a = 1f;
            if (active != null) {
                if (refractoryLeft[i] > 0) {
                    a = 0f;
                    if (!model.singleSpike()) refractoryLeft[i]--;
                }
                active[base + i] = (byte) a;
            }
            float u;
            if (t == 0) {
                u = a * j;
            } else {
                float up = mem[prev + i];
                float sp = spikes[prev + i];
                u = subtract ? beta * up + a * j - theta * sp : beta * up * (1f - sp) + a * j;
            }
            if (quantum > 0) u = quantize(u);
            mem[base + i] = u;
            float s = a * f.fire(u - theta);
            spikes[base + i] = s;
            if (events != null) events.addIf(i - b * neurons, s != 0f);
            if (active != null && u >= theta && a > 0f) refractoryLeft[i] = model.singleSpike() ? 1 : model.refractory();
            }
            if (events != null) events.close();
        }
    }

    private float quantize(float v) {
        float q = (float) (int) (v / quantum) * quantum; // toward zero, like an arithmetic shift of a magnitude
        return Math.max(-saturation, Math.min(saturation, q));
    }

    /**
     * One BPTT step, called for t = T−1 down to 0. gradSpikes is dL/dS[t] from downstream, gradMem an extra
     * dL/dU[t] from a membrane readout (may be null); dL/dI[t] is written into gradCurrent.
     */
    void backward(int t, float[] gradSpikes, float[] gradMem, float[] gradCurrent, SpikeFunction f) {
        final int base = t * stride;
        final boolean subtract = model.reset() == ResetMode.SUBTRACT;
        final boolean last = t == steps - 1;
        if (values == null && active == null && gradCurNext == null && f.surrogate() == Surrogate.FAST_SIGMOID) {
            Kernels.get().lifBackwardFastSigmoid(mem, spikes, base, gradMemNext, gradSpikes, gradMem, gradCurrent, 0,
                    stride, beta, theta, f.scale(), subtract, last);
            return;
        }
        // locals, so the JIT sees the per-neuron test as loop-invariant and keeps the shared-value loop as it was
        final float[] alphas = values == null ? null : values.alpha();
        final float[] betas = values == null ? null : values.beta();
        final float[] thetas = values == null ? null : values.threshold();
        for (int i = 0; i < stride; i++) {
            final float alpha = alphas == null ? this.alpha : alphas[i % neurons];
            final float beta = betas == null ? this.beta : betas[i % neurons];
            final float theta = thetas == null ? this.theta : thetas[i % neurons];
            float u = mem[base + i];
            float a = active != null ? active[base + i] : 1f;
            float gNext = last ? 0f : gradMemNext[i];
            float gs = gradSpikes != null ? gradSpikes[i] : 0f;
            float gu;
            if (subtract) {
                gs -= theta * gNext;
                gu = beta * gNext;
            } else {
                float s = spikes[base + i];
                gs -= beta * u * gNext;
                gu = beta * (1f - s) * gNext;
            }
            gu += a * gs * f.derivative(u - theta);
            if (gradMem != null) gu += gradMem[i];
            gradMemNext[i] = gu;
            float gj = a * gu;
            if (gradCurNext != null) {
                gj += last ? 0f : alpha * gradCurNext[i];
                gradCurNext[i] = gj;
            }
            gradCurrent[i] = gj;
        }
    }

    /**
     * Drops the dL/dU (and dL/dI) carried back from step t + 1, so the next {@link #backward} step starts as if it
     * were the last: truncated BPTT keeps no gradient across a window's end while the state itself carried on.
     */
    void cutCarriedGradient() {
        Arrays.fill(gradMemNext, 0f);
        if (gradCurNext != null) Arrays.fill(gradCurNext, 0f);
    }

    void reset() {
        if (current != null) Arrays.fill(current, 0f);
        if (refractoryLeft != null) Arrays.fill(refractoryLeft, 0);
    }

    public float[] spikes() {
        return spikes;
    }

    public float[] membrane() {
        return mem;
    }
}
