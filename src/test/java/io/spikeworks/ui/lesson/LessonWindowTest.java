package io.spikeworks.ui.lesson;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.model.lesson.Lesson;
import io.spikeworks.model.lesson.LessonFiles;
import io.spikeworks.model.lesson.LessonJson;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.Prompts;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.shell.StandardAction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A lesson played in the real window, headless: from first to last step with hidden and locked controls honoured. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
    private static final Path LESSONS = Path.of("sample-projects", "lessons");

    /** Records failures; saves where told. */
    static final class RecordingPrompts implements Prompts {
        final List<ValidationError> openErrors = new ArrayList<>();
        Path saveTarget;

        @Override public Unsaved unsavedChanges(String projectName) { return Unsaved.DISCARD; }
        @Override public Path chooseOpen(Path initialDirectory) { return null; }
        @Override public Path chooseSave(Path initialDirectory, String suggestedFileName) { return saveTarget; }
        @Override public void openFailed(Path file, List<ValidationError> errors, String ioMessage) { openErrors.addAll(errors); }
        @Override public boolean offerRecovery(String projectName, String savedWhen) { return false; }
        @Override public void error(String title, String message) { fail(title + ": " + message); }
    }

    private final RecordingPrompts prompts = new RecordingPrompts();
    private MainViewModel vm;
    private MainWindow window;
    private ModelBuilder builder;
    private LessonSetup lessons;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage, 1280, 720);
        builder = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), prompts,
                ModelBuilder.Settings.none().withSamples(Path.of("sample-projects")));
        builder.install(window, stage);
        lessons = new LessonSetup(window, builder, new javafx.beans.property.SimpleObjectProperty<>(), prompts, Path.of("sample-projects"));
        lessons.install(stage.getScene());
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private boolean editorDisabled(FxRobot robot, String fieldId) {
        Node n = robot.lookup("#" + fieldId).query();
        return n.isDisabled();
    }

    private String selectedTab() {
        Tab t = window.liveViews().getTabPane().getSelectionModel().getSelectedItem();
        return t == null ? null : t.getId();
    }

    private String title(FxRobot robot) {
        return robot.lookup("#lessonTitle").queryAs(Label.class).getText();
    }

    @Test
    void inPresenterModeAStepsViewFillsTheCentreAloneAndTheCardsComeBackAfter(FxRobot robot) {
        robot.interact(() -> builder.openFile(LESSONS.resolve("02-rate-vs-latency.lesson.json")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.liveViews().shownAlone().isEmpty(), "normal mode: the step's tab comes to the front");
        robot.interact(() -> vm.presenter().setOn(true)); // switched on during step 1, which shows the raster
        assertEquals("spikeRaster", window.liveViews().shownAlone().orElseThrow().id());
        robot.interact(() -> lessons.player().next()); // step 2 shows the cost meters
        assertEquals("costMeters", window.liveViews().shownAlone().orElseThrow().id());
        robot.interact(() -> lessons.bar().setTextShown(false));
        assertFalse(robot.lookup("#lessonBar .lesson-text-scroll").query().isVisible(), "the text folds away");
        assertTrue(robot.lookup("#lessonTitle").query().isVisible() && robot.lookup("#lessonEnd").query().isVisible(), "the title and how the step ends stay");
        robot.interact(() -> lessons.bar().setTextShown(true));
        robot.interact(() -> vm.presenter().setOn(false));
        assertTrue(window.liveViews().shownAlone().isEmpty(), "presenter mode off: the cards come back");
        assertEquals("chipCost", selectedTab());
        robot.interact(() -> vm.presenter().setOn(true));
        robot.interact(() -> lessons.player().close());
        assertTrue(window.liveViews().shownAlone().isEmpty(), "the lesson's end puts the cards back");
        robot.interact(() -> vm.presenter().setOn(false));
    }

    @Test
    void aLessonPlaysFromFirstToLastStepWithHiddenAndLockedControls(FxRobot robot) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = builder.openFile(LESSONS.resolve("02-rate-vs-latency.lesson.json")));
        assertTrue(opened[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(lessons.bar(), window.guide());
        assertTrue(title(robot).contains("step 1 of 4 · Rate coding"), title(robot));
        assertFalse(shown(robot, "#palette-dense"), "palette.* hides the layer entries");
        assertTrue(shown(robot, "#palette-input"), "input and readout stay: they are not layer types");
        assertTrue(editorDisabled(robot, "field-encoder-gain"), "encoder.* is locked");
        assertFalse(editorDisabled(robot, "field-training-epochs"));
        assertEquals("activity", selectedTab(), "the spike raster's tab is in front");
        assertTrue(robot.lookup("#lessonPrompt").queryAs(Label.class).getText().startsWith("Predict"));
        assertTrue(robot.lookup("#lessonBack").query().isDisabled());

        robot.clickOn("#liveViewsPane");
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(title(robot).contains("step 2 of 4"), title(robot));
        assertEquals("chipCost", selectedTab());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("ttfs", builder.project().encoder().type());
        assertTrue(shown(robot, "#field-encoder-minIntensity"), "the inspector shows the new encoder's fields");
        robot.type(KeyCode.PAGE_UP);
        assertEquals("poisson", builder.project().encoder().type(), "back restores the step's project");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertTrue(title(robot).contains("step 3 of 4"), title(robot));
        robot.clickOn("#lessonNext");
        assertTrue(title(robot).contains("step 4 of 4 · Compare"), title(robot));
        assertTrue(robot.lookup("#lessonNext").query().isDisabled(), "nothing after the last step");
        assertTrue(robot.lookup("#lessonEnd").queryAs(Label.class).getText().contains("last step"));
        assertTrue(vm.command(StandardAction.UNDO).isExecutable(), "lesson steps are undoable edits");

        robot.clickOn("#lessonClose");
        assertNull(window.guide());
        assertTrue(shown(robot, "#palette-dense"));
        assertFalse(editorDisabled(robot, "field-encoder-type"));
        assertEquals("ttfs", builder.project().encoder().type(), "closing keeps the project as it is");
    }

    @Test
    void aBrokenLessonLeavesTheOpenProjectAsItWas(FxRobot robot) throws Exception {
        Project before = builder.project();
        Path bad = tmp.resolve("bad.lesson.json");
        Files.writeString(bad, Files.readString(LESSONS.resolve("05-weight-perturbation.lesson.json"))
                .replace("\"algorithm.directions\": 2", "\"algorithm.directions\": -2"));
        boolean[] opened = {true};
        robot.interact(() -> opened[0] = builder.openFile(bad));
        assertFalse(opened[0]);
        assertEquals(before, builder.project());
        assertNull(window.guide());
        assertEquals(1, prompts.openErrors.size(), prompts.openErrors.toString());
        assertTrue(prompts.openErrors.get(0).toString().matches(
                "\\$\\.steps\\[1]\\.set: makes the project invalid: \\$\\.algorithm\\.directions: .* \\(line \\d+\\)"),
                prompts.openErrors.get(0).toString());
    }

    @Test
    void theStartPageListsLessonsAndTheNeuronSliderDrivesTheTrace(FxRobot robot) {
        robot.interact(() -> builder.showStartPage());
        assertTrue(shown(robot, "#lesson-01-spike-and-membrane"));
        assertTrue(shown(robot, "#lesson-05-weight-perturbation"));
        robot.clickOn("#lesson-01-spike-and-membrane");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(builder.isStartPageShowing());
        assertEquals(LifNeuronView.ID, selectedTab());
        LifNeuronView view = (LifNeuronView) window.liveViews().tab(LifNeuronView.ID).orElseThrow().getContent();
        robot.interact(() -> view.currentSlider().setValue(0.05));
        assertEquals(0, view.trace().spikeCount(), "below θ(1 − β) = 0.1 it never fires");
        assertTrue(robot.lookup("#lifReadout").queryAs(Label.class).getText().contains("0 spikes"));
        robot.interact(() -> view.currentSlider().setValue(0.3));
        assertTrue(view.trace().spikeCount() > 5);
        robot.interact(() -> lessons.player().close());
        assertTrue(window.liveViews().tab(LifNeuronView.ID).isEmpty(), "the lesson's own view goes with it");
    }

    @Test
    void saveAsLessonRecordsTheTabInFrontAndTheRestrictions(FxRobot robot) throws Exception {
        robot.interact(() -> builder.openFile(LESSONS.resolve("03-weight-transport.lesson.json")));
        robot.interact(() -> window.liveViews().select(io.spikeworks.ui.live.LiveViewSlot.WEIGHTS));
        prompts.saveTarget = tmp.resolve("mine.lesson.json");
        MenuItem item = window.menuBar().getMenus().get(0).getItems().stream()
                .filter(i -> "saveAsLessonMenuItem".equals(i.getId())).findFirst().orElseThrow();
        int saveAs = window.menuBar().getMenus().get(0).getItems().indexOf(window.menuBar().getMenus().get(0).getItems().stream()
                .filter(i -> "saveAsMenuItem".equals(i.getId())).findFirst().orElseThrow());
        assertEquals(saveAs + 1, window.menuBar().getMenus().get(0).getItems().indexOf(item), "right after Save As…");
        robot.interact(item::fire);
        Lesson saved = new LessonFiles(new LessonJson(ComponentCatalog.standard(), LessonSetup.vocabulary())).load(prompts.saveTarget);
        assertEquals("learning", saved.step(0).show(), "the Weights card's tab");
        assertEquals(List.of("palette.*"), saved.step(0).hidden());
        assertEquals(3, saved.size());

        robot.interact(() -> lessons.player().close());
        prompts.saveTarget = tmp.resolve("plain.lesson.json");
        robot.interact(lessons::saveAsLesson);
        Lesson plain = new LessonFiles(new LessonJson(ComponentCatalog.standard(), LessonSetup.vocabulary())).load(prompts.saveTarget);
        assertEquals(1, plain.size());
        assertEquals(builder.project(), plain.project());
    }
}
