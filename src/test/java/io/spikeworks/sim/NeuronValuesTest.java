package io.spikeworks.sim;

import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-neuron α, β and θ against a loop written from the update equations, neuron by neuron. */
class NeuronValuesTest {
    private static final SpikeFunction HEAVISIDE = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);

    /** The equations of NeuronModel, one neuron at a time, in float: the reference. */
    private static float[] reference(float alpha, float beta, float theta, boolean subtract, float[] input, int steps,
                                     int neurons, int n) {
        float[] spikes = new float[steps];
        float j = 0, u = 0, s = 0;
        for (int t = 0; t < steps; t++) {
            j = alpha * j + input[t * neurons + n];
            u = t == 0 ? j : subtract ? beta * u + j - theta * s : beta * u * (1 - s) + j;
            s = u >= theta ? 1 : 0;
            spikes[t] = s;
        }
        return spikes;
    }

    @Test
    void everyNeuronFollowsItsOwnValues() {
        int neurons = 5, steps = 40, batch = 3;
        float[] alpha = {0f, 0.3f, 0.5f, 0f, 0.8f};
        float[] beta = {0.9f, 0.7f, 1f, 0.5f, 0.95f};
        float[] theta = {1f, 0.6f, 2f, 0.4f, 1.3f};
        SplittableRandom rng = new SplittableRandom(11);
        for (ResetMode reset : ResetMode.values()) {
            NeuronModel model = NeuronModel.cubaLif(0.2, 0.8, 1.0, reset, 0, 0);
            NeuronState s = new NeuronState(model, new NeuronValues(alpha, beta, theta), batch, neurons, steps);
            s.reset();
            float[] input = new float[steps * batch * neurons];
            for (int i = 0; i < input.length; i++) input[i] = (float) rng.nextDouble(-0.2, 0.6);
            for (int t = 0; t < steps; t++) s.forward(t, input, t * batch * neurons, HEAVISIDE);
            int fired = 0;
            for (int b = 0; b < batch; b++) {
                float[] sampleInput = new float[steps * neurons];
                for (int t = 0; t < steps; t++)
                    System.arraycopy(input, (t * batch + b) * neurons, sampleInput, t * neurons, neurons);
                for (int n = 0; n < neurons; n++) {
                    float[] want = reference(alpha[n], beta[n], theta[n], reset == ResetMode.SUBTRACT, sampleInput, steps,
                            neurons, n);
                    float[] got = new float[steps];
                    for (int t = 0; t < steps; t++) got[t] = s.spikes()[(t * batch + b) * neurons + n];
                    assertArrayEquals(want, got, reset + " sample " + b + " neuron " + n);
                    for (float v : got) fired += (int) v;
                }
            }
            assertTrue(fired > 20, "neurons fire: " + fired);
        }
    }

    /** A layer given its model's own values per neuron runs exactly as without them (and its fast path). */
    @Test
    void uniformValuesMatchTheModel() {
        int neurons = 7, steps = 30;
        NeuronModel model = NeuronModel.lif(0.85, 0.9, ResetMode.ZERO, 0);
        float[] a = new float[neurons], b = new float[neurons], th = new float[neurons];
        java.util.Arrays.fill(b, 0.85f);
        java.util.Arrays.fill(th, 0.9f);
        NeuronState plain = new NeuronState(model, 2, neurons, steps);
        NeuronState valued = new NeuronState(model, new NeuronValues(a, b, th), 2, neurons, steps);
        plain.reset();
        valued.reset();
        SplittableRandom rng = new SplittableRandom(3);
        float[] input = new float[steps * 2 * neurons];
        for (int i = 0; i < input.length; i++) input[i] = (float) rng.nextDouble(0, 0.5);
        for (int t = 0; t < steps; t++) {
            plain.forward(t, input, t * 2 * neurons, HEAVISIDE);
            valued.forward(t, input, t * 2 * neurons, HEAVISIDE);
        }
        assertArrayEquals(plain.spikes(), valued.spikes());
        assertArrayEquals(plain.membrane(), valued.membrane());
    }

    @Test
    void badValuesAreRefusedWithTheirIndex() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new NeuronValues(new float[2], new float[]{0.5f, 1.5f}, new float[]{1, 1}));
        assertTrue(e.getMessage().contains("beta[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new NeuronValues(new float[2], new float[2], new float[]{1, 0}));
        assertTrue(e.getMessage().contains("threshold[1]"), e.getMessage());
        assertEquals(2, new NeuronValues(new float[2], new float[2], new float[]{1, 2}).size());
    }
}
