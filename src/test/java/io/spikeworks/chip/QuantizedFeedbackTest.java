package io.spikeworks.chip;

import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class QuantizedFeedbackTest {
    @Test
    void feedbackWeightsAreQuantisedToTheirOwnBitsAndTheForwardWeightsAreUntouched() {
        DenseLayer layer = new DenseLayer("d", new int[]{2}, 2, false, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0),
                SpikeFunction.of(Surrogate.ARCTAN, 2));
        float[] w = {1.5f, 0.2f, -0.4f, 0.9f};
        System.arraycopy(w, 0, layer.weights().value, 0, 4);
        QuantizedFeedback fb = new QuantizedFeedback(FeedbackSource.TRANSPOSE, new WeightQuantizer(3, true, Rounding.NEAREST, 1));
        // scale 1.5 / 3 = 0.5: levels 3, 0 (0.4), −1 (−0.8), 2 (1.8)
        assertArrayEquals(new float[]{1.5f, 0f, -0.5f, 1.0f}, fb.feedbackWeights(layer));
        assertArrayEquals(w, layer.weights().value);
        QuantizedFeedback identity = new QuantizedFeedback(FeedbackSource.TRANSPOSE, new WeightQuantizer(32, true, Rounding.NEAREST, 1));
        assertSame(layer.weights().value, identity.feedbackWeights(layer));
    }
}
