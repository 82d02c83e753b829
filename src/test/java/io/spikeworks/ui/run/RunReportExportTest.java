package io.spikeworks.ui.run;

import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Run ▸ Export Run Report… writes the run's page off the FX thread and says where, or shows why not. */
@ExtendWith(ApplicationExtension.class)
class RunReportExportTest {
    @TempDir
    Path tmp;
    private Stage stage;
    private MainWindow window;
    private final AtomicReference<String> status = new AtomicReference<>("");
    private RunReportExport export;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new MainViewModel());
        window.attach(stage);
        export = new RunReportExport(() -> stage, status::set);
        export.install(window);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w != stage && w instanceof Stage s) s.close();
        });
    }

    @Test
    void theItemIsTheLastOfTheRunMenu() {
        Menu run = window.menuBar().getMenus().stream().filter(m -> "runMenu".equals(m.getId())).findFirst().orElseThrow();
        MenuItem last = run.getItems().get(run.getItems().size() - 1);
        assertEquals("exportRunReportMenuItem", last.getId());
        assertEquals("Export Run Report…", last.getText().replace("_", ""));
    }

    /** A run folder as RunFiles writes it, cut down to one evaluation of a two-class run. */
    private Path runFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(dir.resolve("metrics.csv"), "epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,"
                + "samples_per_s,learning_rate,iteration\n1,64,0.7,0.5,0.69,0.75,100,0.001,2\n");
        Files.writeString(dir.resolve("summary.json"), "{\"project\": \"Two classes\", \"test_accuracy\": 0.75,"
                + " \"algorithm\": \"bptt\", \"chip_profile\": \"float-reference\", \"seed\": 1,"
                + " \"test_confusion\": {\"epoch\": 1, \"classes\": [\"a\", \"b\"], \"counts\": [[2, 1], [0, 1]]}}");
        return dir;
    }

    @Test
    void exportWritesTheReportAndSaysWhere(FxRobot robot) throws Exception {
        Path run = runFolder();
        Path target = run.resolve("report.html");
        robot.interact(() -> export.export(run, target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.get().startsWith("Wrote"));
        assertEquals("Wrote " + target, status.get());
        String html = Files.readString(target);
        assertTrue(html.contains("<h1>Two classes</h1>"), "the run's project name heads the page");
        assertTrue(html.contains("<td class=\"diag\">2</td>"), "the confusion matrix from summary.json");
    }

    @Test
    void aFolderThatIsNoRunGetsAnErrorSayingWhy(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        robot.interact(() -> export.export(empty, empty.resolve("report.html")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.get().startsWith("Cannot"));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains(empty + ": no summary.json"), pane.getContentText());
        assertTrue(Files.notExists(empty.resolve("report.html")));
    }
}
