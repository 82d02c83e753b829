package io.spikeworks.learn;

import io.spikeworks.data.BatchEvents;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.Optimizer;
import io.spikeworks.learn.score.Score;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.SpikeEncoder;
import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One training iteration: encode → forward over T steps → readout → loss → BPTT → optimiser step →
 * learning-rule hook. The batch is cut into a fixed number of slices, each run through its own replica of
 * the network (shared weights, own state and gradients) on its own thread; the slice gradients are summed
 * in a fixed order. The slice count does not depend on the machine, so a seed gives the same numbers
 * everywhere. Buffers are sized once for the largest batch and reused.
 */
public final class Trainer {
    /** Slices per batch; -Dspikeworks.engine.slices overrides. */
    public static final int DEFAULT_SLICES = Integer.getInteger("spikeworks.engine.slices", 2);

    private final Network network;
    private final SpikeEncoder encoder;
    private final Loss loss;
    private final Optimizer optimizer;
    private final LearningRule rule;
    private final int steps;
    private final double baseLearningRate;
    private final LearningRateSchedule schedule;
    private final EngineCounters counters = new EngineCounters();
    private final List<Slice> slices = new ArrayList<>();
    /**
     * Evaluation's own replicas, twice as many and half as big: forward-only slices have no gradients to sum, and
     * smaller ones keep their membrane history in cache and let the threads even out uneven slices (config A
     * inference 28–32k → 34–35k samples/s in alternating runs). Training's primary network keeps the last training
     * batch for the views.
     */
    private final List<Slice> evalSlices;
    private final ExecutorService pool;
    private final int poolThreads;
    private float[] readout = new float[0];
    private BatchHooks hooks = BatchHooks.NONE;
    private final EngineCounters before = new EngineCounters();
    private long iteration;
    private boolean lastBatchRanNetwork;
    private double learningRate;

    /** One slice of a batch and the replica that runs it. */
    private final class Slice implements BatchContext.Slice {
        final Network net;
        final SpikeEncoder enc;
        final EngineCounters counters = new EngineCounters();
        final SpikeEvents events = new SpikeEvents();
        float[] encoded = new float[0];
        float[] readout = new float[0];
        float[] grad = new float[0];
        int[] labels = new int[0];
        float[] targets;
        /** The batch's own input spikes (event streams), or null when the encoder makes them. */
        BatchEvents batchEvents;
        /** Where each sample of the slice stands in its events while they are written step by step. */
        int[] eventCursor = new int[0];
        int first;
        int size;
        /** The input went in as spike lists only; encoded holds stale values until someone asks for it. */
        boolean inputListedOnly;
        double loss;
        Score score = Score.NONE;
        /** The batch this slice belongs to, for the share that weighs its loss gradient. */
        int batch;
        float[] batchPixels;
        int[] batchLabels;
        float[] batchTargets;
        long batchSeed;

        Slice(Network net, SpikeEncoder enc) {
            this.net = net;
            this.enc = enc;
        }

        /** Takes the batch this slice is part of; {@link #pass()} then runs the slice's share of it. */
        void take(float[] pixels, int[] allLabels, float[] allTargets, BatchEvents events, int batchSize, long seed) {
            batchPixels = pixels;
            batchLabels = allLabels;
            batchTargets = allTargets;
            batchEvents = events;
            batch = batchSize;
            batchSeed = seed;
        }

        /** Encodes (or takes the events of) the slice's samples, runs them forward and computes loss and score. */
        void pass() {
            float[] pixels = batchPixels;
            int[] allLabels = batchLabels;
            float[] allTargets = batchTargets;
            long seed = batchSeed;
            int in = net.inputSize();
            int k = net.outputSize();
            if (encoded.length < steps * size * in) encoded = new float[steps * size * in];
            if (readout.length < size * k) {
                readout = new float[size * k];
                grad = new float[size * k];
            }
            if (labels.length < size) labels = new int[size];
            if (allLabels != null) System.arraycopy(allLabels, first, labels, 0, size);
            if (allTargets != null) {
                if (targets == null || targets.length < size * k) targets = new float[size * k];
                System.arraycopy(allTargets, first * k, targets, 0, size * k);
            }
            boolean binary;
            if (batchEvents != null) {
                inputListedOnly = false;
                binary = true;
                writeEvents(in);
            } else {
                inputListedOnly = enc.binary() && enc.listsWithoutTensor() && net.readsListedInputOnly();
                binary = enc.binary();
                enc.encode(pixels, first * in, size, in, steps, seed, first, inputListedOnly ? null : encoded, events);
            }
            counters.backwardBytesPeak = 0;
            net.forward(encoded, binary, binary ? events : null, size, steps, readout, counters);
            loss = Trainer.this.loss.compute(readout, size, k, steps, allLabels == null ? null : labels,
                    allTargets == null ? null : targets, grad);
            if (allTargets != null) {
                score = Score.regression(readout, targets, size, k);
            } else {
                int correct = 0;
                if (allLabels != null) for (int b = 0; b < size; b++) if (Trainer.this.loss.predict(readout, b, k) == labels[b]) correct++;
                score = Score.classes(size, correct);
            }
        }

        /**
         * The slice's samples' own spikes as the engine takes input: the [t][b][features] tensor and the spike lists
         * per (step, sample), from the batch's events (sorted by step, then channel); events past the run's last
         * step are left out.
         */
        private void writeEvents(int in) {
            java.util.Arrays.fill(encoded, 0, steps * size * in, 0f);
            events.reset(steps, size);
            if (eventCursor.length < size) eventCursor = new int[size];
            int[] next = eventCursor;
            for (int b = 0; b < size; b++) next[b] = batchEvents.start(first + b);
            for (int t = 0; t < steps; t++) {
                for (int b = 0; b < size; b++) {
                    events.open(t, b);
                    int end = batchEvents.end(first + b);
                    events.ensure(end - next[b]);
                    int base = (t * size + b) * in;
                    int e = next[b];
                    for (; e < end && batchEvents.step(e) == t; e++) {
                        int c = batchEvents.channel(e);
                        encoded[base + c] = 1f;
                        events.addIf(c, true);
                    }
                    next[b] = e;
                    events.close();
                }
            }
        }

        void weighGradient(int batch) {
            // the loss is a mean over this slice; the batch gradient is the size-weighted mean of slices
            float w = (float) size / batch;
            int n = size * net.outputSize();
            for (int i = 0; i < n; i++) grad[i] *= w;
        }

        @Override
        public Network network() {
            return net;
        }

        @Override
        public int first() {
            return first;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int[] labels() {
            return batchLabels == null ? null : labels;
        }

        @Override
        public float[] targets() {
            return batchTargets == null ? null : targets;
        }

        @Override
        public double forward() {
            pass();
            weighGradient(batch);
            return loss;
        }

        @Override
        public void backward() {
            net.zeroGrad();
            net.backward(grad, counters);
        }

        @Override
        public float[] readout() {
            return readout;
        }

        @Override
        public EngineCounters counters() {
            return counters;
        }

        @Override
        public float[] input() {
            if (inputListedOnly) {
                // the first layer read the spike lists only: write the tensor they stand for, once
                int in = net.inputSize();
                java.util.Arrays.fill(encoded, 0, steps * size * in, 0f);
                int[] idx = events.indices();
                for (int t = 0; t < steps; t++)
                    for (int b = 0; b < size; b++)
                        for (int e = events.from(t, b), end = events.to(t, b); e < end; e++)
                            encoded[(t * size + b) * in + idx[e]] = 1f;
                inputListedOnly = false;
            }
            return encoded;
        }

        void backward(int batch) {
            weighGradient(batch);
            backward();
        }
    }

    public Trainer(Network network, SpikeEncoder encoder, Loss loss, Optimizer optimizer, LearningRule rule,
                   int steps, double learningRate, LearningRateSchedule schedule) {
        this(network, encoder, loss, optimizer, rule, steps, learningRate, schedule, DEFAULT_SLICES);
    }

    /** @param sliceCount slices per batch; 1 runs everything on the calling thread */
    public Trainer(Network network, SpikeEncoder encoder, Loss loss, Optimizer optimizer, LearningRule rule,
                   int steps, double learningRate, LearningRateSchedule schedule, int sliceCount) {
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
        int count = Math.max(1, sliceCount);
        slices.add(new Slice(network, encoder));
        for (int i = 1; i < count; i++) slices.add(new Slice(network.replicate(), encoder));
        int evalCount = Integer.getInteger("spikeworks.engine.evalSlices", count > 1 ? 2 * count : 1);
        if (evalCount <= 1) {
            evalSlices = slices;
        } else {
            evalSlices = new ArrayList<>(evalCount);
            for (int i = 0; i < evalCount; i++) {
                Network replica = network.replicate();
                replica.setForwardOnly(true);
                evalSlices.add(new Slice(replica, encoder));
            }
        }
        int threads = Math.min(count, threadCap()) - 1;
        poolThreads = Math.max(0, threads);
        if (threads <= 0) {
            pool = null;
        } else {
            // helpers end when idle: a trainer nobody closes (a finished session, the app's warm-up, a sweep's
            // runs) would otherwise keep its threads for the life of the JVM
            ThreadPoolExecutor p = new ThreadPoolExecutor(threads, threads, POOL_IDLE_MILLIS, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "spikeworks-engine");
                t.setDaemon(true);
                return t;
            });
            p.allowCoreThreadTimeOut(true);
            pool = p;
        }
    }

    /** Property capping the threads a trainer uses: a cluster task sets it to the cores Spark gave the task. */
    public static final String THREADS_PROPERTY = "spikeworks.engine.threads";

    /** The most threads a trainer uses (its own included): the machine's cores, or fewer by {@value #THREADS_PROPERTY}. */
    static int threadCap() {
        return Math.max(1, Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors()));
    }

    /** How long an engine helper thread waits for the next batch before it ends (a new one starts when needed). */
    static final long POOL_IDLE_MILLIS = 2_000;

    /** Helper threads alive now (they end after {@link #POOL_IDLE_MILLIS} without work). */
    int liveHelperThreads() {
        return pool == null ? 0 : ((ThreadPoolExecutor) pool).getPoolSize();
    }

    /** Runs every slice on the dense reference route (see {@link Network#setDenseReference}). */
    public void setDenseReference(boolean on) {
        for (Slice s : slices) s.net.setDenseReference(on);
        if (evalSlices != slices) for (Slice s : evalSlices) s.net.setDenseReference(on);
    }

    public void setHooks(BatchHooks hooks) {
        this.hooks = hooks == null ? BatchHooks.NONE : hooks;
    }

    /** Sets the learning rate for the given point of training. */
    public void setProgress(int epoch, double progress) {
        learningRate = schedule.rate(baseLearningRate, epoch, progress);
    }

    public double learningRate() {
        return learningRate;
    }

    private int cut(int batch) {
        return cut(slices, batch);
    }

    private static int cut(List<Slice> slices, int batch) {
        int used = Math.min(slices.size(), batch);
        int first = 0;
        for (int i = 0; i < used; i++) {
            Slice s = slices.get(i);
            s.first = first;
            s.size = batch / used + (i < batch % used ? 1 : 0);
            first += s.size;
        }
        return used;
    }

    /**
     * Runs task on every used slice. The calling thread and the pool's threads take slices in turn until none is
     * left, so when another process (the dashboard's drawing, the JIT) holds a core, the other thread takes more
     * slices instead of waiting for a fixed half. Which thread runs a slice does not change any result.
     */
    private void onSlices(int used, java.util.function.Consumer<? super Slice> task) {
        onSlices(slices, used, task);
    }

    private void onSlices(List<Slice> slices, int used, java.util.function.Consumer<? super Slice> task) {
        if (used == 1 || pool == null) {
            for (int i = 0; i < used; i++) task.accept(slices.get(i));
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < used; i = next.getAndIncrement()) task.accept(slices.get(i));
            return null;
        };
        List<Future<?>> futures = new ArrayList<>(poolThreads);
        for (int k = 0; k < Math.min(poolThreads, used - 1); k++) futures.add(pool.submit(worker));
        Throwable failure = null;
        try {
            worker.call();
        } catch (Exception | Error e) {
            failure = e;
            next.set(used); // helpers stop after their current slice
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("training interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause();
            }
        }
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error err) throw err;
        if (failure != null) throw new IllegalStateException(failure);
    }

    /**
     * Whether the training batches keep every layer's spike history for readers after the batch (true by default:
     * the live raster reads it); headless runs turn it off to save the memory and its traffic (see
     * {@link Network#setSpikeHistoryKept}).
     */
    public void setSpikeHistoryKept(boolean kept) {
        this.spikeHistoryKept = kept;
    }

    private boolean spikeHistoryKept = true;

    /** Trains on one batch of intensities (b×features, channels-last) with class labels. */
    public BatchResult trainBatch(float[] pixels, int[] labels, int batch, long encodeSeed) {
        return trainBatch(pixels, labels, null, batch, encodeSeed);
    }

    public BatchResult trainBatch(float[] pixels, int[] labels, float[] targets, int batch, long encodeSeed) {
        return trainBatch(pixels, labels, targets, null, batch, encodeSeed);
    }

    /** @param inputEvents the batch's own input spikes (event streams), or null to encode pixels */
    public BatchResult trainBatch(float[] pixels, int[] labels, float[] targets, BatchEvents inputEvents, int batch,
                                  long encodeSeed) {
        int used = cut(batch);
        for (int i = 0; i < used; i++) slices.get(i).take(pixels, labels, targets, inputEvents, batch, encodeSeed);
        snapshotCounters();
        Context ctx = new Context(used, batch, labels, targets, iteration + 1);
        GradientMethod method = rule.gradientMethod();
        // plain BPTT reads no spike history but its own: layers whose pool takes their spikes as they come may keep
        // two steps of them, unless someone reads the history after the batch (a live raster)
        boolean dropSpikes = !spikeHistoryKept && method == GradientMethod.BPTT;
        if (dropSpikes) for (int i = 0; i < used; i++) slices.get(i).net.setSpikeHistoryKept(false);
        try {
            method.compute(ctx);
        } finally {
            if (dropSpikes) for (int i = 0; i < used; i++) slices.get(i).net.setSpikeHistoryKept(true);
        }
        if (ctx.result == null)
            throw new IllegalStateException("training algorithm '" + rule.id() + "' did not run the batch forward");
        lastBatchRanNetwork = ctx.passes > 0;
        if (!ctx.skipOptimizer) {
            rule.beforeUpdate(ctx);
            optimizer.step(ctx.params(), learningRate);
        }
        iteration++;
        rule.afterUpdate(network, iteration);
        hooks.afterTraining(counters.since(before), !ctx.skipOptimizer);
        return ctx.result;
    }

    /** Adds the replicas' gradients into the primary network's, in slice order. */
    private void sumSliceGradients(int used, List<Param> primary) {
        for (int i = 1; i < used; i++) {
            List<Param> replica = slices.get(i).net.params();
            for (int p = 0; p < primary.size(); p++) {
                float[] g = primary.get(p).grad;
                Kernels.get().add(g, 0, replica.get(p).grad, 0, g.length);
            }
        }
    }

    /** Network parameters followed by the rule's own: what the optimiser steps and checkpoints keep. */
    public List<Param> trainedParams() {
        List<Param> own = rule.params();
        if (own.isEmpty()) return network.params();
        List<Param> all = new ArrayList<>(network.params());
        all.addAll(own);
        return all;
    }

    /** Whether the last training batch ran the network (false when the rule ran a model of its own and recorded its
     *  result), so readers of the network's state know whether it holds that batch. */
    public boolean lastBatchRanNetwork() {
        return lastBatchRanNetwork;
    }

    /** The batch as the rule's gradient method sees it. */
    private final class Context implements BatchContext {
        private final int used;
        private final int batch;
        private final int[] labels;
        private final float[] targets;
        private final long iteration;
        BatchResult result;
        int passes;
        boolean skipOptimizer;
        private boolean feedbackFetched;

        Context(int used, int batch, int[] labels, float[] targets, long iteration) {
            this.used = used;
            this.batch = batch;
            this.labels = labels;
            this.targets = targets;
            this.iteration = iteration;
        }

        @Override
        public Network network() {
            return network;
        }

        @Override
        public long iteration() {
            return iteration;
        }

        @Override
        public int batchSize() {
            return batch;
        }

        @Override
        public int[] labels() {
            return labels;
        }

        @Override
        public EngineCounters work() {
            return counters;
        }

        @Override
        public float[] inputs() {
            return slices.get(0).batchPixels;
        }

        @Override
        public void record(double loss, Score score, float[] batchReadout) {
            if (result != null) throw new IllegalStateException("the batch's result is already recorded");
            int k = network.outputSize();
            if (readout.length < batch * k) readout = new float[batch * k];
            System.arraycopy(batchReadout, 0, readout, 0, batch * k);
            result = new BatchResult(loss, score);
        }

        @Override
        public float[] targets() {
            return targets;
        }

        @Override
        public Loss loss() {
            return loss;
        }

        @Override
        public List<Param> params() {
            return trainedParams();
        }

        @Override
        public void forwardAndBackward() {
            beforePass();
            try {
                Trainer.this.onSlices(used, s -> {
                    s.pass();
                    s.backward(batch);
                });
            } finally {
                hooks.afterPasses();
            }
            passes++;
            sumSliceGradients(used, network.params());
            record();
        }

        @Override
        public double forward() {
            beforePass();
            try {
                Trainer.this.onSlices(used, Trainer.Slice::pass);
            } finally {
                hooks.afterPasses();
            }
            passes++;
            double l = 0;
            for (int i = 0; i < used; i++) l += slices.get(i).loss * slices.get(i).size;
            if (result == null) {
                record();
            } else {
                // a re-run's work still counts, but its readout and score are not the batch's
                for (int i = 0; i < used; i++) {
                    Trainer.Slice s = slices.get(i);
                    s.counters.backwardBytesPeak = 0;
                    counters.add(s.counters);
                    s.counters.clear();
                }
            }
            return l / batch;
        }

        /** The chip's forward quantisation, then (once a batch) the feedback weights, as BPTT has always read them. */
        private void beforePass() {
            hooks.beforeForward();
            if (!feedbackFetched) {
                for (SpikingLayer l : network.spikingLayers()) l.fetchFeedback();
                feedbackFetched = true;
            }
        }

        private void record() {
            if (result == null) result = collect(used, batch);
        }

        @Override
        public int forwardPasses() {
            return passes;
        }

        @Override
        public void onSlices(SliceWork work) {
            for (int i = 0; i < used; i++) slices.get(i).net.zeroGrad();
            beforePass();
            try {
                Trainer.this.onSlices(used, work::run);
            } finally {
                hooks.afterPasses();
            }
            passes++;
            sumSliceGradients(used, network.params());
            record();
        }

        @Override
        public void skipOptimizer() {
            skipOptimizer = true;
        }

        @Override
        public void rerunBackward() {
            Trainer.this.onSlices(used, s -> {
                s.net.zeroGrad();
                s.net.backward(s.grad, new EngineCounters()); // s.grad is already weighted by the slice's share
            });
            sumSliceGradients(used, network.params());
        }
    }

    /** Forward only: loss and correct count, no update. */
    public BatchResult evaluateBatch(float[] pixels, int[] labels, int batch, long encodeSeed) {
        return evaluateBatch(pixels, labels, null, batch, encodeSeed);
    }

    /** Forward only on class labels or real-valued targets (b×outputs): loss and score, no update. */
    public BatchResult evaluateBatch(float[] pixels, int[] labels, float[] targets, int batch, long encodeSeed) {
        return evaluateBatch(pixels, labels, targets, null, batch, encodeSeed);
    }

    /** @param inputEvents the batch's own input spikes (event streams), or null to encode pixels */
    public BatchResult evaluateBatch(float[] pixels, int[] labels, float[] targets, BatchEvents inputEvents, int batch,
                                     long encodeSeed) {
        if (rule instanceof OwnInference own) {
            int k = network.outputSize();
            if (readout.length < batch * k) readout = new float[batch * k];
            snapshotCounters();
            BatchResult r = own.evaluate(pixels, labels, targets, batch, readout, counters);
            hooks.afterInference(counters.since(before));
            return r;
        }
        snapshotCounters();
        hooks.beforeForward();
        Tally tally = new Tally();
        // in rounds of a few samples per replica when a sample's history is large (conv nets): replicas then
        // hold a few samples' history each, not a whole batch's; each sample's encoding depends only on its index
        int round = evalSamplesPerSlice(batch) * evalSlices.size();
        try {
            for (int from = 0; from < batch; from += round) {
                int used = cut(evalSlices, Math.min(round, batch - from));
                for (int i = 0; i < used; i++) {
                    Slice s = evalSlices.get(i);
                    s.first += from;
                    s.take(pixels, labels, targets, inputEvents, batch, encodeSeed);
                }
                onSlices(evalSlices, used, Slice::pass);
                tally(evalSlices, used, tally);
            }
        } finally {
            hooks.afterPasses();
        }
        counters.backwardBytesPeak = Math.max(counters.backwardBytesPeak, tally.held);
        BatchResult result = new BatchResult(tally.lossSum / batch, tally.score);
        hooks.afterInference(counters.since(before));
        return result;
    }

    /** What an evaluation replica may hold for one pass: a conv net's history of a whole batch share is far more. */
    public static final long EVAL_SLICE_BYTES = 16L << 20;

    /** Samples an evaluation replica runs at once: all of its share unless their history exceeds EVAL_SLICE_BYTES. */
    private int evalSamplesPerSlice(int batch) {
        long perSample = 4L * steps * network.inputSize();
        for (var l : network.layers()) perSample += 10L * steps * l.outputSize(); // membrane, spikes, lists
        int share = (batch + evalSlices.size() - 1) / evalSlices.size();
        return (int) Math.max(1, Math.min(share, EVAL_SLICE_BYTES / perSample));
    }

    private void snapshotCounters() {
        before.clear();
        before.add(counters);
    }

    private BatchResult collect(int used, int batch) {
        return collect(slices, used, batch);
    }

    private BatchResult collect(List<Slice> slices, int used, int batch) {
        Tally t = new Tally();
        tally(slices, used, t);
        counters.backwardBytesPeak = Math.max(counters.backwardBytesPeak, t.held);
        return new BatchResult(t.lossSum / batch, t.score);
    }

    /** Loss, score and bytes held, summed over the passes of a batch. */
    private static final class Tally {
        double lossSum;
        Score score = Score.NONE;
        long held;
    }

    /** Adds the used slices' loss, score, readouts and counters into the tally and the trainer's counters. */
    private void tally(List<Slice> slices, int used, Tally tally) {
        int k = network.outputSize();
        int end = 0;
        for (int i = 0; i < used; i++) end = Math.max(end, slices.get(i).first + slices.get(i).size);
        if (readout.length < end * k) readout = java.util.Arrays.copyOf(readout, end * k);
        long held = 0;
        for (int i = 0; i < used; i++) {
            Slice s = slices.get(i);
            tally.lossSum += s.loss * s.size;
            tally.score = tally.score.plus(s.score);
            System.arraycopy(s.readout, 0, readout, s.first * k, s.size * k);
            held += s.counters.backwardBytesPeak;
            s.counters.backwardBytesPeak = 0;
            counters.add(s.counters);
            s.counters.clear();
        }
        tally.held = Math.max(tally.held, held); // passes of one batch run one after another
    }

    /**
     * The encoded input of the batch's first sample, [t][features], written into out (grown if too small) and
     * returned: the raster shows one sample, so a listed-only input is not rebuilt as the whole slice's tensor.
     */
    public float[] firstSampleInput(float[] out) {
        Slice s = slices.get(0);
        int n = s.net.inputSize();
        float[] dst = out != null && out.length >= steps * n ? out : new float[steps * n];
        if (s.inputListedOnly) {
            s.events.sampleToTensor(0, dst, steps, n);
        } else {
            int stride = s.net.batch() * n;
            for (int t = 0; t < steps; t++) System.arraycopy(s.encoded, t * stride, dst, t * n, n);
        }
        return dst;
    }

    /** Whether {@link #firstSampleInput} holds spikes (0 or 1) rather than real values (a direct-current encoder). */
    public boolean firstSampleInputBinary() {
        return slices.get(0).batchEvents != null || encoder.binary(); // as pass() decides it
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

    /** The network trained; slice 0 runs on it, so its state holds the first samples of the last batch. */
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

    public int sliceCount() {
        return slices.size();
    }
}
