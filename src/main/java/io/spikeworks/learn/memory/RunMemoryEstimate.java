package io.spikeworks.learn.memory;

import io.spikeworks.learn.Trainer;
import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.DerivedParams;
import io.spikeworks.model.LayerShape;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.OperatorNetGeometry;
import io.spikeworks.model.Project;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.ShapeReport;
import io.spikeworks.model.TensorShape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a training run will hold on the heap, worked out from the project alone, before anything is allocated, so
 * that a run too big for the JVM is refused with a reason instead of dying with an OutOfMemoryError. Sizes are longs
 * throughout: a project may ask for 10⁹ units.
 *
 * <p>The figures follow what the engine allocates ({@link Trainer}, the layers' {@code NeuronState}):
 * <ul>
 *   <li>every weight and bias value once, a gradient per replica (training slices and evaluation slices), the
 *   chip's straight-through copy and the feedback copy, and the optimiser's state (Adam: 2, SGD: 1 per value);</li>
 *   <li>per spiking layer and step, for each sample of a training batch and of an evaluation pass (a batch, or rounds
 *   of fewer samples when a sample's history is large, as {@link Trainer} runs them): membrane and spike
 *   history (4 + 4 bytes, +1 for a refractory/single-spike gate), spike lists (counted at 2 bytes), and for a dense layer fed spikes its currents summed ahead (4) and, in training, the
 *   errors kept for the whole-batch weight gradient (4);</li>
 *   <li>the encoded input of both batches (4 bytes per input and step, +2 for spike lists), and pool layers' outputs
 *   (4, +4 for max pooling's winner).</li>
 * </ul>
 * Each of these is one array per replica; an array of half a G1 heap region or more takes whole regions
 * ({@link HeapRegions}), which on small nets is a fifth of the heap they use.
 * Buffers of one step or one sample are left out. {@code RunMemoryEstimateTest} holds the estimate against the heap
 * a run really uses.
 */
public final class RunMemoryEstimate {
    /** Bytes of history per neuron, step and sample: membrane and spikes. */
    private static final int STATE_BYTES = 8;
    /** Spike lists (the spiking and, per step, the silent ones) grow with activity and by doubling: 2 bytes per
     *  neuron-step is an index for half of them. */
    private static final int SPIKE_LIST_BYTES = 2;
    /** The engine's widest vector (AVX-512 floats): narrow layers keep error rows padded to it. */
    private static final int LANES = 16;

    private final List<MemoryPart> parts;
    private final long total;
    /** Weights and per-sample history of the layers, kept to work out {@link #withLiveViews()}. */
    private final long weightValues;
    private final long sampleSteps;

    private RunMemoryEstimate(List<MemoryPart> parts, long weightValues, long sampleSteps) {
        this.parts = List.copyOf(parts);
        this.total = parts.stream().mapToLong(MemoryPart::bytes).reduce(0L, RunMemoryEstimate::add);
        this.weightValues = weightValues;
        this.sampleSteps = sampleSteps;
    }

    /**
     * The same run in the app, whose live views add a snapshot of the weights and the reader's copy of it, the
     * sample inspector's own one-sample network (weights and gradients, 8 bytes of history per neuron and step) and
     * the raster of one sample with its reader's copy (a byte per neuron and step each).
     */
    public RunMemoryEstimate withLiveViews() {
        List<MemoryPart> more = new ArrayList<>(parts);
        more.add(new MemoryPart(null, String.format(Locale.ROOT, "live views keep 4 copies of %,d weights and %,d steps × "
                + "neurons of one sample", weightValues, sampleSteps), add(mul(weightValues, 16), mul(sampleSteps, 10))));
        return new RunMemoryEstimate(more, weightValues, sampleSteps);
    }

    /**
     * @param trainBatch samples per training batch (the batch size, or the training set when it is smaller)
     * @param evalBatch  samples per evaluation batch (likewise for the test set)
     * @return empty when the network's shapes cannot be worked out (the validator reports why)
     */
    public static Optional<RunMemoryEstimate> of(Project p, ComponentCatalog catalog, long trainBatch, long evalBatch,
                                                 int slices) {
        return of(p, catalog, trainBatch, evalBatch, slices, HeapRegions.current());
    }

    static Optional<RunMemoryEstimate> of(Project p, ComponentCatalog catalog, long trainBatch, long evalBatch,
                                          int slices, HeapRegions heap) {
        ShapeReport shapes = ShapeInference.infer(p, catalog);
        if (!shapes.complete() || !shapes.errors().isEmpty() || shapes.input() == null) return Optional.empty();
        long steps = p.training().timeSteps();
        // the trainer's replicas: one per training slice, and twice as many half-size ones for evaluation
        int trainReplicas = Math.max(1, slices);
        int evalReplicas = trainReplicas > 1 ? 2 * trainReplicas : 0;
        long trainSlice = ceilDiv(trainBatch, trainReplicas);
        long evalSlice = evalReplicas == 0 ? 0 : evalSamplesPerReplica(shapes, steps, evalBatch, evalReplicas);
        // samples held at once: a training batch and an evaluation pass
        long samples = add(trainBatch, Math.min(evalBatch, mul(evalReplicas, evalSlice)));
        int optimizerCopies = p.training().optimizer().type().equals("adam") ? 2 : 1;
        // value, a gradient per replica, the chip's straight-through copy, the feedback copy, the optimiser's state
        long copiesPerValue = 1 + trainReplicas + evalReplicas + 2 + optimizerCopies;
        List<MemoryPart> parts = new ArrayList<>();

        boolean binaryInput = binaryEncoder(p.encoder());
        long in0 = shapes.input().elementCount();
        long inputBytesPerStep = 4 + (binaryInput ? SPIKE_LIST_BYTES : 0);
        long input = add(heap.arrays(trainReplicas, mul(mul(steps, in0), mul(trainSlice, 4))),
                heap.arrays(evalReplicas, mul(mul(steps, in0), mul(evalSlice, 4))));
        if (binaryInput) input = add(input, add(heap.arrays(trainReplicas, mul(mul(steps, in0), mul(trainSlice, SPIKE_LIST_BYTES))),
                heap.arrays(evalReplicas, mul(mul(steps, in0), mul(evalSlice, SPIKE_LIST_BYTES)))));
        parts.add(new MemoryPart(null, String.format(Locale.ROOT, "keeps %,d steps × %,d values × %,d samples "
                + "(a training batch and an evaluation pass, %d bytes each)", steps, in0, samples, inputBytesPerStep), input));

        boolean spikesIn = binaryInput;
        long allWeights = 0;
        long allSampleSteps = mul(steps, in0);
        List<LayerSpec> layers = p.network().layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            LayerShape shape = shapes.layers().get(i);
            long out = shape.output().elementCount();
            switch (layer.type()) {
                case BuiltInComponents.DENSE, BuiltInComponents.CONV2D -> {
                    long values = weights(layer.component(), shape.input(), shape.output());
                    allWeights = add(allWeights, values);
                    allSampleSteps = add(allSampleSteps, mul(steps, out));
                    parts.add(new MemoryPart(layer.id(), String.format(Locale.ROOT, "%,d weights × %d copies (value, "
                            + "gradient per replica, optimiser state)", values, copiesPerValue),
                            heap.arrays(copiesPerValue, mul(values, 4))));
                    boolean ahead = spikesIn && layer.type().equals(BuiltInComponents.DENSE);
                    boolean gated = gated(layer.neuron());
                    boolean twoStepsInEvaluation = evaluationKeepsTwoSteps(layer, i + 1 < layers.size() ? layers.get(i + 1) : null);
                    long history = 0;
                    for (long[] group : new long[][]{{trainReplicas, trainSlice, 1}, {evalReplicas, evalSlice, 0}}) {
                        long replicas = group[0];
                        long neuronSteps = mul(mul(steps, out), group[1]);
                        long stateSteps = group[2] == 0 && twoStepsInEvaluation ? mul(mul(Math.min(2, steps), out), group[1]) : neuronSteps;
                        long perReplica = heap.arrays(2, mul(stateSteps, 4)) + heap.arrays(1, mul(neuronSteps, SPIKE_LIST_BYTES));
                        if (gated) perReplica = add(perReplica, heap.arrays(1, neuronSteps));
                        if (ahead) perReplica = add(perReplica, heap.arrays(1, mul(neuronSteps, 4)));
                        if (ahead && group[2] == 1)
                            perReplica = add(perReplica, heap.arrays(1, mul(mul(steps + 1, Math.max(out, LANES)), mul(group[1], 4))));
                        history = add(history, mul(replicas, perReplica));
                    }
                    parts.add(new MemoryPart(layer.id(), String.format(Locale.ROOT, "keeps %,d steps × %,d neurons × "
                            + "%,d samples (membrane, spikes and currents for the backward pass)", steps, out, samples), history));
                    spikesIn = true;
                }
                case BuiltInComponents.MAXPOOL, BuiltInComponents.AVGPOOL -> {
                    boolean max = layer.type().equals(BuiltInComponents.MAXPOOL);
                    long pooled = add(heap.arrays(trainReplicas * (max ? 2L : 1L), mul(mul(steps, out), mul(trainSlice, 4))),
                            heap.arrays(evalReplicas * (max ? 2L : 1L), mul(mul(steps, out), mul(evalSlice, 4))));
                    parts.add(new MemoryPart(layer.id(), String.format(Locale.ROOT, "keeps %,d steps × %,d outputs × "
                            + "%,d samples", steps, out, samples), pooled));
                    spikesIn = spikesIn && max;
                }
                case BuiltInComponents.DEEPONET -> {
                    // the stacks as dense layers on currents: weights with their copies, and each neuron's membrane
                    // and spikes for the backward pass; the split input rows besides
                    OperatorNetGeometry g = OperatorNetGeometry.of(layer.component());
                    long values = g.parameters(layer.component().getBoolean("bias"));
                    long neurons = g.neurons() + 1;
                    allWeights = add(allWeights, values);
                    allSampleSteps = add(allSampleSteps, mul(steps, neurons));
                    parts.add(new MemoryPart(layer.id(), String.format(Locale.ROOT, "%,d weights of the branch and "
                            + "trunks × %d copies (value, gradient per replica, optimiser state)", values, copiesPerValue),
                            heap.arrays(copiesPerValue, mul(values, 4))));
                    long perSample = add(mul(mul(steps, neurons), 8 + SPIKE_LIST_BYTES), mul(mul(steps, in0), 4));
                    long history = add(mul(mul(trainReplicas, trainSlice), perSample), mul(mul(evalReplicas, evalSlice), perSample));
                    parts.add(new MemoryPart(layer.id(), String.format(Locale.ROOT, "keeps %,d steps × %,d neurons × "
                            + "%,d samples (membrane and spikes for the backward pass) and the split rows", steps, neurons,
                            samples), history));
                }
                default -> {
                    // flatten and shape-only layers hold nothing of their own
                }
            }
        }
        return Optional.of(new RunMemoryEstimate(parts, allWeights, allSampleSteps));
    }

    /**
     * As the trainer cuts evaluation: a replica runs its whole share of the batch unless that share's history passes
     * {@link Trainer#EVAL_SLICE_BYTES}; then it runs in rounds of as many samples as fit (at least one).
     */
    private static long evalSamplesPerReplica(ShapeReport shapes, long steps, long evalBatch, int evalReplicas) {
        long perSample = mul(mul(4, steps), shapes.input().elementCount());
        List<LayerShape> layers = shapes.layers();
        for (LayerShape l : layers)
            if (!l.type().equals(BuiltInComponents.FLATTEN))
                perSample = add(perSample, mul(mul(10, steps), l.output().elementCount()));
        long share = ceilDiv(evalBatch, evalReplicas);
        return Math.max(1, Math.min(share, Trainer.EVAL_SLICE_BYTES / Math.max(1, perSample)));
    }

    private static long ceilDiv(long a, long b) {
        return b <= 0 ? 0 : (a + b - 1) / b;
    }

    /** The estimate for a project's own batch size, no larger than its data set limits where it sets them (the data
     *  sets' own sizes are not known before they are loaded). */
    public static Optional<RunMemoryEstimate> of(Project p, ComponentCatalog catalog) {
        long batch = p.training().batchSize();
        Integer limitTrain = p.dataset().limitTrain();
        Integer limitTest = p.dataset().limitTest();
        return of(p, catalog, limitTrain == null ? batch : Math.min(batch, Math.max(1, limitTrain)),
                limitTest == null ? batch : Math.min(batch, Math.max(1, limitTest)), Trainer.DEFAULT_SLICES);
    }

    public long totalBytes() {
        return total;
    }

    /** Every part, largest first. */
    public List<MemoryPart> parts() {
        return parts.stream().sorted(Comparator.comparingLong(MemoryPart::bytes).reversed()).toList();
    }

    public MemoryPart largest() {
        return parts().get(0);
    }

    /** "needs about 9.8 GiB; largest: hidden1 keeps …: 9.1 GiB". */
    public String describe() {
        return "about " + size(total) + "; largest: " + largest();
    }

    /** Whether it fits in {@code available} bytes; the estimate is compared as it is, without a margin. */
    public boolean fitsIn(long available) {
        return total <= available;
    }

    private static long weights(Component c, TensorShape in, TensorShape out) {
        boolean bias = c.isSet("bias") && c.getBoolean("bias");
        if (c.type().equals(BuiltInComponents.CONV2D)) {
            long k = c.getInt("kernel");
            long channels = out.dim(0);
            return add(mul(mul(in.dim(0), mul(k, k)), channels), bias ? channels : 0);
        }
        return add(mul(in.elementCount(), out.elementCount()), bias ? out.elementCount() : 0);
    }

    /**
     * Whether evaluation replicas keep only two steps of this layer's state: a convolution of plain LIF/IF neurons
     * whose next layer is max pooling over non-overlapping windows, which reads its spike lists only (see
     * {@code Network.setForwardOnly}).
     */
    private static boolean evaluationKeepsTwoSteps(LayerSpec layer, LayerSpec next) {
        if (!layer.type().equals(BuiltInComponents.CONV2D) || next == null || !next.type().equals(BuiltInComponents.MAXPOOL))
            return false;
        Component neuron = layer.neuron();
        if (neuron == null || gated(neuron) || !(neuron.type().equals("lif") || neuron.type().equals("if"))) return false;
        return DerivedParams.poolStride(next.component()) == next.component().getInt("kernel");
    }

    private static boolean gated(Component neuron) {
        if (neuron == null) return false;
        if (neuron.type().equals("single-spike")) return true;
        return neuron.spec().findParam("refractory").isPresent() && neuron.isSet("refractory")
                && neuron.getInt("refractory") > 0;
    }

    private static boolean binaryEncoder(Component encoder) {
        return encoder.family() == ComponentFamily.ENCODER && !encoder.type().equals("direct");
    }

    /** Saturating: a product past long range is as good as infinite here. */
    static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** 512 bytes, 75 KiB, 9.8 GiB, 3.1 TiB. */
    public static String size(long bytes) {
        if (bytes == Long.MAX_VALUE) return "more than 8 EiB";
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " bytes" : String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
