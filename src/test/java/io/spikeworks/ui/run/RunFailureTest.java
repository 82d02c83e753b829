package io.spikeworks.ui.run;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.builder.Prompts;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.shell.StandardAction;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run that cannot start tells the user in a dialog and leaves the window and the project as they were. */
@ExtendWith(ApplicationExtension.class)
class RunFailureTest {
    private MainViewModel vm;
    private ModelBuilder builder;

    @TempDir
    Path tmp;

    /** Answers nothing; the builder's own questions do not come up here. */
    private static final class NoPrompts implements Prompts {
        @Override
        public Unsaved unsavedChanges(String projectName) {
            return Unsaved.DISCARD;
        }

        @Override
        public Path chooseOpen(Path initialDirectory) {
            return null;
        }

        @Override
        public Path chooseSave(Path initialDirectory, String suggestedFileName) {
            return null;
        }

        @Override
        public void openFailed(Path file, List<ValidationError> errors, String ioMessage) {
        }

        @Override
        public boolean offerRecovery(String projectName, String savedWhen) {
            return false;
        }

        @Override
        public void error(String title, String message) {
        }
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        MainWindow window = new MainWindow(vm);
        window.attach(stage);
        builder = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), new NoPrompts(),
                ModelBuilder.Settings.none());
        builder.install(window, stage);
        stage.show();
    }

    @Test
    void aRunThatCannotStartShowsADialogAndKeepsTheProject(FxRobot robot) throws Exception {
        // valid as a project (CIFAR-10 from a folder), but the folder holds no data: setting the run up fails
        Project p = Project.newDefault().withDataset(new DatasetSpec("cifar10", tmp.resolve("no-cifar").toString(), null, null));
        p = p.withName("CIFAR from nowhere");
        Path file = tmp.resolve("cifar.json");
        new ProjectFiles().save(p, file);
        List<String> dialogs = new CopyOnWriteArrayList<>();
        RunController run = new RunController(vm, builder, null, x -> tmp.resolve("run"));
        robot.interact(() -> {
            run.setFailureDialog((title, message) -> dialogs.add(title + ": " + message));
            run.install();
            builder.setOnRun(x -> run.run());
            assertTrue(builder.openFile(file));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(builder.runnableProperty().get(), builder.runBlockers().toString());
        Project before = builder.project();
        robot.interact(() -> vm.command(StandardAction.RUN).execute());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialogs.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.size(), dialogs.toString());
        assertTrue(dialogs.get(0).startsWith("Cannot start training: "), dialogs.get(0));
        assertFalse(dialogs.get(0).matches(".*\\b\\w+(Exception|Error)\\b.*"), dialogs.get(0));
        assertTrue(vm.statusTextProperty().get().startsWith("Cannot start training: "), vm.statusTextProperty().get());
        assertEquals(before, builder.project(), "the project stays open as it was");
        assertNull(run.sessionProperty().get());
        assertTrue(builder.runnableProperty().get(), "Run can be pressed again");
    }
}
