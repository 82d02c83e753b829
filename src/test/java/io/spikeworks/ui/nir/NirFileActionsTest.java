package io.spikeworks.ui.nir;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.nir.NirReader;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.Prompts;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Import NIR… and Export NIR… in the real main window (headless). */
@ExtendWith(ApplicationExtension.class)
class NirFileActionsTest {
    private MainWindow window;
    private ModelBuilder builder;
    private NirFileActions actions;

    @TempDir
    Path tmp;

    /** Prompts that answer nothing: these tests never reach them. */
    private static final class NoPrompts implements Prompts {
        public Unsaved unsavedChanges(String projectName) { return Unsaved.DISCARD; }
        public Path chooseOpen(Path initialDirectory) { return null; }
        public Path chooseSave(Path initialDirectory, String suggestedFileName) { return null; }
        public void openFailed(Path file, List<ValidationError> errors, String ioMessage) {}
        public boolean offerRecovery(String projectName, String savedWhen) { return false; }
        public void error(String title, String message) {}
    }

    @Start
    void start(Stage stage) {
        MainViewModel vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage);
        builder = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), new NoPrompts(),
                ModelBuilder.Settings.none());
        builder.install(window, stage);
        actions = new NirFileActions(builder, () -> stage, vm::setStatusText);
        actions.install(window);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w instanceof Stage s && s.getOwner() != null) s.close();
        });
    }

    private static Path golden(String name) throws Exception {
        return Path.of(NirFileActionsTest.class.getResource("/io/spikeworks/nir/golden/" + name + "/net.nir").toURI());
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ListView.class);
    }

    @Test
    void theFileMenuOffersImportAndExport() {
        List<String> ids = window.menuBar().getMenus().get(0).getItems().stream().map(MenuItem::getId).toList();
        assertTrue(ids.indexOf("importNirMenuItem") > ids.indexOf("saveAsMenuItem"), ids.toString());
        assertTrue(ids.contains("exportNirMenuItem"), ids.toString());
    }

    @Test
    void importPreviewsTheGraphAndDerivedParametersThenReplacesTheProjectUndoably(FxRobot robot) throws Exception {
        Project before = builder.project();
        AtomicReference<NirImportDialog> dialog = new AtomicReference<>();
        Path file = golden("a_lif784_zero");
        robot.interact(() -> dialog.set(actions.importFile(file)));
        WaitForAsyncUtils.waitForFxEvents();
        NirImportDialog d = dialog.get();
        assertNotNull(d);
        List<String> nodes = list(robot, "nirNodeList").getItems();
        assertEquals("input  Input  shape=[784]", nodes.get(0), nodes.toString());
        assertEquals("fc1  Affine  bias [256]  weight [256, 784]", nodes.get(1), nodes.toString());
        assertEquals("output  Output  shape=[10]", nodes.get(5), nodes.toString());
        assertEquals("1.0E-4", robot.lookup("#nirDtField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#nirDtSource").queryAs(Label.class).getText().contains("no dt"));
        String lif1 = list(robot, "nirDerivedList").getItems().stream().filter(l -> l.startsWith("fc1 + lif1")).findFirst()
                .orElseThrow();
        assertTrue(lif1.contains("β = 1 − dt/τ") && lif1.contains("(per neuron)") && lif1.contains("θ 1.1 (all)"), lif1);
        Button replace = (Button) d.getDialogPane().lookupButton(NirImportDialog.REPLACE);
        assertFalse(replace.isDisabled());

        // Norse's dt makes some τ shorter than a step: the preview says which field, and Replace is off
        robot.interact(() -> robot.lookup("#nirDtNorse").queryAs(Button.class).fire());
        assertTrue(robot.lookup("#nirImportError").queryAs(Label.class).getText().contains("'lif1' (LIF), field 'tau'"));
        assertTrue(replace.isDisabled());
        robot.interact(() -> robot.lookup("#nirDtSnnTorch").queryAs(Button.class).fire());
        assertFalse(replace.isDisabled());
        assertEquals(before, builder.project(), "nothing replaced before the user says so");

        robot.interact(replace::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lif1", "lif2"), builder.project().network().layers().stream().map(l -> l.id()).toList());
        assertEquals("zero", builder.project().network().layers().get(0).neuron().getString("reset"));
        assertNull(builder.currentFile(), "Save must ask where, not overwrite the previous file");
        // the trained weights stay with the project, and Save writes them next to it
        Path kept = Path.of(builder.project().weights());
        assertTrue(Files.isRegularFile(kept), kept.toString());
        Path saved = tmp.resolve("imported.json");
        AtomicReference<Boolean> written = new AtomicReference<>();
        robot.interact(() -> written.set(builder.saveTo(saved)));
        assertTrue(written.get());
        assertTrue(Files.readString(saved).contains("\"weights\": \"imported.weights.swweights\""), Files.readString(saved));
        assertArrayEquals(Files.readAllBytes(kept), Files.readAllBytes(tmp.resolve("imported.weights.swweights")));
        assertEquals(tmp.resolve("imported.weights.swweights").toString(), new ProjectFiles().load(saved).weights());
        robot.interact(() -> builder.history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.network(), builder.project().network());
    }

    @Test
    void aFileThatCannotBeReadLeavesTheProjectAsItWas(FxRobot robot) throws Exception {
        Project before = builder.project();
        Path bad = Files.writeString(tmp.resolve("bad.nir"), "not hdf5");
        AtomicReference<NirImportDialog> dialog = new AtomicReference<>(null);
        robot.interact(() -> dialog.set(actions.importFile(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog.get());
        assertTrue(actions.lastError().getContentText().contains("not an HDF5 file"), actions.lastError().getContentText());
        assertEquals(before, builder.project());
    }

    @Test
    void exportListsEveryLossAndWritesOnlyWhenConfirmed(FxRobot robot) throws Exception {
        Path out = tmp.resolve("net.nir");
        robot.interact(() -> builder.replaceProject(Project.newDefault(), "new default project"));
        AtomicReference<NirExportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(actions.exportTo(out)));
        WaitForAsyncUtils.waitForFxEvents();
        NirExportDialog d = dialog.get();
        assertNotNull(d);
        List<String> losses = list(robot, "nirLossList").getItems();
        assertTrue(losses.stream().anyMatch(l -> l.startsWith("LOSSY  hidden1: reset by subtraction")), losses.toString());
        assertTrue(losses.stream().anyMatch(l -> l.startsWith("note  encoder:")), losses.toString());
        assertTrue(d.getHeaderText().contains("2 losses change its spikes"), d.getHeaderText());
        assertNull(d.getDialogPane().lookupButton(NirExportDialog.EXPORT), "no plain Export for a lossy network");

        robot.interact(() -> ((Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(out));

        robot.interact(() -> dialog.set(actions.exportTo(out)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((Button) dialog.get().getDialogPane().lookupButton(NirExportDialog.EXPORT_LOSSY)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(out));
        assertEquals("true", NirReader.read(out).metadata().get("lossy"));
    }

    /** With a run of the open network, Export NIR writes the run's weights, not the seed's initial ones. */
    @Test
    void exportTakesTheOpenRunsTrainedWeights(FxRobot robot) throws Exception {
        Project p = Project.newDefault().withDataset(Project.newDefault().dataset().withLimitTrain(128).withLimitTest(64));
        robot.interact(() -> builder.replaceProject(p, "small project"));
        try (var session = io.spikeworks.session.SessionSetup.open(p, null, io.spikeworks.session.SessionOptions.defaults())) {
            session.stepBatch();
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                    () -> session.status().iteration() >= 1);
            actions.setSession(() -> session);
            Path trained = tmp.resolve("trained.nir");
            robot.interact(() -> assertNull(actions.exportTo(trained), "the dialog follows once the run hands over"));
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#nirExportWeights").tryQuery().isPresent());
            Label weights = robot.lookup("#nirExportWeights").queryAs(Label.class);
            assertTrue(weights.getText().contains("trained: the run's weights after 1 updates"), weights.getText());
            robot.interact(() -> {
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w instanceof Stage s && s.getScene() != null && s.getScene().lookup("#nirExportDialog") != null) {
                        var pane = (javafx.scene.control.DialogPane) s.getScene().lookup("#nirExportDialog");
                        ((Button) pane.lookupButton(NirExportDialog.EXPORT_LOSSY)).fire();
                    }
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            actions.setSession(() -> null);
            Path initial = tmp.resolve("initial.nir");
            robot.interact(() -> ((Button) actions.exportTo(initial).getDialogPane()
                    .lookupButton(NirExportDialog.EXPORT_LOSSY)).fire());
            WaitForAsyncUtils.waitForFxEvents();
            var a = NirReader.read(trained).nodes().get("hidden1_fc").fields().get("weight");
            var b = NirReader.read(initial).nodes().get("hidden1_fc").fields().get("weight");
            assertFalse(java.util.Arrays.equals(a.values(), b.values()), "trained weights differ from the initial ones");
        }
    }
}
