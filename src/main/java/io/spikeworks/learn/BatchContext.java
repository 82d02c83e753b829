package io.spikeworks.learn;

import io.spikeworks.learn.loss.Loss;
import io.spikeworks.learn.score.Score;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;

import java.util.List;

/**
 * One training batch as a gradient method sees it: its labels or targets, the passes it may run on the batch's
 * encoded input (the same spikes every time: the encoder is seeded per batch), and every parameter the optimiser
 * will step, the network's and the rule's own.
 */
public interface BatchContext extends PendingUpdate {
    int batchSize();

    /** The batch's inputs before encoding (batchSize × features, images channels-last), for rules that run a model
     *  of their own (an integer on-chip circuit) instead of the network's forward pass. */
    float[] inputs();

    /**
     * Reports the batch's loss, score and readout (batchSize × outputs) for a rule that did not run the network's
     * forward pass; the trainer then skips nothing else. Takes the place of the first {@link #forward()}.
     */
    void record(double loss, Score score, float[] readout);

    /** The engine counters a rule that runs its own model adds that model's work to (synaptic events, neuron and
     *  plastic updates), so cost meters and the chip's energy see it. */
    EngineCounters work();

    /** Class labels of the batch (batchSize entries), or null for a task with real-valued targets. */
    int[] labels();

    /** Real-valued targets (batchSize × outputs), or null for a classification task. */
    float[] targets();

    /** The project's loss, for rules that put it on parts of the run (e.g. each truncation window) themselves. */
    Loss loss();

    /** The network's parameters followed by the rule's own ({@link LearningRule#params()}): what the optimiser steps. */
    List<Param> params();

    /**
     * BPTT on every slice: forward, loss, backward through the layers' feedback sources; the batch gradient is left in
     * the network's Param.grad. Records the batch's loss and score.
     */
    void forwardAndBackward();

    /**
     * A forward pass of the batch on the current weights, counted in the engine counters; returns the batch's mean
     * loss. The first call of a batch (on the unchanged weights) records the batch's loss and score.
     */
    double forward();

    /** Forward passes run for this batch so far (including those inside {@link #forwardAndBackward()}). */
    int forwardPasses();

    /**
     * Runs work on every slice, in parallel (each slice has its own replica, labels, targets and readout; the weights
     * are shared). Gradients the work leaves in a replica's Param.grad are summed into the network's after all
     * slices are done, in slice order.
     */
    void onSlices(SliceWork work);

    /** The rule has changed the weights itself: the optimiser step is skipped for this batch. */
    void skipOptimizer();

    /** One slice of the batch and the replica that runs it. */
    interface Slice {
        Network network();

        /** Index of the slice's first sample in the batch. */
        int first();

        int size();

        /** The slice's labels (size entries) or null. */
        int[] labels();

        /** The slice's targets (size × outputs) or null. */
        float[] targets();

        /** Runs the slice forward on the current weights; returns its mean loss and leaves dL/dreadout (already
         *  weighted by the slice's share of the batch) for {@link #backward()}. */
        double forward();

        /** BPTT from the last forward's loss gradient into the replica's Param.grad (zeroed first). */
        void backward();

        /** The readout of the last forward (size × outputs). */
        float[] readout();

        /**
         * The encoded input of the last forward, [t][b][features] as the network takes it (the same spikes or
         * currents every pass of the batch), for rules that run the slice through a pass of their own.
         */
        float[] input();

        /** The counters this slice's engine work goes into (added to the batch's work when the slices are done);
         *  a rule running its own backward passes on the replica counts them here. */
        EngineCounters counters();
    }

    @FunctionalInterface
    interface SliceWork {
        void run(Slice slice);
    }
}
