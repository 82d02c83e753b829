package io.spikeworks.session;

import io.spikeworks.data.Batch;
import io.spikeworks.data.Dataset;
import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.TrainingDivergedException;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.gradient.GradientComparison;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.symmetry.WeightSymmetryRule;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A training run on a worker thread of its own ("spikeworks-training", a daemon), driven by commands from any
 * thread: {@link #start}, {@link #pause}, {@link #resume}, {@link #stepBatch}, {@link #stop}, {@link #setSpeed}.
 * Commands are recorded at once and take effect between batches — a batch is never cut short — so weights,
 * optimiser state, evaluation rows and telemetry are always those after a whole batch.
 *
 * <p>Work that reads or changes the engine — {@link #inspect}, {@link #checkpoint}, {@link #restore} — is queued to
 * the worker and runs between batches (at once when paused); the result comes back as a future, completed on the
 * worker. Once training is over (STOPPED, FINISHED, FAILED) the worker has ended and such work runs on the calling
 * thread. Nothing here blocks on a reader: telemetry goes one way, into {@link #telemetry()}.
 *
 * <p>NaN or infinity in the loss, the weights or the readout pauses the session with a {@link SessionProblem}
 * naming the layer and time step; it stays inspectable, and resumes only after a {@link #restore}.
 */
public final class TrainingSession implements AutoCloseable {
    static final String THREAD_NAME = "spikeworks-training";

    private final Project project;
    private final String projectJson;
    private final SampleSet train;
    private final SampleSet test;
    private final TrainingRun run;
    private final Trainer trainer;
    private final Network network;
    private final List<Param> params;
    private final SessionOptions options;
    private final SessionClock clock;
    private final Telemetry telemetry;
    private final DivergenceCheck divergence;
    private final SessionOutline outline;
    private final BatchGovernor governor = new BatchGovernor();
    private final BatchHook hook = new BatchHook();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    /** Serialises engine work that runs off the worker (after it ended). */
    private final Object engineWork = new Object();

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled on every command and every state change. */
    private final Condition changed = lock.newCondition();
    // guarded by lock
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private SessionState state = SessionState.IDLE;
    private SessionProblem problem;
    private Speed speed = Speed.FULL;
    private boolean runRequested;
    private int stepsRequested;
    private boolean stopRequested;
    /** Batches (as {@code telemetry().metrics().count()}) at which training pauses once; -1 for none. */
    private long pauseAtBatch = -1;
    private Thread worker;
    private boolean workerAlive;
    private long statusVersion;

    private volatile SessionStatus status;
    /** Written by the worker after each batch, so a status made on another thread reads no engine field. */
    private volatile long iterationDone;
    private volatile long samplesDone;
    // worker-confined
    private SampleInspector inspector;
    private SessionProblem batchProblem;
    private long wallStart;

    /**
     * Builds the run (network with initial weights from the seed) without starting anything. For a project's own
     * data use {@link SessionSetup}, which also configures the tensor runtime ({@code TensorRuntime}) first.
     */
    /** What the run's task reports (accuracy, or regression errors). */
    public io.spikeworks.learn.score.TaskMetrics taskMetrics() {
        return run.metrics();
    }

    /** How the run's rule sends errors back, for views with no W − Bᵀ to show (see LearningRule#feedbackNote). */
    public String feedbackNote() {
        return trainer.rule().feedbackNote();
    }

    /** The run's rule when it can record a sample through its neuron-level circuit (nBP), else null; any thread. */
    public io.spikeworks.learn.nbp.CircuitRecording circuitRecording() {
        return trainer.rule() instanceof io.spikeworks.learn.nbp.CircuitRecording c ? c : null;
    }

    /** The run's training algorithm. */
    public io.spikeworks.learn.LearningRule rule() {
        return trainer.rule();
    }

    /** The run's TTL-BPTT rule, whose savings the truncation-cost card shows; null for other rules. */
    public io.spikeworks.learn.ttl.TruncatedLocalBptt truncatedBptt() {
        return trainer.rule() instanceof io.spikeworks.learn.ttl.TruncatedLocalBptt t ? t : null;
    }

    /** The test set, whose rows the evaluation's predictions ({@link Telemetry#predictions()}) follow. */
    public SampleSet testSet() {
        return test;
    }

    /** The held-out samples scored at every evaluation, or null. */
    public SampleSet heldOutSet() {
        return run.validation();
    }

    /** The samples trained on. */
    public SampleSet trainingSet() {
        return train;
    }

    /** The images trained on, for views that show a sample's picture; null when the samples are not images. */
    public Dataset trainingImages() {
        return train instanceof Dataset d ? d : null;
    }

    /** @param data the project's training data; the run holds the project's held-out samples out of it */
    public TrainingSession(Project project, SampleSet data, SampleSet test, SessionOptions options) {
        this.project = Objects.requireNonNull(project, "project");
        Objects.requireNonNull(data, "data");
        this.test = Objects.requireNonNull(test, "test");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = options.clock();
        this.projectJson = new ProjectJson().toJson(project);
        this.run = new TrainingRun(project, data, test);
        this.train = run.trainingSet();
        this.trainer = run.trainer();
        this.network = trainer.network();
        this.params = network.params();
        this.divergence = new DivergenceCheck(network);
        Map<String, Integer> spikingSizes = new LinkedHashMap<>();
        List<SessionOutline.Layer> layers = new ArrayList<>();
        for (Layer l : network.layers()) {
            boolean spiking = l instanceof SpikingLayer;
            layers.add(new SessionOutline.Layer(l.name(), l.outputShape(), l.outputSize(), spiking));
        }
        // every layer the raster shows with membranes may be traced, a DeepONet block's inner ones included
        for (Layer l : RasterCapture.shownLayers(network))
            if (l instanceof SpikingLayer) spikingSizes.put(l.name(), l.outputSize());
        SymmetryTelemetry symmetry = trainer.rule() instanceof WeightSymmetryRule w
                ? new SymmetryTelemetry(w, options.metricsCapacity(), options.weightInterval().toNanos()) : null;
        this.telemetry = new Telemetry(options.metricsCapacity(), options.weightInterval().toNanos(), spikingSizes,
                symmetry);
        GradientEstimateTelemetry estimate = gradientEstimate(project, trainer.rule(), options.metricsCapacity());
        if (estimate != null) telemetry.useGradientEstimate(estimate);
        this.outline = new SessionOutline(project.name(), train.sampleShape(), project.training().timeSteps(),
                run.epochs(), project.training().batchSize(), run.batchesPerEpoch(), train.size(), test.size(),
                train.classNames(), layers);
        this.status = new SessionStatus(SessionState.IDLE, null, speed, 0, 0, 0);
    }

    /**
     * The gradient-estimate part of the telemetry ({@link GradientComparison}); null for a rule that makes none,
     * weight-symmetry rules included (their symmetry telemetry compares).
     */
    private static GradientEstimateTelemetry gradientEstimate(Project project, io.spikeworks.learn.LearningRule rule,
                                                              int capacity) {
        if (!GradientComparison.madeBy(project, rule)) return null;
        io.spikeworks.learn.gradient.GradientCosineSource table = rule instanceof io.spikeworks.learn.gradient.GradientCosineSource t ? t : null;
        return new GradientEstimateTelemetry(GradientComparison.every(project), capacity, table);
    }

    // ---- what readers may look at, from any thread

    public Project project() {
        return project;
    }

    public SessionOutline outline() {
        return outline;
    }

    public Telemetry telemetry() {
        return telemetry;
    }

    /** The latest status; replaced as a whole on every change. */
    public SessionStatus status() {
        return status;
    }

    public SessionState state() {
        return status.state();
    }

    /** Called on the thread that changed the status (usually the worker) and must return quickly. */
    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    // ---- commands, from any thread; each returns whether it applies in the current state

    /** Trains batch after batch: from IDLE, PAUSED, a single step, or a pause not yet reached. */
    public boolean start() {
        lock.lock();
        try {
            if (!trainable() || runRequested) return false;
            runRequested = true;
            stepsRequested = 0;
            ensureWorker();
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Pauses after the batch in progress. */
    public boolean pause() {
        lock.lock();
        try {
            if (state.terminal() || (!runRequested && stepsRequested == 0)) return false;
            runRequested = false;
            stepsRequested = 0;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Continues a paused session; the same as {@link #start}. */
    public boolean resume() {
        return start();
    }

    /** Trains exactly one batch and pauses again; from IDLE or PAUSED. Repeated calls queue further batches. */
    public boolean stepBatch() {
        lock.lock();
        try {
            if (!trainable() || runRequested) return false;
            stepsRequested++;
            ensureWorker();
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends training after the batch in progress: run files are written, then the state becomes STOPPED and the
     * worker ends (see {@link #awaitTermination}).
     */
    public boolean stop() {
        lock.lock();
        try {
            if (state.terminal() || stopRequested) return false;
            stopRequested = true;
            runRequested = false;
            stepsRequested = 0;
            if (!workerAlive) setState(SessionState.STOPPED);
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Full speed, or at most N batch starts in any second; applies to the next batch. */
    public void setSpeed(Speed newSpeed) {
        Objects.requireNonNull(newSpeed, "speed");
        lock.lock();
        try {
            speed = newSpeed;
            publishStatus();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Pauses once the session has trained {@code batches} batches in all (counted as {@code telemetry().metrics()
     * .count()}), before it would start another, whether running or stepping; once reached the request is gone, so
     * Run carries on from there. The worker checks it between batches, so the pause lands on that batch exactly
     * (a lesson step that ends after N batches). {@code -1} cancels; a count already reached pauses before the next
     * batch.
     */
    public void pauseAtBatch(long batches) {
        if (batches < -1) throw new IllegalArgumentException("batches must be ≥ 0, or -1 to cancel, got " + batches);
        lock.lock();
        try {
            pauseAtBatch = batches;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The pending {@link #pauseAtBatch} request, or -1. */
    public long pauseAtBatchRequested() {
        lock.lock();
        try {
            return pauseAtBatch;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the session is in one of the given states; false if the timeout passed first. */
    public boolean awaitState(Duration timeout, SessionState... states) throws InterruptedException {
        List<SessionState> wanted = Arrays.asList(states);
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!wanted.contains(state)) {
                if (nanos <= 0) return false;
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the worker to end (it does once training is over); true if it has. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        Thread t;
        lock.lock();
        try {
            t = worker;
        } finally {
            lock.unlock();
        }
        if (t != null) t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeout.toNanos())));
        return t == null ? state().terminal() : !t.isAlive();
    }

    /** Stops (if still training) and waits up to 10 s for the worker to end. */
    @Override
    public void close() {
        stop();
        try {
            awaitTermination(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- engine work, between batches

    /**
     * Runs one sample of the training or test set alone through a copy of the current weights and records every
     * step; the training network is not touched. Usually called while paused. A rule that trains a circuit of its own
     * (nBP) runs the sample through one training cycle of that circuit instead, on a copy of its weights.
     */
    public CompletableFuture<SampleInspection> inspect(DataSplit split, int index) {
        Objects.requireNonNull(split, "split");
        return submit(() -> {
            SampleSet data = split == DataSplit.TRAIN ? train : test;
            io.spikeworks.learn.nbp.CircuitRecording circuit = circuitRecording();
            if (circuit != null) return CircuitInspection.inspect(circuit, trainer.iteration(), data, split, index);
            if (inspector == null) inspector = new SampleInspector(project, train.sampleShape());
            return inspector.inspect(params, trainer.iteration(), data, split, index);
        });
    }

    /** A copy of weights, optimiser state, learning-rule state and position, taken between batches. */
    public CompletableFuture<Checkpoint> checkpoint() {
        return submit(this::takeCheckpoint);
    }

    /** Takes a checkpoint and writes it atomically to the file (on the worker, between batches). */
    public CompletableFuture<Checkpoint> saveCheckpoint(Path file) {
        return submit(() -> {
            Checkpoint c = takeCheckpoint();
            try {
                CheckpointFiles.write(file, c);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
            }
            return c;
        });
    }

    /**
     * Puts weights, optimiser state, learning-rule state and position back as the checkpoint holds them, and clears a
     * divergence. The checkpoint must come from the same network, optimiser, batch size, data and (when the rule keeps
     * state) algorithm; other settings (learning rate, epochs) may differ. Not possible once training is over.
     */
    public CompletableFuture<Void> restore(Checkpoint c) {
        Objects.requireNonNull(c, "checkpoint");
        return submit(() -> {
            if (state().terminal())
                throw new IllegalStateException("training is over; open a new session to continue from a checkpoint");
            applyCheckpoint(c);
            return null;
        });
    }

    /** The training network; for tests, to read while the session is paused. */
    Network network() {
        return network;
    }

    /** The worker thread, null before it first started; for tests. */
    Thread worker() {
        lock.lock();
        try {
            return worker;
        } finally {
            lock.unlock();
        }
    }

    // ---- internals

    /** Caller holds the lock. */
    private boolean trainable() {
        return !state.terminal() && !stopRequested && (problem == null || !problem.diverged());
    }

    private void ensureWorker() {
        if (workerAlive || state.terminal()) return;
        worker = new Thread(this::work, THREAD_NAME);
        worker.setDaemon(true);
        workerAlive = true;
        worker.start();
    }

    private <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        lock.lock();
        try {
            if (!state.terminal() || workerAlive) {
                tasks.add(task);
                ensureWorker();
                changed.signalAll();
                return result;
            }
        } finally {
            lock.unlock();
        }
        synchronized (engineWork) {
            task.run();
        }
        return result;
    }

    private Checkpoint takeCheckpoint() {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (Param p : trainer.trainedParams()) values.put(p.name(), p.value.clone());
        return new Checkpoint(projectJson, run.position(), values, trainer.optimizer().state(), trainer.rule().state(),
                trainer.counters());
    }

    private void applyCheckpoint(Checkpoint c) {
        CheckpointCompatibility.check(projectJson, c, trainer.trainedParams(), trainer.rule());
        if (c.keepsRuleState()) restoreRuleState(c.ruleState());
        for (Param p : trainer.trainedParams()) {
            float[] v = c.params().get(p.name());
            System.arraycopy(v, 0, p.value, 0, v.length);
            p.zeroGrad();
        }
        trainer.optimizer().restore(c.optimizerState());
        run.resumeAt(c.position());
        hook.epoch = 0; // the network's history is no longer of the iteration now current
        iterationDone = trainer.iteration();
        samplesDone = run.samplesSeen();
        trainer.counters().clear();
        trainer.counters().add(c.counters());
        long now = clock.nanoTime();
        telemetry.recordEvaluations(run.rows());
        telemetry.publishCounters(trainer.counters(), trainer.iteration(), run.chip());
        telemetry.captureWeights(params, trainer.iteration(), now);
        lock.lock();
        try {
            if (problem != null && problem.diverged()) problem = null;
            publishStatus();
        } finally {
            lock.unlock();
        }
    }

    /**
     * First of a restore, so that a rule state that does not fit (say, another transport scheme's) leaves the session
     * as it was: the rule's own state is put back if restoring fails half-way.
     */
    private void restoreRuleState(Map<String, float[][]> saved) {
        Map<String, float[][]> before = trainer.rule().state();
        try {
            trainer.rule().restore(saved);
        } catch (RuntimeException e) {
            trainer.rule().restore(before);
            throw new IllegalArgumentException("the checkpoint does not fit this session: " + e.getMessage(), e);
        }
    }

    /** The worker: waits for commands, trains a batch at a time, runs queued work in between. */
    private void work() {
        SessionState end = SessionState.STOPPED;
        try {
            while (true) {
                Runnable task = null;
                lock.lock();
                try {
                    while (true) {
                        task = tasks.poll();
                        if (task != null) break;
                        if (stopRequested) break;
                        if (pauseAtBatch >= 0 && (runRequested || stepsRequested > 0)
                                && telemetry.metrics().count() >= pauseAtBatch) {
                            pauseAtBatch = -1; // once: Run goes on from here
                            runRequested = false;
                            stepsRequested = 0;
                        }
                        governor.setSpeed(speed);
                        if (runRequested) {
                            long wait = governor.waitNanos(clock.nanoTime());
                            if (wait > 0) {
                                setState(SessionState.RUNNING);
                                clock.awaitNanos(changed, wait);
                                continue;
                            }
                            setState(SessionState.RUNNING);
                            break;
                        }
                        if (stepsRequested > 0) {
                            stepsRequested--;
                            setState(SessionState.STEPPING);
                            break;
                        }
                        if (state.training()) {
                            captureLastBatch();
                            setState(SessionState.PAUSED);
                        }
                        changed.await();
                    }
                    if (task == null && stopRequested) {
                        captureLastBatch();
                        break;
                    }
                } finally {
                    lock.unlock();
                }
                if (task != null) {
                    synchronized (engineWork) {
                        task.run();
                    }
                    continue;
                }
                if (!trainOneBatch()) {
                    end = SessionState.FINISHED;
                    break;
                }
            }
            writeRunFiles();
        } catch (Throwable t) {
            end = SessionState.FAILED;
            lock.lock();
            try {
                problem = SessionProblem.error(t, trainer.iteration());
            } finally {
                lock.unlock();
            }
            try {
                writeRunFiles(); // the epochs finished before the failure stay on disk
            } catch (Throwable again) {
                // out of memory still, or the disk: the session's problem already says what went wrong first
            }
        }
        endWorker(end);
    }

    /** One batch; false when the run is over. A divergence pauses the session. */
    private boolean trainOneBatch() {
        if (wallStart == 0) wallStart = System.nanoTime();
        governor.batchStarted(clock.nanoTime());
        batchProblem = null;
        telemetry.beforeBatch(network);
        boolean more;
        try {
            more = run.step(hook);
        } catch (TrainingDivergedException e) {
            Batch b = run.lastBatch();
            int epoch = Math.min(run.position().epoch(), run.epochs() - 1) + 1;
            iterationDone = trainer.iteration();
            samplesDone = run.samplesSeen();
            batchProblem = divergence.diagnoseBadLoss(epoch, b.number() + 1, trainer.iteration());
            captureForViewing(epoch, b.number() + 1);
            more = true;
        }
        if (batchProblem == null) return more;
        lock.lock();
        try {
            problem = batchProblem;
            runRequested = false;
            stepsRequested = 0;
            setState(SessionState.PAUSED);
        } finally {
            lock.unlock();
        }
        return true;
    }

    private void captureForViewing(int epoch, int batch) {
        long now = clock.nanoTime();
        telemetry.captureRaster(network, trainer, run.lastBatch(), epoch, batch);
        telemetry.captureWeights(params, trainer.iteration(), now);
        if (telemetry.symmetry() != null) telemetry.symmetry().captureNow(trainer.iteration(), now);
    }

    /**
     * Where training halts, viewers must see the batch it halted after, even if they skipped captures while it
     * ran. The network still holds that batch: the last batch of an epoch, after which evaluation overwrites the
     * history, is always captured when trained.
     */
    private void captureLastBatch() {
        if (hook.epoch == 0) return;
        long iteration = trainer.iteration();
        if (telemetry.rasterIteration() != iteration)
            telemetry.captureRaster(network, trainer, run.lastBatch(), hook.epoch, hook.batch);
        if (telemetry.weightsIteration() != iteration) telemetry.captureWeights(params, iteration, clock.nanoTime());
        if (telemetry.symmetry() != null) telemetry.symmetry().captureNow(iteration, clock.nanoTime());
    }

    private void writeRunFiles() {
        Path dir = options.outputDir();
        if (dir == null || trainer.iteration() == 0) return;
        SessionProblem outcome = null;
        try {
            RunFiles.write(dir, run, (System.nanoTime() - wallStart) / 1e9);
        } catch (UncheckedIOException e) {
            outcome = SessionProblem.output(e.getMessage(), trainer.iteration());
        }
        lock.lock();
        try {
            boolean wasOutputProblem = problem != null && problem.kind() == SessionProblem.Kind.OUTPUT;
            if (outcome != null || wasOutputProblem) {
                if (problem == null || wasOutputProblem) problem = outcome; // a write that works again clears it
                publishStatus();
            }
        } finally {
            lock.unlock();
        }
    }

    private void endWorker(SessionState end) {
        List<Runnable> leftover;
        lock.lock();
        try {
            setState(end);
            workerAlive = false;
            leftover = new ArrayList<>(tasks);
            tasks.clear();
        } finally {
            lock.unlock();
        }
        for (Runnable task : leftover) {
            synchronized (engineWork) {
                task.run();
            }
        }
    }

    /** Caller holds the lock. */
    private void setState(SessionState s) {
        if (state == s) return;
        state = s;
        publishStatus();
    }

    /** Caller holds the lock; listeners hear of changes in order. */
    private void publishStatus() {
        SessionStatus next = new SessionStatus(state, problem, speed, iterationDone, samplesDone, ++statusVersion);
        status = next;
        telemetry.touch();
        changed.signalAll();
        for (SessionListener l : listeners) {
            try {
                l.statusChanged(next);
            } catch (RuntimeException ignored) {
                // a broken listener must not stop training
            }
        }
    }

    /** Records each batch into telemetry on the worker, while the network still holds that batch's history. */
    private final class BatchHook implements TrainingListener {
        int epoch;
        int batch;

        @Override
        public void onBatch(BatchProgress p) {
            epoch = p.epoch();
            batch = p.batch();
            long now = clock.nanoTime();
            long iteration = trainer.iteration();
            iterationDone = iteration;
            samplesDone = p.samplesSeen();
            if (telemetry.symmetry() != null) telemetry.symmetry().afterBatch(iteration, now); // before the version moves
            telemetry.afterBatchGradientEstimate(iteration, () -> trainer.rule().metrics()); // before the version moves
            telemetry.recordBatch(p, iteration, trainer.learningRate(), now);
            telemetry.publishCounters(trainer.counters(), iteration, run.chip());
            batchProblem = divergence.afterBatch(p.loss(), trainer.lastReadout(), p.epoch(), p.batch(), iteration);
            boolean evaluationFollows = p.batch() == p.batchesPerEpoch();
            boolean force = batchProblem != null || evaluationFollows;
            if (force || telemetry.rasterWanted())
                telemetry.captureRaster(network, trainer, run.lastBatch(), p.epoch(), p.batch());
            if (force || telemetry.weightsDue(now)) telemetry.captureWeights(params, iteration, now);
            if (force && telemetry.symmetry() != null) telemetry.symmetry().captureNow(iteration, now);
        }

        @Override
        public void onEvaluation(EvaluationRow row) {
            io.spikeworks.learn.score.TestPredictions predictions = run.latestPredictions();
            if (predictions != null) telemetry.recordPredictions(predictions);
            telemetry.recordEvaluations(run.rows());
            writeRunFiles();
        }
    }
}
