package io.spikeworks.ui.run;

import io.spikeworks.model.Project;
import io.spikeworks.session.BatchMetrics;
import io.spikeworks.session.EngineWarmUp;
import io.spikeworks.session.SessionOptions;
import io.spikeworks.session.SessionSetup;
import io.spikeworks.session.SessionState;
import io.spikeworks.session.SessionStatus;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.StandardAction;
import io.spikeworks.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Run, Pause, Step and Stop for the project in the builder: Run opens a {@link TrainingSession} on the current
 * project (loading its data off the FX thread) and starts it; while it trains the status bar shows epoch, batch,
 * loss and progress. Run is enabled while the builder's project can run and no session is training (on a paused
 * session it resumes). Live views find the session in {@link #sessionProperty()}. FX thread only.
 */
public final class RunController {
    private final MainViewModel vm;
    private final ModelBuilder builder;
    private final Path assetsRoot;
    private final Function<Project, Path> outputDirFor;
    private final ReadOnlyObjectWrapper<TrainingSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening", false);
    /** Tells the user a run could not start or failed (title, message): an error dialog; tests record it. */
    private BiConsumer<String, String> failureDialog = RunController::showFailure;
    /** The ceiling every session of this window trains at; kept across runs, applied at once to the one running. */
    private final javafx.beans.property.ObjectProperty<io.spikeworks.session.Speed> speed =
            new javafx.beans.property.SimpleObjectProperty<>(this, "speed", io.spikeworks.session.Speed.FULL);
    private PulseSubscription pulse;
    private Runnable onOpening = () -> {};
    /**
     * The status line's progress is rewritten at most this often. Each rewrite formats a string and lays out the
     * status bar; done every frame it kept the JIT compiling formatting and layout code a minute into a run, on the
     * cores training uses, and nobody reads fifteen numbers a second.
     */
    static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
    private long shownMetrics = -1;
    private long progressShownAt;
    private EngineWarmUp warmUp;

    /**
     * @param assetsRoot   folder with {@code datasets/}, or null to locate it
     * @param outputDirFor where a run of a project writes metrics.csv and summary.json
     */
    public RunController(MainViewModel vm, ModelBuilder builder, Path assetsRoot, Function<Project, Path> outputDirFor) {
        this.vm = vm;
        this.builder = builder;
        this.assetsRoot = assetsRoot;
        this.outputDirFor = outputDirFor;
    }

    /** {@code ~/.spikeworks/runs/<project file stem or name>-<time>}. */
    public static Function<Project, Path> defaultOutputDirs(ModelBuilder builder) {
        return p -> {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path file = builder.currentFile();
            String stem = file != null ? file.getFileName().toString().replaceFirst("\\.json$", "")
                    : ModelBuilder.fileNameFor(p.name()).replaceFirst("\\.json$", "");
            return Path.of(System.getProperty("user.home"), ".spikeworks", "runs", stem + "-" + stamp);
        };
    }

    /** Takes over Run, Pause, Step and Stop. */
    public void install() {
        speed.addListener((o, was, is) -> {
            if (is == null) speed.set(io.spikeworks.session.Speed.FULL);
            else if (current() != null) current().setSpeed(is);
        });
        var idle = Bindings.createBooleanBinding(() -> !opening.get() && !training(), opening, status);
        vm.command(StandardAction.RUN).setHandler(this::run, Bindings.and(builder.runnableProperty(), idle));
        vm.command(StandardAction.PAUSE).setHandler(() -> current().pause(),
                Bindings.createBooleanBinding(this::training, status));
        vm.command(StandardAction.STEP).setHandler(() -> current().stepBatch(),
                Bindings.createBooleanBinding(() -> status.get() != null && status.get().canTrain(), status));
        vm.command(StandardAction.STOP).setHandler(() -> current().stop(),
                Bindings.createBooleanBinding(() -> status.get() != null && !status.get().state().terminal(), status));
    }

    /**
     * Once the builder first holds a project that can run, and while no session has been opened, trains a few batches
     * of it on a throwaway copy in the background (see {@link EngineWarmUp}), so the user's first run does not pay
     * for the JIT. Once per app: compiled code serves every later project. Run cancels it.
     */
    public void warmUpEngineWhenRunnable() {
        if (builder.runnableProperty().get()) startWarmUp();
        else builder.runnableProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (!is) return;
                obs.removeListener(this);
                startWarmUp();
            }
        });
    }

    private void startWarmUp() {
        if (warmUp != null || current() != null || opening.get()) return;
        warmUp = EngineWarmUp.start(builder.project(), assetsRoot);
    }

    /** The warm-up started, or null. */
    public EngineWarmUp warmUp() {
        return warmUp;
    }

    /** Training speed: full, or at most N batches a second (Run ▸ Training speed). */
    public javafx.beans.property.ObjectProperty<io.spikeworks.session.Speed> speedProperty() {
        return speed;
    }

    public ReadOnlyObjectProperty<TrainingSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    private TrainingSession current() {
        return session.get();
    }

    private boolean training() {
        SessionStatus s = status.get();
        return s != null && s.state().training();
    }

    /** Called on the FX thread when Run starts opening a new session (its data loads on another thread meanwhile). */
    public void setOnOpening(Runnable action) {
        onOpening = Objects.requireNonNull(action, "action");
    }

    /** Resumes a paused session of this project, or opens and starts a new one. */
    public void run() {
        TrainingSession s = current();
        SessionStatus st = status.get();
        if (s != null && st != null && st.state() == SessionState.PAUSED && s.project().equals(builder.project())) {
            s.resume();
            return;
        }
        if (!builder.runnableProperty().get() || opening.get()) return;
        Project project = builder.project();
        Path out = outputDirFor.apply(project);
        if (warmUp != null) warmUp.cancel(); // the run has the cores from here
        opening.set(true);
        onOpening.run();
        vm.setStatusText("Loading " + project.dataset().name() + " for " + project.name() + "…");
        vm.setStatusProgress(-1);
        Thread t = new Thread(() -> {
            try {
                TrainingSession opened = SessionSetup.open(project, assetsRoot, SessionOptions.defaults().withOutputDir(out));
                FxBridge.run(() -> started(opened, out));
            } catch (RuntimeException | OutOfMemoryError e) {
                // too large for the heap, unreadable data: the window and the project stay as they are
                String why = e instanceof OutOfMemoryError
                        ? "out of memory while setting the run up; reduce time steps, batch size or layer sizes, or start "
                        + "Spikeworks with more heap (java -Xmx…)"
                        : e.getMessage() == null ? "an internal error without a message" : e.getMessage();
                FxBridge.run(() -> {
                    opening.set(false);
                    vm.setStatusProgress(0);
                    vm.setStatusText("Cannot start training: " + why);
                    failureDialog.accept("Cannot start training", why);
                });
            }
        }, "spikeworks-session-setup");
        t.setDaemon(true);
        t.start();
    }

    private void started(TrainingSession s, Path out) {
        TrainingSession old = current();
        if (old != null) old.close();
        opening.set(false);
        shownMetrics = -1;
        session.set(s);
        s.addListener(st -> FxBridge.run(() -> {
            if (current() == s) statusChanged(st);
        }));
        s.setSpeed(speed.get());
        status.set(s.status());
        if (pulse != null) pulse.close();
        pulse = FxBridge.everyPulse(now -> {
            if (now - progressShownAt >= PROGRESS_INTERVAL_NANOS) showProgress(s, now);
        });
        s.start();
        vm.setEngineStatus("Training · " + s.project().name());
        vm.setStatusText("Training " + s.project().name() + "; run files go to " + out);
    }

    private void statusChanged(SessionStatus st) {
        status.set(st);
        if (st.state().terminal()) {
            showProgress(current(), System.nanoTime());
            if (pulse != null) {
                pulse.close();
                pulse = null;
            }
            vm.setStatusProgress(0);
            String what = switch (st.state()) {
                case FINISHED -> "Training finished";
                case STOPPED -> "Training stopped";
                default -> "Training failed" + (st.problem() == null ? "" : ": " + st.problem().message());
            };
            vm.setStatusText(what + " after " + st.samplesSeen() + " samples");
            vm.setEngineStatus(MainViewModel.ENGINE_IDLE + " · " + what.toLowerCase(java.util.Locale.ROOT)
                    .replaceFirst("^training ", "last run ").replaceFirst(":.*", ""));
            if (st.state() == SessionState.FAILED && st.problem() != null) {
                failureDialog.accept("Training failed", st.problem().message() + "\n\nThe run stopped after "
                        + st.samplesSeen() + " samples; its views and the run files written so far are kept.");
            }
        } else if (st.state() == SessionState.PAUSED && st.problem() != null) {
            vm.setStatusText("Paused: " + st.problem().message());
        } else if (st.state() == SessionState.PAUSED) {
            showProgress(current(), System.nanoTime()); // the batch it stopped at, not one up to a quarter second old
        }
    }

    private void showProgress(TrainingSession s, long now) {
        if (s == null) return;
        long count = s.telemetry().metrics().count();
        if (count == shownMetrics || count == 0) return;
        shownMetrics = count;
        progressShownAt = now;
        BatchMetrics m = s.telemetry().metrics().latest();
        if (m == null) return;
        vm.setStatusText(String.format(Locale.ROOT, "Epoch %d/%d · batch %d/%d · loss %.4f · %s %.1f %%",
                m.epoch(), m.epochs(), m.batch(), m.batchesPerEpoch(), m.loss(),
                s.taskMetrics().scoreNameInText(), 100 * m.accuracy()));
        vm.setStatusProgress(Math.max(0.001, m.fractionDone()));
    }

    /** Replaces the error dialog, for tests. */
    public void setFailureDialog(BiConsumer<String, String> dialog) {
        this.failureDialog = Objects.requireNonNull(dialog, "dialog");
    }

    private static void showFailure(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        Theme.apply(a.getDialogPane());
        a.show();
    }

    /** Stops and closes the session (window closing). */
    public void dispose() {
        if (warmUp != null) warmUp.cancel();
        if (pulse != null) pulse.close();
        TrainingSession s = current();
        if (s != null) s.close();
    }
}
