package io.spikeworks.ui.builder;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.ui.run.RunController;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.shell.StandardAction;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The visual builder in the real main window, driven by mouse and keyboard (headless). */
@ExtendWith(ApplicationExtension.class)
class ModelBuilderTest {
    private MainViewModel vm;
    private MainWindow window;
    private ModelBuilder builder;
    private final FakePrompts prompts = new FakePrompts();
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage);
        builder = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), prompts, ModelBuilder.Settings.none());
        builder.install(window, stage);
        stage.show();
        builder.fitToView();
    }

    private Point2D screen(double worldX, double worldY) {
        return builder.canvas().worldToScreen(worldX, worldY);
    }

    private void dropFromPalette(FxRobot robot, String type, double worldX, double worldY) {
        robot.drag("#palette-" + type, MouseButton.PRIMARY).moveTo(screen(worldX, worldY)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void connect(FxRobot robot, String from, String to) {
        Node out = robot.lookup("#outPort-" + from).query();
        Node target = robot.lookup("#node-" + to).query();
        robot.drag(out, MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String fieldId, String text) {
        TextField tf = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(tf);
        robot.interact(tf::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickEmptyCanvas(FxRobot robot) {
        robot.clickOn(screen(300, 40));
    }

    @Test
    void buildFromPaletteSetParamsUndoRedoSaveCloseReopen(FxRobot robot) throws Exception {
        assertEquals(Draft.empty(), builder.draft());
        dropFromPalette(robot, "dense", 220, 300);
        dropFromPalette(robot, "dense", 400, 300);
        assertEquals(List.of("dense1", "dense2"), builder.project().network().layers().stream().map(l -> l.id()).toList());
        assertTrue(robot.lookup("#badge-dense1").query().isVisible(), "an unconnected layer has a badge");

        connect(robot, Project.INPUT_NODE, "dense1");
        connect(robot, "dense1", "dense2");
        connect(robot, "dense2", Project.READOUT_NODE);

        robot.clickOn("#node-dense1");
        type(robot, "field-layer-units", "256");
        type(robot, "field-neuron-beta", "0.85");
        robot.clickOn("#node-dense2");
        type(robot, "field-layer-units", "10");
        clickEmptyCanvas(robot);
        type(robot, "field-training-timeSteps", "30");

        Project built = builder.project();
        assertEquals(256, built.network().layers().get(0).component().getInt("units"));
        assertEquals(0.85, built.network().layers().get(0).neuron().getDouble("beta"));
        assertEquals(10, built.network().layers().get(1).component().getInt("units"));
        assertEquals(30, built.training().timeSteps());
        assertTrue(builder.report().runnable(), builder.report().blockers().toString());
        assertEquals("1×28×28 → 784 → 256 → 10", robot.lookup("#shapeSummary").queryAs(Label.class).getText());
        assertEquals("256", builder.canvas().edgeView(new io.spikeworks.edit.Link("dense1", "dense2")).label().getText());
        assertFalse(window.toolbarButton(StandardAction.RUN).isDisabled());

        // undo everything with Ctrl+Z, step by step, back to the empty canvas; then redo it all
        Draft full = builder.draft();
        List<Draft> seen = new ArrayList<>();
        seen.add(full);
        clickEmptyCanvas(robot);
        int steps = builder.history().undoDepth();
        assertTrue(steps >= 9, "each gesture is an edit: " + steps);
        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(steps - i - 1, builder.history().undoDepth());
            seen.add(builder.draft());
        }
        assertEquals(Draft.empty(), builder.draft());
        assertTrue(window.toolbarButton(StandardAction.UNDO).isDisabled());
        for (int i = steps - 1; i >= 0; i--) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(seen.get(i), builder.draft());
        }
        assertEquals(full, builder.draft());

        // save, close (New), reopen: the same model
        Path file = tmp.resolve("built.json");
        prompts.saveTarget = file;
        robot.interact(() -> vm.command(StandardAction.SAVE).execute());
        assertTrue(Files.exists(file));
        assertFalse(builder.history().isDirty());
        robot.interact(() -> vm.command(StandardAction.NEW_PROJECT).execute());
        assertEquals(0, prompts.unsavedAsked, "a saved project closes without asking");
        assertEquals(Draft.empty(), builder.draft());
        robot.interact(() -> builder.openFile(file));
        assertEquals(built, builder.project());
        assertEquals(full, builder.draft());
        assertEquals(file, builder.recentFiles().list().get(0).getFileName().equals(file.getFileName()) ? file : null);
    }

    @Test
    void aLongShapeSummaryShrinksInsteadOfPushingThePaletteOutOfThePane(FxRobot robot) throws Exception {
        Project conv = new io.spikeworks.model.ProjectFiles().load(Path.of("sample-projects/fashion-ttl-conv.json"));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            builder.history().reset(Draft.of(conv));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label summary = robot.lookup("#shapeSummary").queryAs(javafx.scene.control.Label.class);
        Node palette = robot.lookup("#paletteScroll").query();
        double[] m = new double[3];
        robot.interact(() -> {
            m[0] = palette.localToScene(palette.getBoundsInLocal()).getMinX();
            m[1] = summary.getWidth();
            m[2] = summary.prefWidth(-1);
        });
        assertTrue(m[0] >= 0, "the palette starts inside the window, at " + m[0]);
        assertTrue(m[1] < m[2], "this summary is too long for the pane: it is cut short (" + m[1] + " of " + m[2] + ")");
        assertEquals(summary.getText(), summary.getTooltip().getText(), "the whole summary in the tooltip");
    }

    @Test
    void theRunStatusIsShownWholeInANarrowPane(FxRobot robot) throws Exception {
        // at 1280×720 the strip under the canvas is about 285 px wide: "Ready to run · fits float-reference" was cut
        // to "Rea…" beside the shape summary, and beside fashion-fbp's longer one to "…"
        for (String sample : List.of("mnist-bptt.json", "fashion-fbp.json", "fashion-ttl-conv.json")) {
            Project p = new io.spikeworks.model.ProjectFiles().load(Path.of("sample-projects", sample));
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
                builder.history().reset(Draft.of(p));
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label status = robot.lookup("#runStatus").queryAs(Label.class);
            Node palette = robot.lookup("#paletteScroll").query();
            double[] m = new double[4];
            String[] shown = new String[1];
            robot.interact(() -> {
                m[2] = status.localToScene(status.getBoundsInLocal()).getMaxX();
                m[3] = palette.localToScene(palette.getBoundsInLocal()).getMinX();
                shown[0] = ((javafx.scene.text.Text) status.lookup(".text")).getText(); // what the skin draws
            });
            assertTrue(status.getText().startsWith("Ready to run"), sample + ": " + status.getText());
            assertEquals(status.getText(), shown[0].replace("\n", " "), sample + ": the status is cut");
            assertTrue(m[2] <= stage.getWidth(), sample + ": the status ends at " + m[2] + ", past the window");
            assertTrue(m[3] >= 0, sample + ": the palette starts inside the window, at " + m[3]);
        }
    }

    @Test
    void theInspectorsFieldNamesAreShownWholeAt1280x720(FxRobot robot) throws Exception {
        // "Training samp…", "Held-out sam…" (project) and "τ (time consta…" (a layer's neuron) were cut
        openMnistSampleAt(robot, 1280, 720);
        List<String> cut = new ArrayList<>();
        Runnable check = () -> {
            Node inspector = robot.lookup("#builderInspector").query();
            inspector.applyCss();
            ((javafx.scene.Parent) inspector).layout();
            for (Node sheet : inspector.lookupAll(".builder-sheet"))
                for (Node n : sheet.lookupAll(".label"))
                    if (n instanceof Label l && !l.getStyleClass().contains("field-unit")
                            && !l.getStyleClass().contains("field-message") && l.isVisible()
                            && l.lookup(".text") instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText()))
                        cut.add(l.getText() + " as " + t.getText());
        };
        robot.interact(check);
        robot.interact(() -> builder.canvas().selectedNodes().add("hidden1"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(check);
        assertTrue(cut.isEmpty(), "field names cut: " + cut);
        robot.interact(() -> builder.canvas().selectedNodes().clear());
        restoreDefaultSize(robot);
    }

    @Test
    void inANarrowWindowTheInspectorsSectionsHaveNoScrollBarsOfTheirOwn(FxRobot robot) throws Exception {
        // at 720×480 each section's sheet showed two of its rows between a horizontal and a vertical scroll bar
        openMnistSampleAt(robot, 720, 480);
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            Node inspector = robot.lookup("#builderInspector").query();
            inspector.applyCss();
            for (Node sheet : inspector.lookupAll(".builder-sheet"))
                for (Node bar : sheet.lookupAll(".scroll-bar"))
                    if (bar.isVisible()) shown.add(((javafx.scene.control.ScrollBar) bar).getOrientation().toString());
        });
        assertTrue(shown.isEmpty(), "scroll bars inside inspector sections: " + shown);
        restoreDefaultSize(robot);
    }

    private void openMnistSampleAt(FxRobot robot, double width, double height) throws Exception {
        Project p = new io.spikeworks.model.ProjectFiles().load(Path.of("sample-projects", "mnist-bptt.json"));
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            builder.history().reset(Draft.of(p));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void restoreDefaultSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(MainWindow.DEFAULT_WIDTH);
            stage.setHeight(MainWindow.DEFAULT_HEIGHT);
        });
    }

    @Test
    void invalidConnectionShowsBadgeAndBlocksRun(FxRobot robot) {
        robot.interact(() -> {
            builder.history().reset(Draft.of(Project.newDefault()));
            builder.fitToView();
        });
        assertTrue(builder.runnableProperty().get());
        assertFalse(window.toolbarButton(StandardAction.RUN).isDisabled());

        dropFromPalette(robot, "dense", 260, 330);
        connect(robot, "hidden1", "dense1");

        Label badge = robot.lookup("#badge-hidden1").queryAs(Label.class);
        assertTrue(badge.isVisible());
        assertTrue(builder.canvas().nodeView("hidden1").problemText().contains("a layer can feed only one layer"),
                builder.canvas().nodeView("hidden1").problemText());
        assertTrue(builder.canvas().nodeView("dense1").problemText().contains("not connected to the input"));
        assertTrue(window.toolbarButton(StandardAction.RUN).isDisabled());
        assertTrue(builder.runBlockers().stream().anyMatch(b -> b.contains("a layer can feed only one layer")), builder.runBlockers().toString());
        assertTrue(robot.lookup("#runBlockers").query().isVisible());
        assertTrue(robot.lookup("#runStatus").queryAs(Label.class).getText().startsWith("Run is disabled"));

        // an invalid parameter: the field says why at once; committing it puts a badge on the layer
        robot.clickOn("#node-out");
        TextField beta = robot.lookup("#field-neuron-beta").queryAs(TextField.class);
        robot.clickOn(beta);
        robot.interact(beta::selectAll);
        robot.write("1.5");
        Label msg = robot.lookup("#message-neuron-beta").queryAs(Label.class);
        assertTrue(msg.isVisible());
        assertEquals("must be between 0 and 1, got 1.5", msg.getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(builder.canvas().nodeView("out").problemText().contains("must be between 0 and 1"),
                builder.canvas().nodeView("out").problemText());

        // undo the bad value, the branch and the extra layer: runnable again
        clickEmptyCanvas(robot);
        for (int i = 0; i < 3; i++) robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(builder.runnableProperty().get(), builder.runBlockers().toString());
        assertFalse(window.toolbarButton(StandardAction.RUN).isDisabled());
        assertFalse(robot.lookup("#badge-hidden1").query().isVisible());
    }

    @Test
    void corruptFileLeavesTheOpenProjectAsItWas(FxRobot robot) throws Exception {
        Path good = tmp.resolve("good.json");
        new ProjectFiles().save(Project.newDefault().withName("Good"), good);
        robot.interact(() -> assertTrue(builder.openFile(good)));
        robot.interact(() -> builder.edit("Set T", null,
                d -> d.withProject(d.project().withTraining(d.project().training().withTimeSteps(12)))));
        Draft before = builder.draft();
        int undoDepth = builder.history().undoDepth();

        Path bad = tmp.resolve("bad.json");
        String text = Files.readString(good).replaceFirst("\"beta\"\\s*:\\s*0\\.9", "\"beta\": 7.0")
                .replaceFirst("\"units\"\\s*:\\s*128\\s*,", "");
        assertNotEquals(Files.readString(good), text);
        Files.writeString(bad, text);
        robot.interact(() -> assertFalse(builder.openFile(bad)));

        assertEquals(before, builder.draft());
        assertEquals(undoDepth, builder.history().undoDepth());
        assertEquals(good, builder.currentFile());
        assertTrue(prompts.openErrors.stream().anyMatch(e -> e.path().equals("$.network.layers[0].neuron.beta")), prompts.openErrors.toString());
        assertTrue(prompts.openErrors.stream().anyMatch(e -> e.path().startsWith("$.network.layers[0]") && e.message().contains("units")),
                prompts.openErrors.toString());
        TableView<?> table = (TableView<?>) prompts.lastDialog.getDialogPane().lookup("#loadErrorTable");
        assertEquals(prompts.openErrors.size(), table.getItems().size());

        Path notJson = tmp.resolve("garbage.json");
        Files.writeString(notJson, "{ this is not json");
        robot.interact(() -> assertFalse(builder.openFile(notJson)));
        assertEquals(before, builder.draft());
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsTheProject(FxRobot robot) {
        robot.interact(() -> builder.appendLayer("dense"));
        assertTrue(builder.history().isDirty());
        prompts.unsavedAnswer = Prompts.Unsaved.CANCEL;
        robot.interact(() -> vm.command(StandardAction.NEW_PROJECT).execute());
        assertEquals(1, prompts.unsavedAsked);
        assertEquals(1, builder.project().network().layers().size());
        assertTrue(vm.getProjectName().endsWith("•"));
    }

    @Test
    void copyPasteAndDeleteAreUndoable(FxRobot robot) {
        robot.interact(() -> {
            builder.history().reset(Draft.of(Project.newDefault()));
            builder.fitToView();
        });
        robot.clickOn("#node-hidden1");
        robot.interact(() -> vm.command(StandardAction.COPY).execute());
        robot.interact(() -> vm.command(StandardAction.PASTE).execute());
        assertEquals(3, builder.project().network().layers().size());
        assertEquals(128, builder.project().network().layer("dense1").orElseThrow().component().getInt("units"));
        robot.interact(() -> vm.command(StandardAction.DELETE).execute());
        assertEquals(2, builder.project().network().layers().size());
        robot.interact(() -> vm.command(StandardAction.UNDO).execute());
        assertEquals(3, builder.project().network().layers().size());
    }

    /**
     * A project built in the editor trains through the training session: layers appended from the palette by
     * double-click, sizes and a small data subset set in the inspector, Run pressed; the session reports at least
     * one trained batch, then Stop ends it. (The live-view dashboard is on another branch; the status bar shows
     * the session's progress here.)
     */
    @Test
    void projectBuiltInTheEditorTrainsThroughTheSession(FxRobot robot) throws Exception {
        RunController run = new RunController(vm, builder, null, p -> tmp.resolve("run"));
        java.util.concurrent.atomic.AtomicInteger openings = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            run.setOnOpening(openings::incrementAndGet); // the app mounts the live views' cards here
            run.install();
            builder.setOnRun(p -> run.run());
            run.warmUpEngineWhenRunnable();
        });
        robot.doubleClickOn("#palette-dense");
        robot.sleep(800);
        robot.doubleClickOn("#palette-dense");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, builder.project().network().layers().size());
        assertTrue(builder.draft().isChain(), builder.draft().wiringProblems().toString());
        robot.clickOn("#node-dense2");
        type(robot, "field-layer-units", "10");
        clickEmptyCanvas(robot);
        type(robot, "field-dataset-limitTrain", "6400");
        type(robot, "field-dataset-limitTest", "16");
        type(robot, "field-training-batchSize", "16");
        type(robot, "field-training-timeSteps", "4");
        assertTrue(builder.runnableProperty().get(), builder.runBlockers().toString());
        // the engine warms up on the first runnable project while nothing trains; Run cancels it
        io.spikeworks.session.EngineWarmUp warm = run.warmUp();
        assertNotNull(warm, "a runnable project starts the warm-up");
        assertFalse(warm.cancelled());

        assertEquals(0, openings.get());
        // a speed chosen before Run governs the session it opens, and a change reaches the running one
        robot.interact(() -> run.speedProperty().set(io.spikeworks.session.Speed.batchesPerSecond(50)));
        robot.clickOn("#runButton");
        assertEquals(1, openings.get(), "told when the session starts opening");
        assertTrue(warm.cancelled(), "Run takes the cores back");
        assertTrue(warm.done().get(60, java.util.concurrent.TimeUnit.SECONDS) <= io.spikeworks.session.EngineWarmUp.BATCHES);
        WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> run.sessionProperty().get() != null && run.sessionProperty().get().telemetry().metrics().count() >= 1);
        io.spikeworks.session.TrainingSession s = run.sessionProperty().get();
        assertEquals(builder.project(), s.project());
        assertEquals(io.spikeworks.session.Speed.batchesPerSecond(50), s.status().speed());
        robot.interact(() -> run.speedProperty().set(io.spikeworks.session.Speed.FULL));
        assertEquals(io.spikeworks.session.Speed.FULL, s.status().speed());
        // paused and stepped, the status line names the batch the run is at, though it is rewritten only 4 times a second
        robot.interact(() -> vm.command(StandardAction.PAUSE).execute());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> s.status().state() == io.spikeworks.session.SessionState.PAUSED);
        long before = s.telemetry().metrics().count();
        robot.interact(() -> vm.command(StandardAction.STEP).execute());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> s.telemetry().metrics().count() == before + 1 && s.status().state() == io.spikeworks.session.SessionState.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        io.spikeworks.session.BatchMetrics at = s.telemetry().metrics().latest();
        assertTrue(vm.statusTextProperty().get().contains("batch " + at.batch() + "/" + at.batchesPerEpoch()),
                vm.statusTextProperty().get() + " should name batch " + at.batch());
        robot.interact(() -> vm.command(StandardAction.STOP).execute());
        assertTrue(s.awaitTermination(java.time.Duration.ofSeconds(60)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(s.telemetry().metrics().count() >= 1);
        assertTrue(s.telemetry().metrics().latest().samplesSeen() >= 16);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.toolbarButton(StandardAction.RUN).isDisabled());
        assertEquals(MainViewModel.ENGINE_IDLE + " · last run stopped", vm.getEngineStatus(),
                "a run that ended leaves the simulator loaded, not \"not loaded\"");
    }

    @Test
    void moveSelectByRectangleDeleteZoomAndUndo(FxRobot robot) {
        robot.interact(() -> {
            builder.history().reset(Draft.of(Project.newDefault()));
            builder.fitToView();
        });
        double zoom = builder.canvas().zoomFactor();
        // move one node by dragging it
        robot.drag(screen(300, 230), MouseButton.PRIMARY).moveTo(screen(300, 290)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(260, builder.project().layout().get("hidden1").y(), 10);
        assertEquals(1, builder.history().undoDepth());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200, builder.project().layout().get("hidden1").y());

        // rectangle selection over the two layers, then the Delete key
        robot.drag(screen(230, 140), MouseButton.PRIMARY).moveTo(screen(640, 300)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of("hidden1", "out"), java.util.Set.copyOf(builder.canvas().selectedNodes()));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(builder.project().network().layers().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Draft.of(Project.newDefault()), builder.draft());

        // wheel zooms
        robot.moveTo(screen(250, 100)).scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(zoom, builder.canvas().zoomFactor(), 1e-9);
    }

    @Test
    void deleteKeyInATextFieldEditsTheTextNotTheModel(FxRobot robot) {
        robot.interact(() -> {
            builder.history().reset(Draft.of(Project.newDefault()));
            builder.fitToView();
        });
        robot.clickOn("#node-out");
        TextField units = robot.lookup("#field-layer-units").queryAs(TextField.class);
        robot.clickOn(units);
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, builder.project().network().layers().size());
        assertEquals("0", units.getText());
    }

    @Test
    void closingWithUnsavedChangesAsks(FxRobot robot) {
        robot.interact(() -> builder.appendLayer("dense"));
        prompts.unsavedAnswer = Prompts.Unsaved.CANCEL;
        javafx.stage.WindowEvent close = new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.fireEvent(close));
        assertEquals(1, prompts.unsavedAsked);
        assertTrue(stage.isShowing());
        assertTrue(builder.history().isDirty());
    }

    @Test
    void autosavedWorkIsOfferedAfterACrash(FxRobot robot) {
        Path recovery = tmp.resolve("recovery");
        ModelBuilder.Settings settings = new ModelBuilder.Settings(null, recovery, null, null);
        AtomicReference<ModelBuilder> second = new AtomicReference<>();
        robot.interact(() -> {
            ModelBuilder first = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), prompts, settings);
            first.appendLayer("dense");
            first.autosaveNow();
            // the app "crashes": nothing cleans up; the next start finds the recovery file
            second.set(new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), prompts, settings));
            assertTrue(second.get().offerRecovery());
            assertEquals(first.project(), second.get().project());
            assertTrue(second.get().history().isDirty());
        });
        assertTrue(Files.exists(recovery.resolve(Autosave.FILE)));
        robot.interact(() -> second.get().saveTo(tmp.resolve("recovered.json")));
        assertFalse(Files.exists(recovery.resolve(Autosave.FILE)), "a save removes the recovery file");
    }

    @Test
    void pickersComeFromTheCatalogAndRenameKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> {
            builder.history().reset(Draft.of(Project.newDefault()));
            builder.fitToView();
        });
        robot.clickOn("#node-readout");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Field.Choice> loss = robot.lookup("#field-loss-type").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(ComponentCatalog.standard().typeIds(io.spikeworks.model.ComponentFamily.LOSS),
                loss.getItems().stream().map(Field.Choice::id).toList());
        robot.interact(() -> loss.getSelectionModel().select(loss.getItems().stream()
                .filter(c -> c.id().equals("mse-count")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mse-count", builder.project().loss().type());
        assertTrue(robot.lookup("#field-loss-targetCorrect").tryQuery().isPresent(), "the new type's parameters appear");
        robot.interact(() -> vm.command(StandardAction.UNDO).execute());
        assertEquals("ce-count", builder.project().loss().type());

        robot.clickOn("#node-hidden1");
        type(robot, "field-layer-id", "encoder1");
        assertTrue(builder.project().network().layer("encoder1").isPresent());
        assertEquals(java.util.Set.of("encoder1"), java.util.Set.copyOf(builder.canvas().selectedNodes()));
        assertTrue(builder.draft().isChain());

        // a connection is selected by clicking it and removed with Delete
        io.spikeworks.edit.Link link = new io.spikeworks.edit.Link("encoder1", "out");
        robot.interact(() -> builder.canvas().selectedLinks().add(link));
        robot.interact(() -> vm.command(StandardAction.DELETE).execute());
        assertFalse(builder.draft().links().contains(link));
        assertTrue(builder.canvas().nodeView("out").problemText().contains("not connected to the input"));
    }

    @Test
    void droppingOntoAConnectionInsertsTheLayerAndLeavingAFieldCommitsIt(FxRobot robot) {
        robot.interact(() -> {
            builder.history().reset(Draft.of(Project.newDefault()));
            builder.fitToView();
        });
        // input (40..190, y 200..262) → hidden1 (260..): the connection runs at y = 231 between x 190 and 260
        dropFromPalette(robot, "conv2d", 225, 231);
        assertEquals(List.of("conv1", "hidden1", "out"), builder.project().network().layers().stream().map(l -> l.id()).toList());
        assertTrue(builder.draft().isChain(), builder.draft().wiringProblems().toString());
        assertTrue(builder.report().runnable(), builder.report().blockers().toString());
        assertTrue(robot.lookup("#shapeSummary").queryAs(Label.class).getText().startsWith("1×28×28 → 16×26×26 → 10816 → 128"),
                robot.lookup("#shapeSummary").queryAs(Label.class).getText());

        // type without Enter, then click another node: the value is committed to the layer it was typed for
        robot.clickOn("#node-hidden1");
        TextField beta = robot.lookup("#field-neuron-beta").queryAs(TextField.class);
        robot.clickOn(beta);
        robot.interact(beta::selectAll);
        robot.write("0.7");
        robot.clickOn("#node-out");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.7, builder.project().network().layer("hidden1").orElseThrow().neuron().getDouble("beta"));
        assertEquals(0.9, builder.project().network().layer("out").orElseThrow().neuron().getDouble("beta"));
        assertEquals("0.9", robot.lookup("#field-neuron-beta").queryAs(TextField.class).getText());
    }
}
