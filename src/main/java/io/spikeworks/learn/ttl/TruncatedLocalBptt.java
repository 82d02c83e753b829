package io.spikeworks.learn.ttl;

import io.spikeworks.learn.BatchContext;
import io.spikeworks.learn.GradientMethod;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.spikeworks.model.BuiltInComponents.*;

/**
 * Temporally-truncated local BPTT (TTL-BPTT, after Guo, Fouda, Eltawil and Salama, Front. Neurosci. 2023): the layers
 * are cut into blocks of k spiking layers ({@link LayerBlocks}), each with its own loss, and the T steps into windows
 * of T_tr steps; BPTT runs inside one block and one window at a time and no gradient crosses a block's lower edge or
 * a window's start. Neuron state carries on across windows (the forward pass is the network's own).
 *
 * <p>Losses (our choices, see docs/ttl-bptt.md): in every window w, the last block's loss is the project's loss on the
 * network's readout computed over w's steps only; every other block's is the same loss on its
 * {@link AuxiliaryHead}. A block's objective is the mean of its windows' losses, so T_tr = T keeps BPTT's scale.
 * Weights are updated once per batch from the sum of all windows' and blocks' gradients (update "sample"): the batch
 * is the engine's unit of update, its slices run in parallel on shared weights, and the window gradients then add
 * up to the truncated gradient of one objective. With k = all and T_tr = T this is the engine's BPTT bit for bit.
 */
public final class TruncatedLocalBptt implements LearningRule {
    public static final String ID = "ttl-bptt";
    /** Every how many batches the cost of end-to-end BPTT on the same batch is measured for the reductions. */
    static final int REFERENCE_EVERY = 50;

    public static final ComponentSpec SPEC = ComponentSpec.of(ComponentFamily.ALGORITHM, ID,
            "Truncated local BPTT (TTL-BPTT)",
            "BPTT inside blocks of k spiking layers, each with an auxiliary spike-count classifier and its own loss, and "
                    + "inside windows of T_tr steps (state carries on, its gradient does not). Saves the memory the "
                    + "backward pass holds; k = all with T_tr = T is plain BPTT. Heads and defaults are ours.",
            ParamSpec.ofInt("blockSize", "Block size k").atLeast(0).withDefault(1).withUnit("spiking layers")
                    .withHelp("spiking layers per locally trained block (pooling goes with the layer before it); "
                            + "0 = all layers, end to end"),
            ParamSpec.ofInt("truncation", "Truncation T_tr").atLeast(0).withDefault(5).withUnit("steps")
                    .withHelp("steps per truncation window; BPTT never crosses a window's start; 0 = all T steps"),
            ParamSpec.ofChoice("update", "Update", "sample").withDefault("sample")
                    .withHelp("sample: the windows' gradients add up and the optimiser steps once per batch"),
            ParamSpec.ofInt("headSeed", "Head seed").withDefault(1)
                    .withHelp("seed of the auxiliary classifiers' initial weights"),
            ParamSpec.ofChoice("surrogate", "Surrogate", FAST_SIGMOID, ARCTAN, TRIANGLE, RECTANGULAR)
                    .withDefault(FAST_SIGMOID)
                    .withHelp("shape of the pseudo-derivative used in place of the spike's zero-or-infinite one"),
            ParamSpec.ofDouble("surrogateScale", "Surrogate scale").greaterThan(0).withDefault(25.0)
                    .withHelp("slope (fast-sigmoid, arctan) or 1/width (triangle, rectangular)"));

    private final int blockSize;
    private final int truncation;
    private final long headSeed;
    private LayerBlocks blocks;
    /** Per block; null for the last block (it uses the network's readout). */
    private final List<AuxiliaryHead> heads = new ArrayList<>();
    private final CostMeters meters = new CostMeters();
    private long batches;
    private volatile int lastSteps;

    public TruncatedLocalBptt(int blockSize, int truncation, long headSeed) {
        if (blockSize < 0) throw new IllegalArgumentException("blockSize must be ≥ 0 (0 = all layers), got " + blockSize);
        if (truncation < 0) throw new IllegalArgumentException("truncation must be ≥ 0 (0 = all steps), got " + truncation);
        this.blockSize = blockSize;
        this.truncation = truncation;
        this.headSeed = headSeed;
    }

    public static TruncatedLocalBptt from(Component c) {
        return new TruncatedLocalBptt(c.getInt("blockSize"), c.getInt("truncation"), c.getInt("headSeed"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String feedbackNote() {
        return "sends errors back through Wᵀ itself inside each block: B = Wᵀ always, so there is no asymmetry";
    }

    @Override
    public void attach(Network network) {
        for (SpikingLayer l : network.spikingLayers()) l.setFeedback(FeedbackSource.TRANSPOSE);
        blocks = LayerBlocks.of(network.layers(), blockSize);
        heads.clear();
        for (int b = 0; b < blocks.count(); b++) {
            if (blocks.endsOnOutput(b)) {
                heads.add(null);
            } else {
                int n = network.layers().get(blocks.high()[b]).outputSize();
                heads.add(new AuxiliaryHead("ttl.head" + (b + 1), n, network.outputSize(), headSeed * 31 + b));
            }
        }
    }

    public LayerBlocks blocks() {
        return blocks;
    }

    @Override
    public List<Param> params() {
        List<Param> ps = new ArrayList<>();
        for (AuxiliaryHead h : heads) {
            if (h == null) continue;
            ps.add(h.weights);
            ps.add(h.bias);
        }
        return ps;
    }

    @Override
    public GradientMethod gradientMethod() {
        return this::compute;
    }

    /** What one slice's work leaves for the batch: its heads' gradients and its costs. */
    private record SliceOutcome(List<AuxiliaryHead.Work> heads, CostMeters.SliceCosts costs) {}

    private void compute(BatchContext ctx) {
        Loss loss = ctx.loss();
        int batch = ctx.batchSize();
        boolean reference = batches++ % REFERENCE_EVERY == 0;
        Map<Integer, SliceOutcome> outcomes = new ConcurrentHashMap<>();
        ctx.onSlices(slice -> {
            Network net = slice.network();
            EngineCounters c = slice.counters();
            EngineCounters start = c.copy();
            slice.forward();
            EngineCounters forward = c.since(start);
            int size = slice.size();
            int steps = net.steps();
            lastSteps = steps;
            float share = (float) size / batch;
            CostMeters.SliceCosts costs = new CostMeters.SliceCosts(size);
            costs.forward = forward;
            costs.endToEndBytes = net.spanBytes(steps, 0, net.layers().size() - 1);
            if (reference) costs.endToEndBackward = endToEndBackward(net, slice, loss, share);
            List<AuxiliaryHead.Work> works = new ArrayList<>();
            for (AuxiliaryHead h : heads) works.add(h == null ? null : h.new Work());
            EngineCounters beforeBackward = c.copy();
            net.zeroGrad();
            backward(net, slice, loss, share, works, costs, c);
            costs.backward = c.since(beforeBackward);
            outcomes.put(slice.first(), new SliceOutcome(works, costs));
        });
        List<Integer> order = new ArrayList<>(outcomes.keySet());
        order.sort(null);
        for (int b = 0; b < heads.size(); b++) {
            AuxiliaryHead h = heads.get(b);
            if (h == null) continue;
            h.weights.zeroGrad();
            h.bias.zeroGrad();
            for (int first : order) {
                AuxiliaryHead.Work w = outcomes.get(first).heads().get(b);
                for (int i = 0; i < w.weightGrad.length; i++) h.weights.grad[i] += w.weightGrad[i];
                for (int i = 0; i < w.biasGrad.length; i++) h.bias.grad[i] += w.biasGrad[i];
            }
        }
        for (int first : order) meters.add(outcomes.get(first).costs());
    }

    /**
     * Windows from the last down, and in each every block: its loss on the window (the readout's, or its head's),
     * then BPTT through the block's layers over the window's steps.
     */
    private void backward(Network net, BatchContext.Slice slice, Loss loss, float share, List<AuxiliaryHead.Work> works,
                          CostMeters.SliceCosts costs, EngineCounters c) {
        int steps = net.steps();
        int window = window(steps);
        int windows = (steps + window - 1) / window;
        int size = slice.size();
        int k = net.outputSize();
        float[] r = new float[size * k];
        float[] dLdr = new float[size * k];
        SpikingLayer out = net.outputLayer();
        for (int w = windows - 1; w >= 0; w--) {
            int from = w * window;
            int to = Math.min(steps, from + window);
            for (int b = blocks.count() - 1; b >= 0; b--) {
                int lo = blocks.low()[b];
                int hi = blocks.high()[b];
                long bytes = net.spanBytes(to - from, lo, hi);
                if (blocks.endsOnOutput(b)) {
                    net.readout().compute(out.state(), r, from, to);
                    loss.compute(r, size, k, to - from, slice.labels(), slice.targets(), dLdr);
                    for (int i = 0; i < size * k; i++) dLdr[i] *= share;
                    if (windows > 1) {
                        float perWindow = 1f / windows;
                        for (int i = 0; i < size * k; i++) dLdr[i] *= perWindow;
                    }
                    net.backwardSpan(from, to, lo, hi, dLdr, c);
                    costs.peakBytes(bytes, bytes);
                } else {
                    AuxiliaryHead h = heads.get(b);
                    AuxiliaryHead.Work work = works.get(b);
                    float weight = windows > 1 ? share * (1f / windows) : share;
                    work.lossOnWindow(net.layers().get(hi).output(), from, to, size, loss, slice.labels(),
                            slice.targets(), weight, c);
                    net.backwardSpan(from, to, lo, hi, work.countGrad, c);
                    costs.peakBytes(bytes, bytes + h.bytesHeld(size));
                }
            }
        }
        net.finishBackward(0, net.layers().size() - 1, c);
    }

    /** The costs of end-to-end BPTT's backward pass on the same forward pass; its gradient is thrown away. */
    private static EngineCounters endToEndBackward(Network net, BatchContext.Slice slice, Loss loss, float share) {
        int size = slice.size();
        int k = net.outputSize();
        float[] r = new float[size * k];
        float[] dLdr = new float[size * k];
        net.readout().compute(net.outputLayer().state(), r);
        loss.compute(r, size, k, net.steps(), slice.labels(), slice.targets(), dLdr);
        for (int i = 0; i < size * k; i++) dLdr[i] *= share;
        EngineCounters ref = new EngineCounters();
        net.zeroGrad();
        net.backward(dLdr, ref);
        return ref;
    }

    /** The meters so far (for tests and views). */
    public CostMeters meters() {
        return meters;
    }

    /** Steps per truncation window for a run of {@code steps} steps. */
    public int window(int steps) {
        return truncation == 0 || truncation > steps ? steps : truncation;
    }

    /** The savings so far, for views; callable from any thread. */
    public TruncationCosts costs() {
        Map<String, Double> m = meters.metrics();
        int steps = lastSteps;
        return new TruncationCosts(meters.samples(), meters.peakBytesWithHeads(), meters.endToEndBytes(), steps,
                window(steps), blocks == null ? 0 : blocks.count(), m.get("ttl_memory_reduction"),
                m.get("ttl_mac_reduction"), m.get("ttl_access_reduction"));
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = meters.metrics();
        m.put("ttl_blocks", (double) (blocks == null ? 0 : blocks.count()));
        return m;
    }
}
