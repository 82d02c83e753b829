package io.spikeworks.session;

import io.spikeworks.data.Batch;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a session shows while it trains. Written only by the training worker, into bounded buffers it never waits
 * on; read by any thread at its own pace, typically the UI once per screen frame:
 * <ul>
 *   <li>{@link #metrics()}: loss, accuracy, throughput, learning rate of each of the last N batches;</li>
 *   <li>{@link #evaluations()}: one row per epoch, as in metrics.csv, each with the test set's confusion matrix;</li>
 *   <li>{@link #readCounters}: the engine's work counters after the latest batch;</li>
 *   <li>{@link #readRaster}: spike rasters and membrane traces of one sample of a recent batch — captured only
 *       after a reader took the previous one, so an unwatched raster costs nothing — with the traced neurons'
 *       input currents when {@link #traceInputCurrent} asked for them;</li>
 *   <li>{@link #readWeights}: a copy of all weights, at most every {@code weightInterval}, also only on demand.</li>
 * </ul>
 * For a weight-symmetry rule, {@link #symmetry()} adds transport, asymmetry, gradient alignment and W − Bᵀ.
 * {@link #version()} increases with anything new, so a reader can skip a redraw when it has not changed. When the
 * session pauses, stops or diverges, a raster and a weight copy of the last batch are always captured.
 */
public final class Telemetry {
    private final MetricsRing metrics;
    private final SharedFrame<RasterFrame> raster = new SharedFrame<>(new RasterFrame());
    private final SharedFrame<WeightSnapshot> weights = new SharedFrame<>(new WeightSnapshot());
    private final SharedFrame<CounterSnapshot> counters = new SharedFrame<>(new CounterSnapshot());
    private final RasterCapture rasterCapture = new RasterCapture();
    private final long weightIntervalNanos;
    private volatile List<EvaluationRow> evaluations = List.of();
    private volatile Map<String, int[]> traceRequest = Map.of();
    private volatile boolean inputCurrent;
    private final AtomicLong version = new AtomicLong();
    private final Map<String, Integer> spikingLayerSizes;
    private long lastWeightCapture;
    private long rasterIteration = -1;
    private long weightsIteration = -1;
    private final SymmetryTelemetry symmetry;
    /** Set once before training starts, for a rule that estimates its gradient; null otherwise. */
    private GradientEstimateTelemetry gradientEstimate;
    private volatile io.spikeworks.learn.score.TestPredictions predictions;

    /** @param spikingLayerSizes neurons of each spiking layer by name, to check traced neurons against */
    Telemetry(int metricsCapacity, long weightIntervalNanos, Map<String, Integer> spikingLayerSizes) {
        this(metricsCapacity, weightIntervalNanos, spikingLayerSizes, null);
    }

    /** @param symmetry the weight-symmetry part, null when the rule is not of that family */
    Telemetry(int metricsCapacity, long weightIntervalNanos, Map<String, Integer> spikingLayerSizes,
              SymmetryTelemetry symmetry) {
        this.symmetry = symmetry;
        this.metrics = new MetricsRing(metricsCapacity);
        this.weightIntervalNanos = weightIntervalNanos;
        this.spikingLayerSizes = Map.copyOf(spikingLayerSizes);
    }

    // ---- readers, any thread

    /** Increases whenever anything here changed. */
    public long version() {
        return version.get();
    }

    /** Transport, asymmetry and alignment of a weight-symmetry rule; null for any other rule. */
    public SymmetryTelemetry symmetry() {
        return symmetry;
    }

    /** Comparisons of an estimated gradient with BPTT's (weight perturbation and the like); null for other rules. */
    public GradientEstimateTelemetry gradientEstimate() {
        return gradientEstimate;
    }

    /** The test set's predictions at the latest evaluation of a real-valued task; null before it or for classes. */
    public io.spikeworks.learn.score.TestPredictions predictions() {
        return predictions;
    }

    public MetricsRing metrics() {
        return metrics;
    }

    /** One row per finished epoch (test accuracy and loss), oldest first. */
    public List<EvaluationRow> evaluations() {
        return evaluations;
    }

    /** Copies the latest raster into {@code dest} if it is newer than what dest holds; true if it was. */
    public boolean readRaster(RasterFrame dest) {
        return raster.read(dest);
    }

    public boolean readWeights(WeightSnapshot dest) {
        return weights.read(dest);
    }

    public boolean readCounters(CounterSnapshot dest) {
        return counters.read(dest);
    }

    /**
     * Chooses the neurons whose membranes the raster traces in a layer, from the next capture on. Neurons of
     * images count channels-last.
     *
     * @throws IllegalArgumentException if the layer is not a spiking layer of the network or has no such neuron
     */
    public synchronized void traceNeurons(String layer, int... neurons) {
        Integer size = spikingLayerSizes.get(layer);
        if (size == null) throw new IllegalArgumentException("no spiking layer '" + layer + "'");
        for (int n : neurons)
            if (n < 0 || n >= size) throw new IllegalArgumentException("layer '" + layer + "' has no neuron " + n);
        Map<String, int[]> next = new HashMap<>(traceRequest);
        next.put(layer, neurons.clone());
        traceRequest = Map.copyOf(next);
    }

    /**
     * Records the input current of the traced neurons too, from the next batch on (see
     * {@link LayerRaster#hasCurrents()}); off again, the engine stops probing.
     */
    public void traceInputCurrent(boolean on) {
        inputCurrent = on;
    }

    public boolean tracesInputCurrent() {
        return inputCurrent;
    }

    // ---- the worker

    /** Before each training batch: puts current probes on the traced neurons, or takes them off. */
    void beforeBatch(Network net) {
        rasterCapture.attachProbes(net, inputCurrent, traceRequest);
    }

    void recordBatch(BatchProgress p, long iteration, double learningRate, long clockNanos) {
        metrics.append(iteration, p.epoch(), p.batch(), p.batchesPerEpoch(), p.epochs(), p.samplesSeen(), p.loss(),
                p.accuracy(), p.samplesPerSecond(), learningRate, p.secondsElapsed(), clockNanos);
        version.incrementAndGet();
    }

    void useGradientEstimate(GradientEstimateTelemetry g) {
        gradientEstimate = g;
    }

    /** Replaces the latest predictions (a latest-value slot: a reader that missed one sees the next). */
    void recordPredictions(io.spikeworks.learn.score.TestPredictions p) {
        predictions = p;
        version.incrementAndGet();
    }

    /** After each batch, for a rule that estimates its gradient. */
    void afterBatchGradientEstimate(long iteration, java.util.function.Supplier<Map<String, Double>> ruleMetrics) {
        GradientEstimateTelemetry g = gradientEstimate;
        if (g == null) return;
        if (g.afterBatch(iteration, g.every() > 0 && iteration % g.every() == 0 ? ruleMetrics.get() : Map.of()))
            version.incrementAndGet();
    }

    void recordEvaluations(List<EvaluationRow> rows) {
        evaluations = List.copyOf(rows);
        version.incrementAndGet();
    }

    void publishCounters(EngineCounters c, long iteration) {
        publishCounters(c, iteration, null);
    }

    /** @param chip the run's chip binding, for energy per sample; may be null */
    void publishCounters(EngineCounters c, long iteration, io.spikeworks.learn.ChipBinding chip) {
        long stamp = counters.beginWrite();
        try {
            CounterSnapshot s = counters.shared();
            s.iteration = iteration;
            s.counters.clear();
            s.counters.add(c);
            if (chip != null) {
                s.chipProfile = chip.profile().name();
                s.trainingJoulesPerSample = chip.meter().trainingEnergyPerSample().total();
                s.inferenceJoulesPerSample = chip.meter().inferenceEnergyPerSample().total();
                s.latencySecondsPerSample = chip.meter().inferenceLatencyPerSample();
            }
        } finally {
            counters.endWrite(stamp);
        }
        version.incrementAndGet();
    }

    boolean rasterWanted() {
        return raster.wanted();
    }

    void captureRaster(Network net, Trainer trainer, Batch batch, int epoch, int batchNumber) {
        long stamp = raster.beginWrite();
        try {
            // a rule that runs a model of its own (nBP's integer circuit) leaves the network's state unwritten
            if (trainer.lastBatchRanNetwork())
                rasterCapture.fill(raster.shared(), net, trainer, batch, epoch, batchNumber, traceRequest);
            else
                rasterCapture.fillSampleOnly(raster.shared(), net, trainer, batch, epoch, batchNumber);
        } finally {
            raster.endWrite(stamp);
        }
        rasterIteration = trainer.iteration();
        version.incrementAndGet();
    }

    /** The iteration the latest raster shows, -1 before the first. */
    long rasterIteration() {
        return rasterIteration;
    }

    long weightsIteration() {
        return weightsIteration;
    }

    boolean weightsDue(long now) {
        return weights.wanted() && (!weights.published() || now - lastWeightCapture >= weightIntervalNanos);
    }

    void captureWeights(List<Param> params, long iteration, long now) {
        long stamp = weights.beginWrite();
        try {
            WeightSnapshot w = weights.shared();
            if (w.names.length != params.size()) {
                int n = params.size();
                w.names = new String[n];
                w.shapes = new int[n][];
                w.values = new float[n][];
                for (int i = 0; i < n; i++) {
                    Param p = params.get(i);
                    w.names[i] = p.name();
                    w.shapes[i] = p.shape();
                    w.values[i] = new float[p.size()];
                }
            }
            w.iteration = iteration;
            for (int i = 0; i < params.size(); i++) {
                float[] v = params.get(i).value;
                System.arraycopy(v, 0, w.values[i], 0, v.length);
            }
        } finally {
            weights.endWrite(stamp);
        }
        lastWeightCapture = now;
        weightsIteration = iteration;
        version.incrementAndGet();
    }

    /** Anything else the reader should redraw for (a status change, a restore). */
    void touch() {
        version.incrementAndGet();
    }
}
