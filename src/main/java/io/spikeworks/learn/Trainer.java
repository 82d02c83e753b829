package io.spikeworks.learn;

import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikeEncoder;

/**
 * One training iteration: encode → forward over T steps → readout → loss → BPTT → optimiser step →
 * learning-rule hook. Buffers are sized once for the largest batch and reused.
 */
public final class Trainer {
    private final Network network;
    private final SpikeEncoder encoder;
    private final Loss loss;
    private final Optimizer optimizer;
    private final LearningRule rule;
    private final int steps;
    private final double baseLearningRate;
    private final LearningRateSchedule schedule;
    private final EngineCounters counters = new EngineCounters();
    private float[] encoded = new float[0];
    private float[] readout = new float[0];
    private float[] grad = new float[0];
    private long iteration;
    private double learningRate;

    public Trainer(Network network, SpikeEncoder encoder, Loss loss, Optimizer optimizer, LearningRule rule,
                   int steps, double learningRate, LearningRateSchedule schedule) {
        this.network = network;
        this.encoder = encoder;
        this.loss = loss;
        this.optimizer = optimizer;
        this.rule = rule;
        this.steps = steps;
        this.baseLearningRate = learningRate;
        this.learningRate = learningRate;
        this.schedule = schedule;
        rule.attach(network);
    }

    /** Sets the learning rate for the given point of training. */
    public void setProgress(int epoch, double progress) {
        learningRate = schedule.rate(baseLearningRate, epoch, progress);
    }

    public double learningRate() {
        return learningRate;
    }

    private void ensureBuffers(int batch) {
        int in = network.inputSize();
        int k = network.outputSize();
        if (encoded.length < steps * batch * in) encoded = new float[steps * batch * in];
        if (readout.length < batch * k) {
            readout = new float[batch * k];
            grad = new float[batch * k];
        }
    }

    /** Trains on one batch of intensities (b×features, channels-last) with class labels. */
    public BatchResult trainBatch(float[] pixels, int[] labels, int batch, long encodeSeed) {
        return trainBatch(pixels, labels, null, batch, encodeSeed);
    }

    public BatchResult trainBatch(float[] pixels, int[] labels, float[] targets, int batch, long encodeSeed) {
        BatchResult r = forwardAndLoss(pixels, labels, targets, batch, encodeSeed, true);
        network.zeroGrad();
        network.backward(grad, counters);
        optimizer.step(network.params(), learningRate);
        iteration++;
        rule.afterUpdate(network, iteration);
        return r;
    }

    /** Forward only: loss and correct count, no update. */
    public BatchResult evaluateBatch(float[] pixels, int[] labels, int batch, long encodeSeed) {
        return forwardAndLoss(pixels, labels, null, batch, encodeSeed, false);
    }

    private BatchResult forwardAndLoss(float[] pixels, int[] labels, float[] targets, int batch, long seed,
                                       boolean training) {
        ensureBuffers(batch);
        int in = network.inputSize();
        int k = network.outputSize();
        encoder.encode(pixels, batch, in, steps, seed, encoded);
        network.forward(encoded, encoder.binary(), batch, steps, readout, counters);
        double l = loss.compute(readout, batch, k, steps, labels, targets, grad);
        int correct = 0;
        if (labels != null) for (int b = 0; b < batch; b++) if (loss.predict(readout, b, k) == labels[b]) correct++;
        return new BatchResult(l, correct, batch);
    }

    /** The encoded input of the last forward pass, [t][b][features]; valid until the next batch. */
    public float[] lastInput() {
        return encoded;
    }

    public Loss loss() {
        return loss;
    }

    /** Sets the update count when a run resumes from a checkpoint, so learning rules see the same iterations. */
    public void resumeIteration(long iteration) {
        if (iteration < 0) throw new IllegalArgumentException("iteration must be ≥ 0, got " + iteration);
        this.iteration = iteration;
    }

    /** The readout of the last forward pass (b×outputs). */
    public float[] lastReadout() {
        return readout;
    }

    public Network network() {
        return network;
    }

    public LearningRule rule() {
        return rule;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public EngineCounters counters() {
        return counters;
    }

    public long iteration() {
        return iteration;
    }

    public int steps() {
        return steps;
    }
}
