package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.WeightInit;
import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.learn.optim.AdamOptimizer;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.sim.Conv2dLayer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.PoolLayer;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.LatencyEncoder;
import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.encode.SpikeEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;

import java.util.ArrayList;
import java.util.List;

/**
 * Small networks and a synthetic three-class task (noisy prototypes on a 6×6 image) for weight-symmetry tests:
 * dense 36-24-16-3 or conv(4@3×3)-avgpool-dense 16-3, rate (Poisson, LIF, spike count, CE) or TTFS (latency,
 * single-spike, first-spike time, temporal CE) coding.
 */
final class ToyTraining {
    static final int SIDE = 6;
    static final int FEATURES = SIDE * SIDE;
    static final int CLASSES = 3;
    static final int BATCH = 16;
    static final int STEPS = 8;

    enum Coding { RATE, TTFS }

    enum Shape { DENSE, CONV }

    private ToyTraining() {}

    static Network network(Shape shape, Coding coding, long seed) {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 5);
        NeuronModel n = coding == Coding.RATE ? NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0)
                : NeuronModel.singleSpike(1.0, 0.5);
        int[] in = {1, SIDE, SIDE};
        List<Layer> layers = new ArrayList<>();
        if (shape == Shape.DENSE) {
            layers.add(new DenseLayer("h1", in, 24, true, n, f));
            layers.add(new DenseLayer("h2", new int[]{24}, 16, true, n, f));
            layers.add(new DenseLayer("out", new int[]{16}, CLASSES, true, n, f));
        } else {
            Conv2dLayer conv = new Conv2dLayer("c1", in, 4, 3, 1, 1, true, n, f);
            PoolLayer pool = new PoolLayer("p1", PoolLayer.Kind.MAX, conv.outputShape(), 2, 2);
            DenseLayer h = new DenseLayer("h2", pool.outputShape(), 16, true, n, f);
            layers.add(conv);
            layers.add(pool);
            layers.add(h);
            layers.add(new DenseLayer("out", new int[]{16}, CLASSES, true, n, f));
        }
        FastRandom rng = new FastRandom(seed);
        for (Layer l : layers) if (l instanceof SpikingLayer s) WeightInit.XAVIER.apply(s, rng);
        Readout.Kind readout = coding == Coding.RATE ? Readout.Kind.SPIKE_COUNT : Readout.Kind.FIRST_SPIKE_TIME;
        return new Network(in, layers, new Readout(readout));
    }

    static Trainer trainer(Network net, Coding coding, LearningRule rule, double learningRate) {
        SpikeEncoder enc = coding == Coding.RATE ? new PoissonEncoder(1.0) : new LatencyEncoder(0.05);
        Loss loss = coding == Coding.RATE ? CrossEntropyLoss.onCounts() : CrossEntropyLoss.onFirstSpikeTimes(1.0);
        return new Trainer(net, enc, loss, new AdamOptimizer(0.9, 0.999, 1e-8, 0), rule, STEPS, learningRate,
                LearningRateSchedule.constant());
    }

    /** Batch number k of the synthetic task: class c lights up its own third of the image, plus noise. */
    static float[] pixels(int k, int[] labels) {
        FastRandom rng = new FastRandom(1000 + k);
        float[] x = new float[BATCH * FEATURES];
        for (int b = 0; b < BATCH; b++) {
            int c = rng.nextInt(CLASSES);
            labels[b] = c;
            for (int i = 0; i < FEATURES; i++) {
                boolean on = (i / SIDE) / 2 == c;
                x[b * FEATURES + i] = Math.min(1f, Math.max(0f, (on ? 0.85f : 0.1f) + 0.2f * (rng.nextFloat() - 0.5f)));
            }
        }
        return x;
    }

    /** Trains `iterations` batches; returns the mean accuracy over the last quarter of them. */
    static double train(Trainer t, int iterations) {
        return train(t, 0, iterations);
    }

    /** Trains batches from … to−1; returns the mean accuracy over the last quarter of them. */
    static double train(Trainer t, int from, int to) {
        int iterations = to - from;
        int[] labels = new int[BATCH];
        int correct = 0, seen = 0;
        for (int k = from; k < to; k++) {
            var r = t.trainBatch(pixels(k, labels), labels, BATCH, 77 + k);
            if (!Double.isFinite(r.loss())) throw new AssertionError("loss became " + r.loss() + " at batch " + k);
            if (k - from >= iterations * 3 / 4) {
                correct += r.correct();
                seen += BATCH;
            }
        }
        return (double) correct / seen;
    }

    static List<float[]> weightsAndBiases(Network net) {
        List<float[]> out = new ArrayList<>();
        for (Param p : net.params()) out.add(p.value.clone());
        return out;
    }
}
