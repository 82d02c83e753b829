package io.spikeworks.sim;

import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;
import java.util.Arrays;

/**
 * A layer of neurons stepped in primal and tangent mode together (forward-mode differentiation of
 * {@link NeuronModel}'s equations), for D directions at once, holding one step of state:
 * <pre>
 *   dJ[t] = α·dJ[t−1] + dI[t]
 *   dU[t] = β·dU[t−1] + a[t]·dJ[t] − θ·dS[t−1]                              reset by subtraction
 *   dU[t] = β·dU[t−1]·(1 − S[t−1]) − β·U[t−1]·dS[t−1] + a[t]·dJ[t]          reset to zero
 *   dS[t] = a[t]·H'(U[t] − θ)·dU[t]                                          H' from a {@link SpikeDerivative}
 * </pre>
 * The reset's own derivative flows, as in {@link NeuronState}'s BPTT; the gate a[t] and fixed-point rounding pass
 * tangents straight through, as BPTT's gradients do. With BPTT's surrogate as H', the directional derivative of any
 * readout of this pass equals BPTT's gradient dotted with the direction, up to float rounding.
 */
final class NeuronTangent {
    private final NeuronModel model;
    private final NeuronValues values;
    private final SpikeFunction spike;
    private final SpikeDerivative derivative;
    private final int stride;
    private final int neurons;
    private final int directions;
    private final boolean subtract;
    private final float quantum;
    private final float saturation;
    final float[] mem;
    final float[] spikes;
    private final float[] current;
    private final int[] refractoryLeft;
    final float[] memTangent;
    final float[] spikeTangent;
    private final float[] currentTangent;
    /** Per neuron of the step being taken: the gate a[t], U[t−1], S[t−1] and a[t]·H'(U[t] − θ). */
    private final float[] gate;
    private final float[] previousMem;
    private final float[] previousSpike;
    private final float[] slope;

    NeuronTangent(NeuronModel model, NeuronValues values, SpikeFunction spike, SpikeDerivative derivative, int batch,
                  int neurons, int directions) {
        this.model = model;
        this.values = values;
        this.spike = spike;
        this.derivative = derivative;
        this.neurons = neurons;
        this.stride = batch * neurons;
        this.directions = directions;
        this.subtract = model.reset() == ResetMode.SUBTRACT;
        if (model.stateBits() > 0) {
            quantum = (float) (model.threshold() * Math.pow(2, -(model.stateBits() - 4)));
            saturation = (float) (quantum * (Math.pow(2, model.stateBits() - 1) - 1));
        } else {
            quantum = 0;
            saturation = 0;
        }
        boolean hasCurrent = model.alpha() > 0 || (values != null && values.hasCurrent());
        mem = new float[stride];
        spikes = new float[stride];
        current = hasCurrent ? new float[stride] : null;
        refractoryLeft = model.gated() ? new int[stride] : null;
        memTangent = new float[directions * stride];
        spikeTangent = new float[directions * stride];
        currentTangent = hasCurrent ? new float[directions * stride] : null;
        gate = new float[stride];
        previousMem = new float[stride];
        previousSpike = new float[stride];
        slope = new float[stride];
    }

    long bytesHeld() {
        long floats = 6L * stride + 2L * directions * stride;
        if (current != null) floats += stride + (long) directions * stride;
        if (refractoryLeft != null) floats += stride;
        return 4 * floats;
    }

    void reset() {
        Arrays.fill(mem, 0f);
        Arrays.fill(spikes, 0f);
        Arrays.fill(memTangent, 0f);
        Arrays.fill(spikeTangent, 0f);
        if (current != null) {
            Arrays.fill(current, 0f);
            Arrays.fill(currentTangent, 0f);
        }
        if (refractoryLeft != null) Arrays.fill(refractoryLeft, 0);
    }

    /**
     * Step t from the input current I[t] (b × n) and its tangents dI[t] (D × b × n); afterwards mem, spikes and their
     * tangents hold step t.
     */
    void step(int t, float[] input, float[] inputTangent) {
        final float alpha0 = (float) model.alpha();
        final float beta0 = (float) model.beta();
        final float theta0 = (float) model.threshold();
        // primal first, keeping what the tangents need; then the tangents direction by direction, so each direction's
        // loop runs over contiguous floats (interleaving directions strides by b·n floats and thrashes the cache)
        for (int i = 0; i < stride; i++) {
            final int n = i % neurons;
            final float alpha = values == null ? alpha0 : values.alpha()[n];
            final float beta = values == null ? beta0 : values.beta()[n];
            final float theta = values == null ? theta0 : values.threshold()[n];
            float j = input[i];
            if (current != null) {
                j += alpha * current[i];
                if (quantum > 0) j = quantize(j);
                current[i] = j;
            }
            float a = 1f;
            if (refractoryLeft != null && refractoryLeft[i] > 0) {
                a = 0f;
                if (!model.singleSpike()) refractoryLeft[i]--;
            }
            final float up = mem[i];
            final float sp = spikes[i];
            float u;
            if (t == 0) u = a * j;
            else u = subtract ? beta * up + a * j - theta * sp : beta * up * (1f - sp) + a * j;
            if (quantum > 0) u = quantize(u);
            gate[i] = a;
            previousMem[i] = up;
            previousSpike[i] = sp;
            mem[i] = u;
            spikes[i] = a * spike.fire(u - theta);
            slope[i] = a * derivative.at(u - theta);
            if (refractoryLeft != null && u >= theta && a > 0f)
                refractoryLeft[i] = model.singleSpike() ? 1 : model.refractory();
        }
        for (int d = 0; d < directions; d++) {
            final int o = d * stride;
            for (int i = 0; i < stride; i++) {
                final int k = o + i;
                final float a = gate[i];
                float dj = inputTangent == null ? 0f : inputTangent[k];
                if (current != null) {
                    dj += (values == null ? alpha0 : values.alpha()[i % neurons]) * currentTangent[k];
                    currentTangent[k] = dj;
                }
                float du;
                if (t == 0) {
                    du = a * dj;
                } else {
                    final float beta = values == null ? beta0 : values.beta()[i % neurons];
                    final float dup = memTangent[k];
                    final float dsp = spikeTangent[k];
                    if (subtract) {
                        final float theta = values == null ? theta0 : values.threshold()[i % neurons];
                        du = beta * dup + a * dj - theta * dsp;
                    } else {
                        du = beta * dup * (1f - previousSpike[i]) - beta * previousMem[i] * dsp + a * dj;
                    }
                }
                memTangent[k] = du;
                spikeTangent[k] = slope[i] * du;
            }
        }
    }

    private float quantize(float v) {
        float q = (float) (int) (v / quantum) * quantum; // as NeuronState: toward zero, saturating
        return Math.max(-saturation, Math.min(saturation, q));
    }
}
