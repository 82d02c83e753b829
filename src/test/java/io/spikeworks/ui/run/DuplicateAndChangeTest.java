package io.spikeworks.ui.run;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.ParameterChange;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.SessionLiveSource;
import io.spikeworks.ui.live.learning.LearningCurveViewTest;
import io.spikeworks.ui.live.learning.LearningCurvesCard;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Duplicate and change one parameter: the run shown is pinned, one parameter changes (undoably), the copy runs. */
@ExtendWith(ApplicationExtension.class)
class DuplicateAndChangeTest {
    private MainViewModel vm;
    private ModelBuilder builder;
    private final List<String> status = new CopyOnWriteArrayList<>();
    private LearningCurvesCard card;
    private io.spikeworks.ui.live.LiveSource bound;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        MainWindow window = new MainWindow(vm);
        window.attach(stage);
        builder = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), new NoPrompts(),
                ModelBuilder.Settings.none());
        builder.install(window, stage);
        card = new LearningCurvesCard(new LiveCardContext(status::add, () -> bound, c -> Optional.empty()));
        stage.show();
    }

    @Test
    void pinsTheRunShownChangesOneParameterUndoablyAndRunsTheCopyBehindWhichTheGhostNamesTheChange(FxRobot robot) throws Exception {
        Project small = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        small = small.withTraining(small.training().withEpochs(1)).withDataset(new DatasetSpec("sine-1d", null, 64, 32));
        Path file = tmp.resolve("sine.json");
        new ProjectFiles().save(small, file);
        RunController run = new RunController(vm, builder, null, x -> tmp.resolve("run-" + System.nanoTime()));
        DuplicateAndChange duplicate = new DuplicateAndChange(builder, run, () -> card, status::add, () -> null);
        List<String> offered = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            run.install();
            assertTrue(builder.openFile(file));
            duplicate.setChooser((change, parameters) -> {
                parameters.forEach(p -> offered.add(p.id()));
                ParameterChange.Parameter lr = parameters.stream().filter(p -> p.id().equals("training.learningRate")).findFirst().orElseThrow();
                return Optional.of(new DuplicateAndChange.Choice(lr, "0.004"));
            });
        });
        Project before = builder.project();

        // nothing shown and nothing pinned: nothing to compare with
        assertFalse(callStart(robot, duplicate));
        assertTrue(status.get(status.size() - 1).startsWith("Nothing to compare with yet"), status.toString());
        assertTrue(offered.isEmpty(), "not asked");

        // a finished run's curves on show (what the dashboard draws from the run that just ended)
        bound = projectOnly(new io.spikeworks.model.ProjectJson().toJson(before));
        robot.interact(() -> card.view().show(LearningCurveViewTest.curves(100)));
        assertTrue(callStart(robot, duplicate));
        assertEquals("run 1", card.view().ghost().label(), "the run shown is pinned");
        assertTrue(offered.contains("training.learningRate") && offered.contains("hidden1/neuron.beta"), offered.toString());
        assertEquals(0.004, builder.project().training().learningRate(), 0);
        assertEquals(before.withTraining(before.training().withLearningRate(0.004)), builder.project(), "only that changed");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> run.sessionProperty().get() != null);
        TrainingSession copy = run.sessionProperty().get();
        assertEquals(builder.project(), copy.project(), "the copy is what runs");
        robot.interact(() -> card.bound(new SessionLiveSource(copy, copy.trainingImages())));
        assertEquals("run 1 (lr 0.002 → 0.004)", card.view().ghost().label());

        robot.interact(copy::pause);
        assertTrue(copy.awaitState(Duration.ofSeconds(60), io.spikeworks.session.SessionState.PAUSED,
                io.spikeworks.session.SessionState.FINISHED));
        robot.interact(copy::close);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> builder.undo());
        assertEquals(before, builder.project(), "one undo takes the change back");
    }

    /** The builder's own questions do not come up here. */
    private static final class NoPrompts implements io.spikeworks.ui.builder.Prompts {
        @Override public Unsaved unsavedChanges(String projectName) { return Unsaved.DISCARD; }
        @Override public Path chooseOpen(Path initialDirectory) { return null; }
        @Override public Path chooseSave(Path initialDirectory, String suggestedFileName) { return null; }
        @Override public void openFailed(Path file, List<ValidationError> errors, String ioMessage) { fail(ioMessage); }
        @Override public boolean offerRecovery(String projectName, String savedWhen) { return false; }
        @Override public void error(String title, String message) { fail(title + ": " + message); }
    }

    private static boolean callStart(FxRobot robot, DuplicateAndChange d) {
        boolean[] result = new boolean[1];
        robot.interact(() -> result[0] = d.start());
        return result[0];
    }

    private static io.spikeworks.ui.live.LiveSource projectOnly(String json) {
        return new io.spikeworks.ui.live.LiveSource() {
            @Override public long version() { return 0; }
            @Override public io.spikeworks.ui.live.activity.ActivitySnapshot activity() { return null; }
            @Override public io.spikeworks.ui.live.learning.LearningData learning() { return null; }
            @Override public io.spikeworks.ui.live.cost.CostData costs() { return null; }
            @Override public io.spikeworks.ui.live.learning.WeightData weights() { return null; }
            @Override public io.spikeworks.ui.live.activity.ConfusionData confusion() { return null; }
            @Override public String projectJson() { return json; }
        };
    }
}
