package io.spikeworks.learn;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.data.Batch;
import io.spikeworks.data.EpochBatches;
import io.spikeworks.data.MiniBatches;
import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.state.ProjectWeights;
import io.spikeworks.learn.score.CheckpointChoice;
import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.FunctionErrors;
import io.spikeworks.learn.score.Score;
import io.spikeworks.learn.score.TaskMetrics;
import io.spikeworks.learn.score.TestPredictions;
import io.spikeworks.learn.symmetry.WeightSymmetryRule;
import io.spikeworks.model.Project;
import io.spikeworks.model.TrainingSpec;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Shapes;
import io.spikeworks.sim.neuron.SpikeFunction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training run of a project on a data set, advanced one batch at a time so that a driver (CLI, worker
 * thread) can pause, step or stop between batches. Everything random derives from the project's seed.
 */
public final class TrainingRun {
    private final Project project;
    private final Trainer trainer;
    private final ChipBinding chip;
    private final SampleSet train;
    private final SampleSet test;
    private final TaskMetrics metrics;
    private final MiniBatches batches;
    private final Batch batch;
    private final float[] channelsLast;
    private final int epochs;
    private final long seed;
    private final List<EvaluationRow> rows = new ArrayList<>();
    private EpochBatches epochCursor;
    private int epoch;
    private long samplesSeen;
    private double epochLoss;
    private Score epochScore = Score.NONE;
    private long epochNanos;
    private long trainNanos;
    private long trainSamples;
    private long inferNanos;
    private long inferSamples;
    /** The test set's layout as test functions on a grid and its targets, or null (classification, no grid). */
    private final io.spikeworks.data.RegressionLayout testLayout;
    private float[] testReferences;
    private volatile TestPredictions latestPredictions;
    /** Samples held out of the training data, scored at every evaluation to choose a checkpoint by; or null. */
    private final SampleSet validation;

    /** Names of the held-out set's figures in each row's extras (and metrics.csv). */
    public static final String VALIDATION_ACCURACY = "validation_accuracy";
    public static final String VALIDATION_LOSS = "validation_loss";

    /**
     * Whether a metrics column belongs on the accuracy chart beside the test accuracy: an algorithm's further
     * read-outs of it ({@code test_membrane_accuracy}, {@code test_exact_accuracy} of nBP) and the held-out accuracy.
     */
    public static boolean drawnBesideTestAccuracy(String column) {
        return column.equals(VALIDATION_ACCURACY) || column.matches("test_\\w+_accuracy");
    }

    public TrainingRun(Project project, SampleSet train, SampleSet test) {
        this(project, train, test, ChipProfiles.load(ChipProfiles.defaultUserDirectory()));
    }

    /**
     * @param train the project's training data; the run holds {@code dataset.holdOut} of them out of training (a
     *              seeded choice, the training seed) and scores those at every evaluation ({@link #validation})
     * @param chips where the project's chip profile is looked up
     */
    public TrainingRun(Project project, SampleSet train, SampleSet test, ChipProfiles chips) {
        this.project = project;
        TrainingSpec ts = project.training();
        if (train.hasClassLabels() != test.hasClassLabels() || train.targetLength() != test.targetLength())
            throw new IllegalArgumentException(train.name() + " and " + test.name() + " do not have the same kind of target");
        // whatever the source: an empty set would train on nothing and fail later as "loss became NaN"
        if (train.size() == 0)
            throw new IllegalArgumentException(train.name() + " has no samples, so there is nothing to train on");
        Integer holdOut = project.dataset().holdOut();
        SampleSet heldOut = null;
        if (holdOut != null) {
            io.spikeworks.data.TrainValidationSplit held;
            try {
                held = TrainingData.holdOut(train, holdOut, ts.seed());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("$.dataset.holdOut: " + e.getMessage(), e);
            }
            train = held.train();
            heldOut = held.validation();
        }
        this.train = train;
        this.validation = heldOut;
        this.test = test;
        this.metrics = TaskMetrics.of(train.hasClassLabels());
        this.testLayout = test instanceof io.spikeworks.data.RealValuedSet r ? r.layout().orElse(null) : null;
        this.epochs = ts.epochs();
        this.seed = ts.seed();
        SpikeFunction f = LearningRules.spikeFunction(project.algorithm());
        int[] inputShape = train.sampleShape();
        ChipProfile profile = chips.require(project.chipProfile());
        Network net = NetworkFactory.network(project.network(), inputShape, f, seed, profile.state()::constrain);
        ProjectWeights.applyTo(project, net);
        this.trainer = new Trainer(net, NetworkFactory.encoder(project.encoder()), NetworkFactory.loss(project.loss()),
                NetworkFactory.optimizer(ts.optimizer()), LearningRules.create(project.algorithm()), ts.timeSteps(),
                ts.learningRate(), NetworkFactory.schedule(ts.schedule()));
        this.chip = trainer.rule() instanceof OwnInference own
                ? new ChipBinding(profile, net, own.chipStepsPerInferenceSample(), own.chipStepsPerTrainingSample(), seed)
                : new ChipBinding(profile, net, ts.timeSteps(), seed);
        chip.quantizeFeedback(net, seed);
        try {
            chip.setMapping(io.spikeworks.chip.DesignRuleCheck.check(project, io.spikeworks.model.ComponentCatalog.standard(),
                    profile).mapping());
        } catch (IllegalArgumentException e) {
            // a layer type without shape rules: the summary goes without the mapping
        }
        trainer.setHooks(chip);
        if (trainer.rule() instanceof WeightSymmetryRule w) w.transportMeter().useChip(profile.feedbackWeights().bitCount(),
                profile.energy().perTransportedBit().si() * 1e12, chip.meter()::addTransport);
        this.batches = MiniBatches.shuffled(train, ts.batchSize(), seed, false);
        this.batch = batches.newBatch();
        this.channelsLast = inputShape.length == 3 && inputShape[0] > 1 ? new float[batch.features().length] : null;
    }

    /** Mixes (seed, stream, index) into an encoder seed, so batches and evaluations never share spikes. */
    public static long mix(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        return z ^ (z >>> 33);
    }

    public boolean finished() {
        return epoch >= epochs;
    }

    /**
     * Trains on the next batch. At the end of an epoch it also evaluates on the test set and reports the row.
     * Returns false when the run is over.
     */
    public boolean step(TrainingListener listener) {
        if (finished()) return false;
        if (epochCursor == null) {
            epochCursor = batches.epoch(epoch);
            epochLoss = 0;
            epochScore = Score.NONE;
            epochNanos = 0;
        }
        long t0 = System.nanoTime();
        epochCursor.next(batch);
        trainer.setProgress(epoch, ((double) epoch * epochCursor.batchCount() + batch.number())
                / ((double) epochs * epochCursor.batchCount()));
        int n = batch.size();
        BatchResult r = trainer.trainBatch(features(batch), batch.targets() == null ? batch.labels() : null,
                batch.targets(), batch.events(), n, mix(seed, epoch, batch.number()));
        long dt = System.nanoTime() - t0;
        epochNanos += dt;
        trainNanos += dt;
        trainSamples += n;
        samplesSeen += n;
        epochLoss += r.loss() * n;
        epochScore = epochScore.plus(r.score());
        if (!Double.isFinite(r.loss())) throw new TrainingDivergedException("loss became " + r.loss()
                + " at epoch " + (epoch + 1) + ", batch " + (batch.number() + 1));
        listener.onBatch(new BatchProgress(epoch + 1, batch.number() + 1, epochCursor.batchCount(), epochs, samplesSeen,
                r.loss(), metrics.batchScore(r.score()), n / (dt / 1e9), trainNanos / 1e9));
        if (!epochCursor.hasNext()) {
            EvaluationResult ev = evaluate(test);
            Map<String, Double> extras = new LinkedHashMap<>(metrics.extras(epochScore, ev.score()));
            if (ev.predictions() != null) {
                latestPredictions = new TestPredictions(epoch + 1, samplesSeen, trainer.network().outputSize(),
                        ev.predictions());
                if (testLayout != null) extras.putAll(FunctionErrors.spread(functionErrors(ev.predictions())));
            }
            if (validation != null) {
                EvaluationResult v = evaluate(validation);
                extras.put(VALIDATION_LOSS, v.loss());
                extras.put(VALIDATION_ACCURACY, v.accuracy());
            }
            extras.putAll(trainer.rule().metrics());
            boolean classes = metrics == TaskMetrics.CLASSIFICATION;
            long epochSamples = epochScore.samples();
            EvaluationRow row = new EvaluationRow(epoch + 1, samplesSeen, epochLoss / epochSamples,
                    classes ? epochScore.accuracy() : Double.NaN, ev.loss(), classes ? ev.accuracy() : Double.NaN,
                    epochSamples / (epochNanos / 1e9), trainer.learningRate(), extras, ev.confusion());
            rows.add(row);
            listener.onEvaluation(row);
            epoch++;
            epochCursor = null;
        }
        return !finished();
    }

    /** The samples trained on: the training data less the held-out samples. */
    public SampleSet trainingSet() {
        return train;
    }

    /** The samples the project holds out of training, scored at every evaluation; or null. */
    public SampleSet validation() {
        return validation;
    }

    /** The evaluation whose held-out accuracy was best (the earliest among equals); empty without held-out samples. */
    public java.util.Optional<EvaluationRow> chosenByValidation() {
        int best = CheckpointChoice.earliestBest(rows.size(),
                i -> rows.get(i).extras().getOrDefault(VALIDATION_ACCURACY, Double.NaN));
        return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(rows.get(best));
    }

    /** Runs to the end. */
    public void run(TrainingListener listener) {
        while (step(listener)) {
            if (Thread.currentThread().isInterrupted()) return;
        }
    }

    /**
     * @param confusion   true against predicted class of every sample evaluated; null for real-valued targets
     * @param predictions every row's readout (rows × outputs) for real-valued targets; null for class labels
     */
    public record EvaluationResult(double loss, Score score, ConfusionMatrix confusion, float[] predictions) {
        public EvaluationResult(double loss, Score score, ConfusionMatrix confusion) {
            this(loss, score, confusion, null);
        }

        public double accuracy() {
            return score.accuracy();
        }

        public int samples() {
            return (int) score.samples();
        }
    }

    /**
     * Accuracy, loss and confusion matrix on a data set, without updating anything. The matrix comes from the
     * readouts the evaluation computes anyway, with the loss's own prediction, so its diagonal is the accuracy.
     */
    public EvaluationResult evaluate(SampleSet data) {
        MiniBatches eval = MiniBatches.inOrder(data, batches.batchSize());
        Batch b = eval.newBatch();
        EpochBatches it = eval.epoch(0);
        int k = trainer.network().outputSize();
        boolean classes = data.hasClassLabels();
        ConfusionMatrix.Counter confusion = classes ? new ConfusionMatrix.Counter(Math.max(k, data.classNames().size())) : null;
        // the readouts are the predictions of a real-valued task: one copy of them per evaluation, for views and files
        float[] predictions = classes ? null : new float[data.size() * k];
        double loss = 0;
        Score score = Score.NONE;
        long t0 = System.nanoTime();
        while (it.next(b)) {
            BatchResult r = trainer.evaluateBatch(features(b), classes ? b.labels() : null, b.targets(), b.events(),
                    b.size(), mix(seed, -1, b.number()));
            if (classes) {
                float[] readout = trainer.lastReadout();
                int[] labels = b.labels();
                for (int i = 0; i < b.size(); i++) confusion.add(labels[i], trainer.loss().predict(readout, i, k));
            } else {
                float[] readout = trainer.lastReadout();
                int[] rows = b.indices();
                for (int i = 0; i < b.size(); i++) System.arraycopy(readout, i * k, predictions, rows[i] * k, k);
            }
            loss += r.loss() * b.size();
            score = score.plus(r.score());
        }
        inferNanos += System.nanoTime() - t0;
        long total = score.samples();
        inferSamples += total;
        return new EvaluationResult(total == 0 ? Double.NaN : loss / total, score,
                classes ? confusion.matrix() : null, predictions);
    }

    /** Each test function's relative L2 error for these predictions of the test set. */
    public double[] functionErrors(float[] predictions) {
        if (testLayout == null) return new double[0];
        if (testReferences == null) testReferences = FunctionErrors.references((io.spikeworks.data.RealValuedSet) test);
        return FunctionErrors.relativeL2(testLayout, testReferences, predictions);
    }

    /** The test set's predictions at the latest evaluation of a real-valued task, or null; any thread. */
    public TestPredictions latestPredictions() {
        return latestPredictions;
    }

    /** The test set, whose rows the predictions follow. */
    public SampleSet testSet() {
        return test;
    }

    /** The engine holds images channels-last; the data set hands them out channel planes first. */
    private float[] features(Batch b) {
        if (channelsLast == null) return b.features();
        Shapes.planesToChannelsLast(b.features(), 0, channelsLast, 0, train.sampleShape(), b.size());
        return channelsLast;
    }

    /** Where the run stands between two batches; with weights and optimiser state, enough to resume it exactly. */
    public RunPosition position() {
        int next = epochCursor == null ? 0 : batch.number() + 1;
        return new RunPosition(epoch, next, trainer.iteration(), samplesSeen, epochLoss, epochScore, epochNanos,
                trainNanos, trainSamples, rows);
    }

    /**
     * Continues from a position taken with {@link #position()} on a run of the same project and data. Weights and
     * optimiser state are the caller's to restore; the batch order and encoder seeds follow from the position.
     */
    public void resumeAt(RunPosition p) {
        int perEpoch = batches.batchesPerEpoch();
        if (p.epoch() < 0 || p.epoch() > epochs || p.nextBatch() < 0 || p.nextBatch() >= perEpoch
                || (p.epoch() == epochs && p.nextBatch() != 0))
            throw new IllegalArgumentException("position epoch " + p.epoch() + ", batch " + p.nextBatch()
                    + " is outside this run of " + epochs + " epochs × " + perEpoch + " batches");
        epoch = p.epoch();
        samplesSeen = p.samplesSeen();
        trainNanos = p.trainNanos();
        trainSamples = p.trainSamples();
        rows.clear();
        rows.addAll(p.rows());
        trainer.resumeIteration(p.iteration());
        if (p.nextBatch() == 0) {
            epochCursor = null;
            return;
        }
        epochCursor = batches.epoch(epoch);
        for (int i = 0; i < p.nextBatch(); i++) epochCursor.next(batch);
        epochLoss = p.epochLoss();
        epochScore = p.epochScore();
        epochNanos = p.epochNanos();
    }

    /** The buffers of the batch just trained (labels, data set indices); read them on the training thread only. */
    public Batch lastBatch() {
        return batch;
    }

    public int batchesPerEpoch() {
        return batches.batchesPerEpoch();
    }

    public List<EvaluationRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** What this run's task reports at each evaluation. */
    public TaskMetrics metrics() {
        return metrics;
    }

    /** The class names of the test set, in label order (the confusion matrices' rows); empty for regression. */
    public List<String> classNames() {
        return test.classNames();
    }

    public ChipBinding chip() {
        return chip;
    }

    public Trainer trainer() {
        return trainer;
    }

    public Project project() {
        return project;
    }

    public int epochs() {
        return epochs;
    }

    public long samplesSeen() {
        return samplesSeen;
    }

    public double trainSeconds() {
        return trainNanos / 1e9;
    }

    public double trainSamplesPerSecond() {
        return trainNanos == 0 ? 0 : trainSamples / (trainNanos / 1e9);
    }

    public double inferSamplesPerSecond() {
        return inferNanos == 0 ? 0 : inferSamples / (inferNanos / 1e9);
    }

    public EngineCounters counters() {
        return trainer.counters();
    }
}
