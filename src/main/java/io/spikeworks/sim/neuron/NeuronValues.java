package io.spikeworks.sim.neuron;

import java.util.Objects;

/**
 * Per-neuron α, β and θ of one spiking layer, in the layer's output order (channels-last for C×H×W), for
 * networks whose neurons differ one from another, such as those read from NIR files. They replace the layer's
 * {@link NeuronModel} values of the same name; the model's kind, reset and refractory period still apply.
 *
 * @param alpha     synaptic-current decay per neuron; all zero for models without a current
 */
public record NeuronValues(float[] alpha, float[] beta, float[] threshold) {

    public NeuronValues {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
        Objects.requireNonNull(threshold, "threshold");
        if (alpha.length != beta.length || beta.length != threshold.length)
            throw new IllegalArgumentException("alpha, beta and threshold need one value per neuron, got "
                    + alpha.length + ", " + beta.length + " and " + threshold.length);
        for (int i = 0; i < beta.length; i++) {
            if (!(alpha[i] >= 0 && alpha[i] <= 1)) throw new IllegalArgumentException("alpha[" + i + "] must be in [0, 1], got " + alpha[i]);
            if (!(beta[i] >= 0 && beta[i] <= 1)) throw new IllegalArgumentException("beta[" + i + "] must be in [0, 1], got " + beta[i]);
            if (!(threshold[i] > 0) || Float.isInfinite(threshold[i]))
                throw new IllegalArgumentException("threshold[" + i + "] must be a finite number > 0, got " + threshold[i]);
        }
    }

    public int size() {
        return beta.length;
    }

    /** Whether any neuron has a synaptic current (α &gt; 0). */
    public boolean hasCurrent() {
        for (float a : alpha) if (a > 0) return true;
        return false;
    }
}
