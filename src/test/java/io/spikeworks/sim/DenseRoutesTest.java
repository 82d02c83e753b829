package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ND4J route for dense (non-spike) inputs gives what the plain loops give. */
class DenseRoutesTest {
    @ParameterizedTest(name = "batch {0}, {1}→{2}")
    @CsvSource({"1, 1100, 1000", "7, 400, 380", "64, 300, 129", "3, 50, 40"})
    void nd4jAndPlainLoopsAgree(int batch, int in, int out) {
        FastRandom rng = new FastRandom(batch * 31L + in);
        SpikeFunction f = new SpikeFunction(Surrogate.ARCTAN, 2, true); // smooth: outputs are not spikes
        DenseLayer big = new DenseLayer("d", new int[]{in}, out, true, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), f);
        for (int i = 0; i < big.weights().size(); i++) big.weights().value[i] = (float) rng.nextGaussian() * 0.1f;
        float[] x = new float[2 * batch * in];
        for (int i = 0; i < x.length; i++) x[i] = rng.nextFloat();
        boolean nd4j = (long) batch * in * out >= DenseLayer.ND4J_MIN_MACS;

        big.prepare(batch, 2);
        EngineCounters c = new EngineCounters();
        big.forward(0, x, 0, false, null, c);
        big.forward(1, x, batch * in, false, null, c);
        float[] viaRoute = big.output().clone();

        // plain reference product
        float[] expectedCurrent = new float[batch * out];
        for (int b = 0; b < batch; b++)
            for (int o = 0; o < out; o++) {
                double s = 0;
                for (int i = 0; i < in; i++) s += x[b * in + i] * big.weights().value[i * out + o];
                expectedCurrent[b * out + o] = (float) s;
            }
        float[] mem = big.state().membrane();
        for (int i = 0; i < batch * out; i++) assertEquals(expectedCurrent[i], mem[i], 2e-4f * (1 + Math.abs(expectedCurrent[i])));

        float[] g = new float[batch * out];
        for (int i = 0; i < g.length; i++) g[i] = rng.nextFloat() - 0.5f;
        float[] gin = new float[batch * in];
        big.propagate(g, big.weights().value, gin, c);
        for (int b = 0; b < batch; b++)
            for (int i = 0; i < in; i += 13) {
                double s = 0;
                for (int o = 0; o < out; o++) s += g[b * out + o] * big.weights().value[i * out + o];
                assertEquals(s, gin[b * in + i], 1e-4 * (1 + Math.abs(s)), "dX[" + b + "," + i + "] via " + (nd4j ? "ND4J" : "loops"));
            }
        assertEquals(viaRoute.length, big.output().length);
    }
}
