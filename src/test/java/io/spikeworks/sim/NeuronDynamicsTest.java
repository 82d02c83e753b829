package io.spikeworks.sim;

import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Membrane traces against closed forms and hand-computed values, one neuron, batch 1. */
class NeuronDynamicsTest {
    static final SpikeFunction HEAVISIDE = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);

    /** Runs one neuron on the given input currents; returns {membrane, spikes}. */
    static float[][] run(NeuronModel m, float... input) {
        int steps = input.length;
        NeuronState s = new NeuronState(m, 1, 1, steps);
        s.reset();
        for (int t = 0; t < steps; t++) s.forward(t, input, t, HEAVISIDE);
        return new float[][]{s.membrane(), s.spikes()};
    }

    static float[] constant(float v, int steps) {
        float[] a = new float[steps];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void lifUnderConstantInputFollowsTheGeometricSeriesUntilItFires() {
        double beta = 0.9;
        float current = 0.15f;
        float[][] r = run(NeuronModel.lif(beta, 1.0, ResetMode.SUBTRACT, 0), constant(current, 40));
        int first = -1;
        for (int t = 0; t < 40 && first < 0; t++) {
            double closed = current * (1 - Math.pow(beta, t + 1)) / (1 - beta);
            assertEquals(closed, r[0][t], 1e-5, "U[" + t + "]");
            if (closed >= 1.0) first = t;
            else assertEquals(0f, r[1][t], "no spike below threshold at step " + t);
        }
        // U∞ = 1.5 > θ, first crossing at t = ceil(log(1 − θ(1−β)/I)/log β) − 1
        int expected = (int) Math.ceil(Math.log(1 - 1.0 * (1 - beta) / current) / Math.log(beta)) - 1;
        assertEquals(expected, first);
        assertEquals(1f, r[1][first]);
        // reset by subtraction: the next step starts from U − θ
        assertEquals(beta * r[0][first] + current - 1.0, r[0][first + 1], 1e-6);
    }

    @Test
    void integrateAndFireWithSubtractionFiresExactlyFloorOfChargeOverThreshold() {
        float[][] r = run(NeuronModel.integrateAndFire(1.0, ResetMode.SUBTRACT, 0), constant(0.25f, 22));
        int count = 0;
        for (int t = 0; t < 22; t++) {
            if (r[1][t] > 0) {
                count++;
                assertEquals(3, t % 4, "IF with I = θ/4 fires every 4th step");
            }
        }
        assertEquals(5, count); // floor(22 · 0.25)
        assertEquals(0.5f, r[0][21], 1e-6); // 22·0.25 − 5·1 … U before its own reset: 5.5 − 5
    }

    @Test
    void resetToZeroForgetsTheChargeAboveThreshold() {
        float[][] r = run(NeuronModel.lif(1.0, 1.0, ResetMode.ZERO, 0), 0.6f, 0.6f, 0.6f, 0.6f);
        assertEquals(0.6f, r[0][0], 1e-6);
        assertEquals(1.2f, r[0][1], 1e-6);
        assertEquals(1f, r[1][1]);
        assertEquals(0.6f, r[0][2], 1e-6); // zero reset, then + I
        assertEquals(1.2f, r[0][3], 1e-6);
    }

    @Test
    void refractoryStepsIgnoreInputButKeepLeaking() {
        float[][] r = run(NeuronModel.lif(0.5, 1.0, ResetMode.SUBTRACT, 2), 1.2f, 1f, 1f, 1f, 0f);
        assertEquals(1f, r[1][0]); // fires at once
        // t=1,2 refractory: U = β·U − θ·S(prev), no input, no spike
        assertEquals(0.5f * 1.2f - 1f, r[0][1], 1e-6);
        assertEquals(0f, r[1][1]);
        assertEquals(0.5f * (0.5f * 1.2f - 1f), r[0][2], 1e-6);
        assertEquals(0f, r[1][2]);
        // t=3 integrates again
        assertEquals(0.5f * r[0][2] + 1f, r[0][3], 1e-6);
    }

    @Test
    void cubaLifMatchesTheTwoExponentialClosedFormForAPulse() {
        double alpha = 0.7;
        double beta = 0.9;
        float[] input = new float[12];
        input[0] = 0.5f;
        float[][] r = run(NeuronModel.cubaLif(alpha, beta, 10.0, ResetMode.ZERO, 0, 0), input);
        for (int t = 0; t < 12; t++) {
            double closed = 0;
            for (int k = 0; k <= t; k++) closed += 0.5 * Math.pow(alpha, k) * Math.pow(beta, t - k);
            assertEquals(closed, r[0][t], 1e-6, "U[" + t + "]");
        }
    }

    @Test
    void integerStateIsAMultipleOfTheQuantumAndSaturates() {
        NeuronModel m = NeuronModel.cubaLif(0.5, 0.5, 1.0, ResetMode.ZERO, 0, 8);
        double quantum = Math.pow(2, -(8 - 4));
        float[][] r = run(m, 0.3f, 0.3f, 100f, 0f);
        for (int t = 0; t < 4; t++) {
            double q = r[0][t] / quantum;
            assertEquals(Math.rint(q), q, 1e-6, "U[" + t + "] on the grid");
        }
        assertEquals(0.25f, r[0][0], 1e-7); // 0.3 truncated toward zero to 4/16
        assertTrue(r[0][2] <= 127 * quantum + 1e-6, "saturates at 127 quanta");
    }

    @Test
    void singleSpikeNeuronFiresAtMostOnce() {
        float[][] r = run(NeuronModel.singleSpike(1.0, 1.0), constant(0.6f, 30));
        int count = 0;
        for (float s : r[1]) count += (int) s;
        assertEquals(1, count);
        assertEquals(1f, r[1][1]);
    }
}
