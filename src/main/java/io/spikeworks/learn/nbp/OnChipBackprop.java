package io.spikeworks.learn.nbp;

import io.spikeworks.learn.BatchContext;
import io.spikeworks.learn.BatchResult;
import io.spikeworks.learn.GradientMethod;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.OwnInference;
import io.spikeworks.learn.RunWarnings;
import io.spikeworks.learn.score.Score;
import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On-chip backprop as on Loihi (nBP, Renner et al. 2024) as a training algorithm of the workbench: the project's
 * 400-400-10 (or 784-400-10) dense network runs as the gated integer circuit, trained one sample at a time by the
 * ±2 Hebbian rule ({@link NbpEngine}, proven identical to the reference rule and the neuron-level circuit), and
 * evaluated by the same circuit's 4-step inference ({@link OwnInference}). The float network the project also
 * describes is not used: the optimiser is skipped.
 *
 * <p>Figures: test accuracy is the paper's spike-argmax (the readout is the output spikes, so the confusion matrix's
 * diagonal is that accuracy); {@code test_membrane_accuracy} and {@code test_exact_accuracy} go to the rule's
 * metrics. The training batches' accuracy is the exact-match share (all ten output spikes right), which the rule
 * gets free while learning. Loss: mean squared error between output spikes and the one-hot target.
 *
 * <p>An output unit whose net input stays at or below 0 gets no error signal from the published rule; {@link
 * SilentOutputWatch} notices units that have not fired for an epoch's worth of samples, {@code silent_output_units}
 * counts them and {@link #runWarnings()} names them. The rule is not changed to rescue them.
 */
public final class OnChipBackprop implements LearningRule, OwnInference, CircuitRecording, RunWarnings {
    public static final String ID = "nbp";

    public static final ComponentSpec SPEC = ComponentSpec.of(ComponentFamily.ALGORITHM, ID, "On-chip backprop (nBP, Loihi)",
                    "Renner et al. 2024: binary units, synfire-gated phases (12 steps per training sample, 4 per "
                            + "inference), 8-bit even weights changed by exactly ±2 by a local Hebbian rule, mirrored "
                            + "±W2ᵀ copies instead of weight transport. Needs a binary data set, the direct encoder and "
                            + "two dense layers.",
                    ParamSpec.ofInt("weightSeed", "Weight seed").withDefault(1)
                            .withHelp("seed of the initial integer weights (He normal ×1024, clipped to ±240, even); "
                                    + "the sample order follows the training seed"))
            .withProjectCheck(OnChipBackprop::check);

    private final long weightSeed;
    private NbpEngine engine;
    private int inputs;
    private int outputs;
    private int[] active = new int[0];
    private int[] outNet = new int[0];
    private NbpScore evalScore = new NbpScore();
    private boolean trainedSinceEvaluation = true;
    private NbpCostModel cost;
    /** The network's weight arrays, which show the circuit's integer weights to the views and checkpoints' readers. */
    private float[] shownW1;
    private float[] shownW2;
    private final NbpActivity activity = new NbpActivity();
    /** Set by any thread to ask for a circuit recording at the next batch; on at first, so a run always has one. */
    private volatile boolean circuitWanted = true;
    private volatile CircuitSample latestCircuit;
    /** Without anyone asking, one circuit check per this many samples (an MNIST epoch), so headless runs assert it too. */
    static final long CHECK_EVERY_SAMPLES = 60_000;
    private long samplesTrained;
    private long nextScheduledCheck = CHECK_EVERY_SAMPLES;
    private long circuitChecks;
    private int circuitWorst;
    private SilentOutputWatch silentOutputs;
    private volatile List<String> warnings = List.of();

    public OnChipBackprop(long weightSeed) {
        this.weightSeed = weightSeed;
    }

    public static OnChipBackprop from(Component c) {
        return new OnChipBackprop(c.getInt("weightSeed"));
    }

    /** The project's problems for the circuit, each at the JSON path of what is wrong. */
    static List<ValidationError> check(Project p) {
        List<ValidationError> out = new ArrayList<>();
        for (String problem : NbpProjectCheck.problems(p)) {
            String path = problem.startsWith("data set") ? "$.dataset.name"
                    : problem.startsWith("encoder") ? "$.encoder.type" : "$.network.layers";
            out.add(new ValidationError(path, "nbp cannot run this: " + problem));
        }
        return out;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String feedbackNote() {
        return "keeps mirrored ±W2ᵀ copies that receive W2's own ±2 updates, so W2ᵀ − B stays zero and nothing is "
                + "transported";
    }

    @Override
    public void attach(Network network) {
        List<SpikingLayer> layers = network.spikingLayers();
        if (layers.size() != 2)
            throw new IllegalArgumentException("nbp runs one hidden and one output layer, the network has " + layers.size());
        inputs = network.inputSize();
        int hidden = layers.get(0).outputSize();
        outputs = network.outputSize();
        engine = new NbpEngine(NbpWeights.heInit(inputs, hidden, outputs, weightSeed));
        cost = new NbpCostModel(inputs, hidden, outputs);
        shownW1 = layers.get(0).weightValues();
        shownW2 = layers.get(1).weightValues();
        showWeights();
        active = new int[inputs];
        outNet = new int[outputs];
        silentOutputs = new SilentOutputWatch(outputs, SilentOutputWatch.DEFAULT_LIMIT);
    }

    /** The integer circuit the rule trains. */
    public NbpEngine engine() {
        return engine;
    }

    @Override
    public GradientMethod gradientMethod() {
        return this::trainBatch;
    }

    private void trainBatch(BatchContext ctx) {
        float[] x = ctx.inputs();
        int[] labels = ctx.labels();
        int batch = ctx.batchSize();
        float[] readout = new float[batch * outputs];
        long wrongSpikes = 0;
        int exact = 0;
        NbpCounters done = cost.zero();
        for (int b = 0; b < batch; b++) {
            int n = activeInputs(x, b);
            if (b == 0) { // the views show the batch's first sample: its output spikes before it learned
                engine.infer(active, 0, n, outNet);
                writeSpikes(readout, 0);
            }
            GatedNbpCircuit circuit = null;
            if (b == 0 && (circuitWanted || samplesTrained >= nextScheduledCheck)) { // before the engine learns it
                circuitWanted = false;
                if (samplesTrained >= nextScheduledCheck) nextScheduledCheck = samplesTrained + CHECK_EVERY_SAMPLES;
                circuit = GatedNbpCircuit.runRecorded(engine.weights(), denseInput(n), labels[b]);
            }
            int wrong = engine.train(active, 0, n, labels[b], activity);
            engine.lastOutputNet(outNet);
            silentOutputs.add(outNet, labels[b]);
            if (circuit != null) publishCircuit(circuit, labels[b]);
            samplesTrained++;
            cost.addTrainingSample(activity, done);
            wrongSpikes += wrong;
            if (wrong == 0) exact++;
        }
        trainedSinceEvaluation = true;
        if (!warnings.isEmpty() || !silentOutputs.silentUnits().isEmpty()) warnings = silentOutputs.warnings();
        addWork(done, batch, ctx.work());
        showWeights();
        ctx.record((double) wrongSpikes / ((long) batch * outputs), Score.classes(batch, exact), readout);
        ctx.skipOptimizer();
    }

    @Override
    public void requestCircuitSample() {
        circuitWanted = true;
    }

    @Override
    public CircuitSample latestCircuitSample() {
        return latestCircuit;
    }

    @Override
    public CircuitRecord recordCycle(float[] features, int label) {
        if (engine == null) throw new IllegalStateException("nBP has no circuit before it is attached to a network");
        if (features.length != inputs)
            throw new IllegalArgumentException("the circuit takes " + inputs + " inputs, got " + features.length);
        if (label < 0 || label >= outputs) throw new IllegalArgumentException("label " + label + " of " + outputs + " classes");
        int[] x = new int[inputs];
        for (int i = 0; i < inputs; i++) x[i] = features[i] > 0.5f ? 1 : 0; // as trainBatch reads the inputs
        return GatedNbpCircuit.runRecorded(engine.weights(), x, label).lastRecord();
    }

    /** The first {@code n} active inputs as the circuit's 0/1 input vector. */
    private int[] denseInput(int n) {
        int[] x = new int[inputs];
        for (int i = 0; i < n; i++) x[active[i]] = 1;
        return x;
    }

    /** The circuit learned the sample the engine has just learned: compares them, checks the copies, publishes. */
    private void publishCircuit(GatedNbpCircuit circuit, int label) {
        NbpWeights fromCircuit = circuit.weights();
        NbpWeights fromEngine = engine.weights();
        int engineDifference = Math.max(GatedNbpCircuit.maxAbsDifference(fromCircuit.w1Copy(), fromEngine.w1Copy()),
                GatedNbpCircuit.maxAbsDifference(fromCircuit.w2Copy(), fromEngine.w2Copy()));
        MirrorCheck mirror = circuit.mirrorDifferences();
        circuitChecks++;
        circuitWorst = Math.max(circuitWorst, Math.max(mirror.worst(), engineDifference));
        latestCircuit = new CircuitSample(samplesTrained, label, circuit.lastRecord(), mirror, engineDifference,
                circuitChecks, circuitWorst, warnings);
    }

    /** The weight views read the network's parameters: they hold the circuit's integer weights (Loihi units). */
    private void showWeights() {
        engine.copyWeightsInto(shownW1, shownW2);
    }

    /** The last inference's output spikes (net input over the binary threshold) as 0/1 readout; returns their count. */
    private int writeSpikes(float[] readout, int offset) {
        int spikes = 0;
        for (int k = 0; k < outputs; k++) {
            boolean on = outNet[k] > NbpConstants.BINARY_THRESHOLD;
            readout[offset + k] = on ? 1f : 0f;
            if (on) spikes++;
        }
        return spikes;
    }

    private int activeInputs(float[] x, int b) {
        int n = 0;
        int base = b * inputs;
        for (int i = 0; i < inputs; i++) if (x[base + i] > 0.5f) active[n++] = i;
        return n;
    }

    @Override
    public BatchResult evaluate(float[] x, int[] labels, float[] targets, int batch, float[] readout,
                                EngineCounters work) {
        if (labels == null) throw new IllegalArgumentException("nbp classifies: it needs class labels");
        if (trainedSinceEvaluation) {
            evalScore = new NbpScore();
            trainedSinceEvaluation = false;
        }
        NbpScore score = new NbpScore();
        NbpCounters done = cost.zeroInference();
        for (int b = 0; b < batch; b++) {
            int n = activeInputs(x, b);
            int hidden = engine.infer(active, 0, n, outNet);
            cost.addInferenceSample(n, hidden, writeSpikes(readout, b * outputs), done);
            score.add(outNet, labels[b]);
            evalScore.add(outNet, labels[b]);
        }
        addWork(done, batch, work);
        return new BatchResult(score.mseLoss(), Score.classes(batch, score.spikeCorrect()));
    }

    /** The gated circuit's work as the chip's energy model counts it: every synaptic event, every compartment
     *  update of every step, and every plastic coincidence. */
    private static void addWork(NbpCounters c, int samples, EngineCounters into) {
        into.synapticOps += c.synapticEvents();
        into.neuronUpdates += c.neuronUpdates();
        into.plasticUpdates += c.plasticUpdates();
        into.samples += samples;
    }

    /** The synfire chain's 12 gated steps per training sample (seeds.md §3.7). */
    @Override
    public int chipStepsPerTrainingSample() {
        return SynfireGateChain.TRAINING_PHASES.size();
    }

    /** The 4-step inference path. */
    @Override
    public int chipStepsPerInferenceSample() {
        return SynfireGateChain.INFERENCE_PHASES.size();
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("test_membrane_accuracy", evalScore.samples() == 0 ? Double.NaN : evalScore.membraneAccuracy());
        m.put("test_exact_accuracy", evalScore.samples() == 0 ? Double.NaN : evalScore.exactAccuracy());
        NbpWeights w = engine == null ? null : engine.weights();
        m.put("weights_at_limit", w == null ? Double.NaN : (double) w.countAtLimit());
        // the circuit checks so far (dashboard requests, the first batch, one per 60,000 samples) and the largest
        // copy or circuit-vs-engine difference they found: 0 unless the mirrored copies broke
        m.put("circuit_checks", (double) circuitChecks);
        m.put("circuit_max_difference", (double) circuitWorst);
        // output units that have not fired for SilentOutputWatch.DEFAULT_LIMIT training samples
        m.put("silent_output_units", silentOutputs == null ? Double.NaN : (double) silentOutputs.silentUnits().size());
        return m;
    }

    @Override
    public List<String> runWarnings() {
        return warnings;
    }

    /** What the rule has seen of each output unit's silence. */
    public SilentOutputWatch silentOutputs() {
        return silentOutputs;
    }

    @Override
    public Map<String, float[][]> state() {
        NbpWeights w = engine.weights();
        Map<String, float[][]> s = new LinkedHashMap<>();
        s.put("nbp.w1", new float[][]{StateFloats.ofInts(w.w1Copy())});
        s.put("nbp.w2", new float[][]{StateFloats.ofInts(w.w2Copy())});
        return s;
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        float[][] w1 = state.get("nbp.w1");
        float[][] w2 = state.get("nbp.w2");
        if (w1 == null || w2 == null || w1.length != 1 || w2.length != 1)
            throw new IllegalArgumentException("the nbp state needs nbp.w1 and nbp.w2");
        NbpWeights now = engine.weights();
        engine = new NbpEngine(new NbpWeights(now.nIn(), now.nHid(), now.nOut(), StateFloats.toInts(w1[0]),
                StateFloats.toInts(w2[0])));
        showWeights();
    }
}
