package io.spikeworks.chip;

import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayList;
import java.util.List;

/**
 * Quantisation-aware training with the straight-through estimator: the forward (and backward) pass runs
 * on quantised weights, the optimiser updates a float "shadow" copy with those gradients, and the shadow
 * is quantised again for the next batch. Small updates therefore accumulate in the shadow until they move
 * a weight to the next level, as they would not if the quantised weights were updated directly.
 * <p>
 * Per batch the engine calls:
 * <pre>
 *   ste.quantizeForForward();   // params hold q(shadow)
 *   net.forward(...); net.backward(...);
 *   ste.restoreForUpdate();     // params hold the float shadow again
 *   optimizer.step(...);        // updates the shadow with gradients taken at q(shadow)
 *   meter.recordTraining(delta, ste.takeWeightWrites());
 * </pre>
 * Evaluate between {@code quantizeForForward()} and {@code restoreForUpdate()} too, so inference runs on
 * the weights the chip holds.
 * Only synaptic weights are quantised; biases stay float. Each tensor gets its own scale, max|w| / maxLevel,
 * recomputed from the shadow at every quantisation unless {@link #freezeScales()} fixed it (a chip's shared
 * weight exponent is fixed once the network is loaded).
 */
public final class StraightThroughWeights {
    private final List<Param> params;
    private final WeightQuantizer quantizer;
    private final float[][] shadow;
    private final long[][] levels;
    private final float[] fixedScale;
    private boolean quantized;
    private long changed;
    private long writesUntaken;

    public StraightThroughWeights(List<Param> weights, WeightQuantizer quantizer) {
        this.params = List.copyOf(weights);
        this.quantizer = quantizer;
        this.shadow = new float[params.size()][];
        this.levels = new long[params.size()][];
        this.fixedScale = new float[params.size()];
        for (int i = 0; i < params.size(); i++) {
            shadow[i] = new float[params.get(i).size()];
            fixedScale[i] = Float.NaN;
        }
    }

    /** The weights of every spiking layer of the network. */
    public static StraightThroughWeights forNetwork(Network net, WeightQuantizer quantizer) {
        List<Param> weights = new ArrayList<>();
        for (SpikingLayer l : net.spikingLayers()) weights.add(l.weights());
        return new StraightThroughWeights(weights, quantizer);
    }

    /** Saves the float weights as the shadow and replaces them by their quantised values. */
    public void quantizeForForward() {
        if (quantizer.isIdentity()) return;
        if (quantized) throw new IllegalStateException("already quantised; call restoreForUpdate() first");
        long n = 0;
        for (int i = 0; i < params.size(); i++) {
            float[] w = params.get(i).value;
            System.arraycopy(w, 0, shadow[i], 0, w.length);
            float scale = Float.isNaN(fixedScale[i]) ? quantizer.scaleFor(w, 0, w.length) : fixedScale[i];
            long[] prev = levels[i];
            long[] now = new long[w.length];
            for (int j = 0; j < w.length; j++) {
                now[j] = quantizer.level(w[j], scale);
                w[j] = now[j] * scale;
                if (prev == null || prev[j] != now[j]) n++;
            }
            levels[i] = now;
        }
        changed = n;
        writesUntaken += n;
        quantized = true;
    }

    /** Puts the float shadow back so that the optimiser updates it. */
    public void restoreForUpdate() {
        if (quantizer.isIdentity()) return;
        if (!quantized) throw new IllegalStateException("not quantised; call quantizeForForward() first");
        for (int i = 0; i < params.size(); i++) System.arraycopy(shadow[i], 0, params.get(i).value, 0, shadow[i].length);
        quantized = false;
    }

    /** Fixes each tensor's scale at its current max|w| / maxLevel; later growth saturates. */
    public void freezeScales() {
        for (int i = 0; i < params.size(); i++) {
            float[] w = quantized ? shadow[i] : params.get(i).value;
            fixedScale[i] = quantizer.scaleFor(w, 0, w.length);
        }
    }

    /**
     * Stored weights whose level changed at the last {@link #quantizeForForward()} (all of them the first
     * time): the weight writes a chip would do. For the float identity it is 0; use {@link #weightCount()}.
     */
    public long changedWeights() {
        return changed;
    }

    /**
     * Weight writes since the last call, and resets: what the energy meter charges as weight updates. Also
     * quantising for an evaluation pass picks up the writes the last optimiser step caused, so no write is
     * lost or counted twice however the engine interleaves training and evaluation.
     */
    public long takeWeightWrites() {
        long n = writesUntaken;
        writesUntaken = 0;
        return n;
    }

    public long weightCount() {
        long n = 0;
        for (Param p : params) n += p.size();
        return n;
    }

    public WeightQuantizer quantizer() {
        return quantizer;
    }
}
