package io.spikeworks.ui.live;

import io.spikeworks.data.Dataset;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.nbp.CircuitRecording;
import io.spikeworks.learn.nbp.CircuitSample;
import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.TaskMetrics;
import io.spikeworks.session.BatchMetrics;
import io.spikeworks.session.CounterSnapshot;
import io.spikeworks.session.DivergenceFrame;
import io.spikeworks.session.LayerRaster;
import io.spikeworks.session.RasterFrame;
import io.spikeworks.session.SeriesRing;
import io.spikeworks.session.SessionOutline;
import io.spikeworks.session.SymmetryTelemetry;
import io.spikeworks.session.Telemetry;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.session.WeightSnapshot;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionData;
import io.spikeworks.ui.live.activity.ConfusionEntry;
import io.spikeworks.ui.live.activity.RasterData;
import io.spikeworks.ui.live.activity.SampleImage;
import io.spikeworks.ui.live.activity.TraceData;
import io.spikeworks.ui.live.circuit.CircuitData;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.symmetry.AsymmetryCurveData;
import io.spikeworks.ui.live.symmetry.DivergenceMapData;
import io.spikeworks.ui.live.symmetry.TransportCostData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The adapter from a {@link TrainingSession}'s {@link Telemetry} to the live views. Reads lock-free into frames
 * of its own (one reader: the FX thread) and turns what changed into immutable view snapshots; a method returns a
 * new snapshot only when the telemetry behind it changed, otherwise the previous one.
 *
 * <ul>
 *   <li>activity: the raster frame (input, every layer, traced membranes, readout) with the layers' thresholds as
 *       the engine holds them and the sample's picture from the training set (or, without one, the input's spike rates);</li>
 *   <li>learning: every batch's metrics since the session began, kept here so curves outlive the telemetry ring,
 *       plus the evaluation rows;</li>
 *   <li>costs: engine counters with the latest batch's pace; weights: the weight copy;</li>
 *   <li>weight symmetry (fBP, FA, DFA, sign symmetry, Kolen-Pollack): every transport, asymmetry and alignment
 *       sample since the session began, kept here like the batch metrics; W − Bᵀ with a colour scale ending at
 *       each layer's peak so far, so a transport shows as the map fading;</li>
 *   <li>confusion: the test set's matrix of every evaluation (carried by the evaluation rows), and a running count
 *       of true against predicted class over the captured training samples (the first of each captured batch) of
 *       the current epoch.</li>
 * </ul>
 */
public final class SessionLiveSource implements LiveSource {
    private final TrainingSession session;
    private final Telemetry telemetry;
    private final SessionOutline outline;
    private final Dataset images;
    private final RasterFrame frame = new RasterFrame();
    private final WeightSnapshot weightFrame = new WeightSnapshot();
    private final CounterSnapshot counterFrame = new CounterSnapshot();

    private ActivitySnapshot activity;
    private WeightData weights;
    private CostData costs;
    private LearningData learning = LearningData.EMPTY;
    private ConfusionData confusion = ConfusionData.EMPTY;
    private List<ConfusionEntry> testConfusions = List.of();
    private ConfusionEntry trainingConfusion;
    private int confusionEpoch = -1;
    private ConfusionMatrix.Counter filling;
    private long seenVersion = -1;

    // growable batch columns
    private long nextMetric;
    private int batches;
    private double[] bx = new double[256];
    private double[] bl = new double[256];
    private double[] ba = new double[256];
    private double[] bs = new double[256];
    private BatchMetrics latest;
    private List<EvaluationRow> rowsSeen = List.of();
    private long snapshots;

    // weight symmetry; sym is null for other rules
    private final SymmetryTelemetry sym;
    private final String algorithm;
    private final String feedbackNote;
    private final TaskMetrics task;
    private final DivergenceFrame divergenceFrame = new DivergenceFrame();
    private DivergenceMapData divergence;
    private final SeriesColumns transport = new SeriesColumns(1 + SymmetryTelemetry.TRANSPORT_COLUMNS.size());
    private final SeriesColumns transportMarks = new SeriesColumns(1);
    private final SeriesColumns asymmetry;
    private final SeriesColumns alignment;
    private long nextTransport;
    private long nextAsymmetry;
    private long nextAlignment;
    private double eventsSeen;
    private long symmetryVersion = -1;
    private List<EvaluationRow> symmetryRows;
    private TransportCostData transportCost;
    private AsymmetryCurveData curves;

    // the rule's neuron-level circuit (nBP); null for other rules
    private final CircuitRecording circuitRule;
    private final io.spikeworks.learn.ttl.TruncatedLocalBptt truncated;
    private io.spikeworks.ui.live.cost.TruncationCostData truncationCosts;
    private long truncationVersion = Long.MIN_VALUE;
    private CircuitSample circuitSeen;
    private CircuitData circuit;

    // real-valued tasks: the test set as test functions (null when it is not laid out as such)
    private final io.spikeworks.ui.live.regression.TestFunctionSet testFunctions;
    private io.spikeworks.learn.score.TestPredictions predictionsSeen;
    private io.spikeworks.ui.live.regression.PredictionData predictionData;
    // an estimated gradient against BPTT's; null for rules that estimate none
    private final io.spikeworks.session.GradientEstimateTelemetry estimate;
    private final SeriesColumns cosines = new SeriesColumns(2);
    private long nextCosine;
    private long estimateVersion = Long.MIN_VALUE;
    private io.spikeworks.ui.live.regression.GradientQualityData gradientQuality;

    /** @param images the session's training set, for the sample's picture; null to show input spike rates */
    public SessionLiveSource(TrainingSession session, Dataset images) {
        this.session = session;
        this.telemetry = session.telemetry();
        this.outline = session.outline();
        this.images = images;
        this.sym = telemetry.symmetry();
        this.algorithm = session.project().algorithm().type();
        this.feedbackNote = session.feedbackNote();
        this.task = session.taskMetrics();
        this.asymmetry = new SeriesColumns(1 + 2 * (sym == null ? 0 : sym.feedbackLayers().size()));
        this.alignment = new SeriesColumns(sym == null ? 1 : sym.alignment().columns().length + 1);
        this.circuitRule = session.circuitRecording();
        this.truncated = session.truncatedBptt();
        this.testFunctions = io.spikeworks.ui.live.regression.TestFunctionSet.of(session.testSet()).orElse(null);
        this.estimate = telemetry.gradientEstimate();
    }

    /** The latest evaluation's predictions, turned into a snapshot once per evaluation. */
    @Override
    public io.spikeworks.ui.live.regression.PredictionData predictions() {
        if (testFunctions == null) return null;
        io.spikeworks.learn.score.TestPredictions p = telemetry.predictions();
        if (p != null && p != predictionsSeen) {
            predictionsSeen = p;
            predictionData = io.spikeworks.ui.live.regression.PredictionData.of(++snapshots, testFunctions, p);
        }
        return predictionData;
    }

    /** The comparisons since the last call appended (as cosines), with the rule's latest table. */
    @Override
    public io.spikeworks.ui.live.regression.GradientQualityData gradientQuality() {
        if (estimate == null) return null;
        long v = telemetry.version();
        if (v == estimateVersion && gradientQuality != null) return gradientQuality;
        estimateVersion = v;
        SeriesRing.Rows rows = estimate.angles().since(nextCosine);
        for (int r = 0; r < rows.size(); r++)
            cosines.add(rows.iteration(r), io.spikeworks.ui.live.regression.GradientQualityData.cosineOfDegrees(rows.value(r, 0)));
        nextCosine = rows.next();
        List<io.spikeworks.learn.gradient.GradientCosineRow> table = estimate.table();
        if (gradientQuality == null || rows.size() > 0 || !table.equals(gradientQuality.table())) {
            double[] its = cosines.column(0);
            long[] iterations = new long[its.length];
            for (int i = 0; i < its.length; i++) iterations[i] = (long) its[i];
            gradientQuality = new io.spikeworks.ui.live.regression.GradientQualityData(++snapshots, algorithm,
                    estimate.every(), iterations, cosines.column(1), table);
        }
        return gradientQuality;
    }

    @Override
    public String projectJson() {
        return new io.spikeworks.model.ProjectJson().toJson(session.project());
    }

    public TrainingSession session() {
        return session;
    }

    @Override
    public long version() {
        return telemetry.version();
    }

    private void refresh() {
        long v = telemetry.version();
        if (v == seenVersion) return;
        seenVersion = v;
        readMetrics();
        if (telemetry.readRaster(frame)) activity = toActivity(frame);
        if (telemetry.readCounters(counterFrame)) costs = toCosts(counterFrame.counters());
        else if (costs != null && latest != null) costs = toCosts(null);
    }

    @Override
    public ActivitySnapshot activity() {
        refresh();
        return activity;
    }

    @Override
    public LearningData learning() {
        refresh();
        return learning;
    }

    @Override
    public CostData costs() {
        refresh();
        return costs;
    }

    @Override
    public WeightData weights() {
        if (telemetry.readWeights(weightFrame)) {
            List<WeightData.Tensor> ts = new ArrayList<>();
            List<String> names = weightFrame.names();
            for (int i = 0; i < names.size(); i++)
                ts.add(new WeightData.Tensor(names.get(i), weightFrame.shape(i), weightFrame.values(i).clone()));
            weights = new WeightData(++snapshots, weightFrame.iteration(), ts);
        }
        return weights;
    }

    @Override
    public DivergenceMapData divergence() {
        if (sym == null) {
            if (divergence == null) divergence = new DivergenceMapData(++snapshots, 0, -1, algorithm, List.of(), feedbackNote);
            return divergence;
        }
        if (sym.readDivergence(divergenceFrame)) {
            DivergenceFrame f = divergenceFrame;
            List<DivergenceMapData.Layer> layers = new ArrayList<>();
            for (int i = 0; i < f.layers().size(); i++) {
                String name = f.layers().get(i);
                double peak = f.peakAbs(i);
                layers.add(new DivergenceMapData.Layer(name, f.rows(i), f.columns(i), f.gridRows(i), f.gridColumns(i),
                        f.cells(i).clone(), f.maxAbs(i), peak, f.inSync(i)));
            }
            divergence = new DivergenceMapData(++snapshots, f.iteration(), f.lastTransportIteration(), algorithm, layers,
                    feedbackNote);
        }
        return divergence;
    }

    @Override
    public TransportCostData transportCost() {
        refreshSymmetry();
        return transportCost;
    }

    /** What the session's rule offers ({@link AlgorithmCapabilities}), and what its data does. */
    @Override
    public Set<LiveCapability> capabilities() {
        Set<LiveCapability> offered = AlgorithmCapabilities.of(session.rule());
        if (testFunctions != null) offered.add(LiveCapability.TEST_FUNCTION_PREDICTIONS);
        if (estimate != null) offered.add(LiveCapability.GRADIENT_ESTIMATE);
        return offered;
    }

    /** The TTL-BPTT rule's savings, read again only when the telemetry moved on. */
    @Override
    public io.spikeworks.ui.live.cost.TruncationCostData truncationCosts() {
        if (truncated == null) return null;
        long v = telemetry.version();
        if (v != truncationVersion || truncationCosts == null) {
            truncationVersion = v;
            truncationCosts = new io.spikeworks.ui.live.cost.TruncationCostData(++snapshots, truncated.costs());
        }
        return truncationCosts;
    }

    /** The rule's latest circuit recording, converted once; asks it for the next. */
    @Override
    public CircuitData circuit() {
        if (circuitRule == null) return null;
        CircuitSample s = circuitRule.latestCircuitSample();
        if (s != null && s != circuitSeen) {
            circuitSeen = s;
            circuit = CircuitData.from(++snapshots, s);
        }
        circuitRule.requestCircuitSample();
        return circuit;
    }

    @Override
    public AsymmetryCurveData asymmetryCurves() {
        refreshSymmetry();
        return curves;
    }

    /** Row r of a series as {iteration, its values…}. */
    private static double[] withIteration(SeriesRing.Rows rows, int r) {
        double[] row = new double[1 + rows.columns()];
        row[0] = rows.iteration(r);
        for (int c = 0; c < rows.columns(); c++) row[c + 1] = rows.value(r, c);
        return row;
    }

    /** Appends what the symmetry series gained since the last call and rebuilds the two snapshots. */
    private void refreshSymmetry() {
        long v = telemetry.version();
        if (v == symmetryVersion && transportCost != null) return;
        symmetryVersion = v;
        List<EvaluationRow> rows = telemetry.evaluations();
        boolean fresh = rows != symmetryRows || transportCost == null;
        symmetryRows = rows;
        if (sym != null) {
            SeriesRing.Rows t = sym.transport().since(nextTransport);
            for (int r = 0; r < t.size(); r++) {
                transport.add(withIteration(t, r));
                double events = t.value(r, t.columns() - 1);
                if (events > eventsSeen) transportMarks.add(t.iteration(r));
                eventsSeen = events;
            }
            nextTransport = t.next();
            SeriesRing.Rows a = sym.asymmetry().since(nextAsymmetry);
            int measures = SymmetryTelemetry.ASYMMETRY_MEASURES.size();
            int layers = sym.feedbackLayers().size();
            for (int r = 0; r < a.size(); r++) {
                double[] row = new double[1 + 2 * layers];
                row[0] = a.iteration(r);
                for (int l = 0; l < layers; l++) {
                    row[1 + 2 * l] = a.value(r, l * measures);
                    row[2 + 2 * l] = a.value(r, l * measures + 1);
                }
                asymmetry.add(row);
            }
            nextAsymmetry = a.next();
            SeriesRing.Rows g = sym.alignment().since(nextAlignment);
            for (int r = 0; r < g.size(); r++) alignment.add(withIteration(g, r));
            nextAlignment = g.next();
            fresh |= t.size() > 0 || a.size() > 0 || g.size() > 0;
        }
        if (!fresh) return;
        int e = rows.size();
        double[] evalIt = new double[e];
        double[] evalAcc = new double[e];
        for (int i = 0; i < e; i++) {
            evalIt[i] = (double) rows.get(i).epoch() * outline.batchesPerEpoch(); // evaluations come at epoch ends
            evalAcc[i] = rows.get(i).testAccuracy();
        }
        transportCost = new TransportCostData(++snapshots, algorithm, transport.column(0), transport.column(1),
                transport.column(2), transport.column(3), transport.column(4), transport.column(5), transport.column(6),
                transport.column(7), evalIt, evalAcc);
        List<String> layers = sym == null ? List.of() : sym.feedbackLayers();
        double[][] angle = new double[layers.size()][];
        double[][] norm = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            angle[l] = asymmetry.column(1 + 2 * l);
            norm[l] = asymmetry.column(2 + 2 * l);
        }
        List<String> alignLayers = sym == null ? List.of()
                : Arrays.asList(sym.alignment().columns()).subList(1, sym.alignment().columns().length);
        double[][] perLayer = new double[alignLayers.size()][];
        for (int l = 0; l < perLayer.length; l++) perLayer[l] = alignment.column(2 + l);
        curves = new AsymmetryCurveData(++snapshots, algorithm, layers, asymmetry.column(0), angle, norm, alignLayers,
                alignment.column(0), sym == null ? new double[0] : alignment.column(1), perLayer,
                transportMarks.column(0), feedbackNote);
    }

    @Override
    public ConfusionData confusion() {
        refresh();
        return confusion.isEmpty() ? null : confusion;
    }

    @Override
    public void traceNeurons(String layer, int[] neurons) {
        telemetry.traceNeurons(layer, neurons);
    }

    @Override
    public void traceInputCurrent(boolean on) {
        telemetry.traceInputCurrent(on);
    }

    // ---- conversions

    private void readMetrics() {
        List<BatchMetrics> fresh = telemetry.metrics().since(nextMetric);
        List<EvaluationRow> rows = telemetry.evaluations();
        if (fresh.isEmpty() && rows == rowsSeen) return;
        for (BatchMetrics m : fresh) {
            if (batches == bx.length) {
                int n = bx.length * 2;
                bx = Arrays.copyOf(bx, n);
                bl = Arrays.copyOf(bl, n);
                ba = Arrays.copyOf(ba, n);
                bs = Arrays.copyOf(bs, n);
            }
            bx[batches] = m.samplesSeen();
            bl[batches] = m.loss();
            ba[batches] = m.accuracy();
            bs[batches] = m.samplesPerSecond();
            batches++;
            nextMetric = m.index() + 1;
            latest = m;
        }
        if (rows != rowsSeen) readTestConfusions(rows);
        rowsSeen = rows;
        int e = rows.size();
        int[] ep = new int[e];
        double[] ex = new double[e], tl = new double[e], ta = new double[e], vl = new double[e], va = new double[e];
        for (int i = 0; i < e; i++) {
            EvaluationRow r = rows.get(i);
            ep[i] = r.epoch();
            ex[i] = r.samplesSeen();
            tl[i] = r.trainLoss();
            ta[i] = task.value(r, task.columns().get(0));
            vl[i] = r.testLoss();
            va[i] = task.headlineValue(r);
        }
        learning = new LearningData(++snapshots, Arrays.copyOf(bx, batches), Arrays.copyOf(bl, batches),
                Arrays.copyOf(ba, batches), Arrays.copyOf(bs, batches), ep, ex, tl, ta, vl, va, task.scoreName(),
                task.higherIsBetter(), otherTestAccuracies(rows));
    }

    /**
     * The algorithm's further test accuracies (extras named test_…_accuracy, such as nBP's membrane and exact-match
     * read-outs) and the held-out samples' accuracy, one series per column in the order the rows first name them; none
     * for regression.
     */
    private List<LearningData.TestSeries> otherTestAccuracies(List<EvaluationRow> rows) {
        if (!task.higherIsBetter() || rows.isEmpty()) return List.of();
        java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
        for (EvaluationRow r : rows)
            for (String c : r.extras().keySet()) if (TrainingRun.drawnBesideTestAccuracy(c)) columns.add(c);
        List<LearningData.TestSeries> out = new ArrayList<>();
        for (String c : columns) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) v[i] = rows.get(i).extras().getOrDefault(c, Double.NaN);
            out.add(new LearningData.TestSeries(c, v));
        }
        return out;
    }

    private void readTestConfusions(List<EvaluationRow> rows) {
        List<ConfusionEntry> entries = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            EvaluationRow r = rows.get(i);
            if (r.testConfusion() != null) entries.add(ConfusionEntry.testSet(r.epoch(), r.testAccuracy(), r.testConfusion()));
        }
        testConfusions = entries;
        confusion = new ConfusionData(++snapshots, testConfusions, trainingConfusion);
    }

    private CostData toCosts(EngineCounters c) {
        BatchMetrics m = latest;
        long syn = c != null ? c.synapticOps : costs.synapticOps();
        long dense = c != null ? c.denseMacs : costs.denseMacs();
        long back = c != null ? c.backwardMacs : costs.backwardMacs();
        long bytes = c != null ? c.backwardBytesPeak : costs.backwardBytes();
        long samples = c != null ? c.samples : costs.samples();
        return new CostData(++snapshots, syn, dense, back, bytes, samples,
                m == null ? 0 : m.samplesPerSecond(), m == null ? 0 : m.trainSeconds(), m == null ? 0 : m.fractionDone(),
                counterFrame.chipProfile(), counterFrame.trainingJoulesPerSample(), counterFrame.inferenceJoulesPerSample());
    }

    private ActivitySnapshot toActivity(RasterFrame f) {
        List<RasterData> layers = new ArrayList<>();
        List<TraceData> traces = new ArrayList<>();
        for (LayerRaster l : f.layers()) {
            int[] shape = l.shape();
            layers.add(new RasterData(l.name(), l.spiking(), l.neurons(), l.steps(), l.spikes().clone(), l.analog(),
                    shape.length == 3 ? shape[0] : 1));
            int[] traced = l.tracedNeurons();
            if (l.spiking() && traced.length > 0) {
                float[] m = new float[l.steps() * traced.length];
                float[] cur = l.hasCurrents() ? new float[m.length] : null;
                for (int t = 0; t < l.steps(); t++)
                    for (int k = 0; k < traced.length; k++) {
                        m[t * traced.length + k] = l.trace(t, k);
                        if (cur != null) cur[t * traced.length + k] = l.current(t, k);
                    }
                traces.add(new TraceData(l.name(), traced, l.steps(), m, l.threshold(), cur));
            }
        }
        countConfusion(f);
        return new ActivitySnapshot(++snapshots, f.iteration(), f.epoch(), f.batch(), f.sampleIndex(), f.label(),
                f.predicted(), outline.classNames(), f.outputs().clone(), image(f), layers, traces,
                f.target().length == 0 ? null : f.target().clone());
    }

    private void countConfusion(RasterFrame f) {
        int k = outline.classNames().size();
        if (k == 0 || f.label() < 0) return;
        if (filling == null || f.epoch() != confusionEpoch) {
            filling = new ConfusionMatrix.Counter(k);
            confusionEpoch = f.epoch();
        }
        filling.add(f.label(), f.predicted());
        trainingConfusion = ConfusionEntry.trainingSamples(f.epoch(), filling.matrix());
        confusion = new ConfusionData(++snapshots, testConfusions, trainingConfusion);
    }

    /** The sample's picture from the data set, else the input layer's spike rate per pixel. */
    private SampleImage image(RasterFrame f) {
        int[] shape = outline.inputShape();
        if (shape.length != 3) return null;
        int c = shape[0], h = shape[1], w = shape[2];
        float[] px = new float[c * h * w];
        if (images != null && f.sampleIndex() >= 0 && f.sampleIndex() < images.size()
                && images.sampleLength() == px.length) {
            byte[] raw = new byte[px.length];
            images.copyRawSample(f.sampleIndex(), raw, 0);
            // stored channel-first (C×H×W); the picture is channels-last
            for (int ch = 0; ch < c; ch++)
                for (int i = 0; i < h * w; i++) px[i * c + ch] = (raw[ch * h * w + i] & 0xFF) / 255f;
            return new SampleImage(w, h, c, px);
        }
        LayerRaster in = f.layers().isEmpty() ? null : f.layers().get(0);
        if (in == null || in.neurons() != px.length || in.steps() == 0) return null;
        if (in.analog()) { // real values: their mean magnitude over the steps, no frames behind them
            byte[] levels = in.spikes();
            for (int t = 0; t < in.steps(); t++)
                for (int n = 0; n < px.length; n++) px[n] += Math.abs(levels[t * px.length + n]) / 127f / in.steps();
            return new SampleImage(w, h, c, px);
        }
        for (int t = 0; t < in.steps(); t++)
            for (int n = 0; n < px.length; n++) if (in.spike(t, n)) px[n] += 1f / in.steps();
        return new SampleImage(w, h, c, px, true);
    }
}
