package io.spikeworks.learn;

import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The triangle and rectangular surrogates through BPTT, checked as {@link BpttGradientCheckTest} checks fast
 * sigmoid and arctan: with each spike replaced by the surrogate's primitive (smooth mode), the engine's float
 * gradient must equal central finite differences of {@link ReferenceSnn}, an independent double-precision forward
 * pass. Both surrogates are zero outside a window, so the setup itself is checked too: membranes fall inside the
 * window and outside it (the zero part is exercised, not only the slope), and none lies near a point where the
 * primitive has a kink (the rectangle's edges), where a finite difference would straddle it and mean nothing.
 */
class PiecewiseSurrogateGradientCheckTest {
    static final int T = BpttGradientCheckTest.T;
    static final int BATCH = BpttGradientCheckTest.BATCH;
    static final int PIXELS = 36;
    /** Far beyond how much the finite-difference step or float rounding moves a membrane. */
    static final double KINK_MARGIN = 1e-4;

    @ParameterizedTest(name = "{0}, scale {1}, stride {2}, pad {3}, {4}")
    @CsvSource({
            "TRIANGLE, 0.8, 1, 1, SPIKE_COUNT",
            "TRIANGLE, 1.5, 2, 0, MEMBRANE_SUM",
            "RECTANGULAR, 0.5, 1, 1, SPIKE_COUNT",
            "RECTANGULAR, 0.8, 1, 0, MEMBRANE_SUM",
    })
    void bpttMatchesFiniteDifferences(Surrogate sur, double scale, int stride, int pad, Readout.Kind readout) {
        BpttGradientCheckTest.Built b = BpttGradientCheckTest.build(stride, pad, 0, sur, scale, readout, 7);
        Inputs in = Inputs.make(11);
        int[] labels = {1, 2};
        boolean mem = readout == Readout.Kind.MEMBRANE_SUM;

        float[] enc = new float[T * BATCH * PIXELS];
        new CurrentEncoder(1.0).encode(in.pixels, BATCH, PIXELS, T, 0, enc);
        float[] r = new float[BATCH * 3];
        EngineCounters c = new EngineCounters();
        b.net().forward(enc, false, BATCH, T, r, c);
        float[] dLdr = new float[BATCH * 3];
        CrossEntropyLoss.onCounts().compute(r, BATCH, 3, T, labels, null, dLdr);
        b.net().zeroGrad();
        b.net().backward(dLdr, c);

        // The float engine and the double reference agree on the forward pass.
        double[][] refR = b.ref().run(in.steps, b.refOut(), mem);
        for (int bb = 0; bb < BATCH; bb++)
            for (int i = 0; i < 3; i++) assertEquals(refR[bb][i], r[bb * 3 + i], 1e-4 * Math.max(1, Math.abs(refR[bb][i])));
        assertSetupMeaningful(b.ref(), sur, scale);

        BpttGradientCheckTest.assertMatchesFiniteDifferences(b, in.steps, labels, mem, sur + " ");
    }

    /**
     * Over every membrane of every spiking layer in the unperturbed reference run: at least a tenth inside the
     * surrogate's window and a tenth outside, and none within {@link #KINK_MARGIN} of a kink of the primitive.
     */
    static void assertSetupMeaningful(ReferenceSnn ref, Surrogate sur, double scale) {
        double halfWidth = sur == Surrogate.TRIANGLE ? 1 / scale : 0.5 / scale;
        // the triangle's primitive is C¹ (its edges and apex only bend the slope); the rectangle's slope jumps at ±halfWidth
        double[] kinks = sur == Surrogate.RECTANGULAR ? new double[]{-halfWidth, halfWidth} : new double[0];
        int inside = 0, outside = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (ReferenceSnn.Neurons n : ref.neuronGroups)
            for (double[][] step : n.memHistory)
                for (double[] sample : step)
                    for (double v : sample) {
                        double x = v - n.m.threshold();
                        if (Math.abs(x) < halfWidth) inside++;
                        else outside++;
                        for (double k : kinks) nearest = Math.min(nearest, Math.abs(x - k));
                    }
        int total = inside + outside;
        assertTrue(inside >= total / 10 && outside >= total / 10, sur + " scale " + scale + ": " + inside
                + " membranes inside the window, " + outside + " outside; both parts must be exercised");
        assertTrue(nearest > KINK_MARGIN, sur + " scale " + scale + ": a membrane lies " + nearest
                + " from a kink of the primitive; finite differences there are meaningless, pick another seed");
    }

    /** Pixel intensities per sample (for the engine's encoder) and the same as T equal steps (for the reference). */
    record Inputs(float[] pixels, double[][][] steps) {
        static Inputs make(long seed) {
            FastRandom rng = new FastRandom(seed);
            float[] pixels = new float[BATCH * PIXELS];
            for (int i = 0; i < pixels.length; i++) pixels[i] = rng.nextFloat();
            double[][][] steps = new double[T][BATCH][PIXELS];
            for (int t = 0; t < T; t++)
                for (int bb = 0; bb < BATCH; bb++)
                    for (int i = 0; i < PIXELS; i++) steps[t][bb][i] = pixels[bb * PIXELS + i];
            return new Inputs(pixels, steps);
        }
    }
}
