package io.spikeworks.learn.ttl;

import io.spikeworks.learn.loss.Loss;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.kernel.FastRandom;

/**
 * The auxiliary classifier of a block that does not end on the network's output (our design; the paper's is not
 * public): a dense readout z = c·A + a of the spike counts c of the block's output over a truncation window, with as
 * many outputs as the network, put through the project's loss. Its error dL/dc = g·Aᵀ reaches every step of the
 * window alike, as a spike-count readout's does. A is initialised uniform in ±1/√n from a fixed seed; a starts at 0.
 * Used in training only: evaluation reads the network's own readout.
 */
final class AuxiliaryHead {
    final Param weights;
    final Param bias;
    final int inputs;
    final int outputs;

    AuxiliaryHead(String name, int inputs, int outputs, long seed) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = new Param(name + ".weight", inputs, outputs);
        this.bias = new Param(name + ".bias", outputs);
        FastRandom rng = new FastRandom(seed);
        double bound = 1 / Math.sqrt(inputs);
        for (int i = 0; i < weights.value.length; i++) weights.value[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
    }

    /** Per-slice work buffers and gradient (slices run in parallel; their gradients are summed in slice order). */
    final class Work {
        final float[] weightGrad = new float[weights.size()];
        final float[] biasGrad = new float[bias.size()];
        float[] counts = new float[0];
        float[] logits = new float[0];
        float[] logitGrad = new float[0];
        float[] countGrad = new float[0];

        /**
         * The head's loss on steps [from, to) of the block output (history [t][b][inputs]), scaled by weight; adds its
         * gradient into this work's head gradient and leaves dL/d(block output) per step in {@link #countGrad}.
         */
        double lossOnWindow(float[] history, int from, int to, int batch, Loss loss, int[] labels, float[] targets,
                            float weight, EngineCounters c) {
            int n = batch * inputs;
            if (counts.length < n) {
                counts = new float[n];
                countGrad = new float[n];
            }
            if (logits.length < batch * outputs) {
                logits = new float[batch * outputs];
                logitGrad = new float[batch * outputs];
            }
            java.util.Arrays.fill(counts, 0, n, 0f);
            for (int t = from; t < to; t++) for (int i = 0; i < n; i++) counts[i] += history[t * n + i];
            float[] a = weights.value;
            for (int b = 0; b < batch; b++) {
                for (int o = 0; o < outputs; o++) {
                    float z = bias.value[o];
                    for (int i = 0; i < inputs; i++) z += counts[b * inputs + i] * a[i * outputs + o];
                    logits[b * outputs + o] = z;
                }
            }
            double l = loss.compute(logits, batch, outputs, to - from, labels, targets, logitGrad);
            for (int i = 0; i < batch * outputs; i++) logitGrad[i] *= weight;
            for (int b = 0; b < batch; b++) {
                for (int o = 0; o < outputs; o++) biasGrad[o] += logitGrad[b * outputs + o];
                for (int i = 0; i < inputs; i++) {
                    float ci = counts[b * inputs + i];
                    float back = 0f;
                    for (int o = 0; o < outputs; o++) {
                        float g = logitGrad[b * outputs + o];
                        weightGrad[i * outputs + o] += ci * g;
                        back += a[i * outputs + o] * g;
                    }
                    countGrad[b * inputs + i] = back;
                }
            }
            long macs = (long) batch * inputs * outputs;
            c.denseMacs += macs;
            c.backwardMacs += 2 * macs;
            // accesses (docs/ttl-bptt.md): the window's outputs read once to count, A read forward and backward and its
            // gradient written, the count error written once for the window
            c.activationReads += (long) (to - from) * n;
            c.weightReads += 2L * (weights.size() + bias.size());
            c.weightWrites += weights.size() + bias.size();
            c.activationWrites += n;
            return l;
        }
    }

    /** Bytes the head keeps for its backward pass: the window's counts and the logits' gradient. */
    long bytesHeld(int batch) {
        return 4L * batch * (inputs + outputs);
    }
}
