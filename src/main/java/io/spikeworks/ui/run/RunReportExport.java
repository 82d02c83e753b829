package io.spikeworks.ui.run;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.report.RunFolder;
import io.spikeworks.report.RunReport;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.theme.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Run ▸ Export Run Report…: pick a finished run's folder (the app writes them under ~/.spikeworks/runs) and write
 * its report.html there, the same page as {@code spikeworks report RUN_DIR}. The page is built off the FX thread.
 */
public final class RunReportExport {
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    public RunReportExport(Supplier<Window> owner, Consumer<String> status) {
        this.owner = owner;
        this.status = status;
    }

    /** Adds the item at the end of the window's Run menu. */
    public void install(MainWindow window) {
        MenuItem item = new MenuItem("Export Run _Report…");
        item.setId("exportRunReportMenuItem");
        item.setOnAction(e -> {
            Path dir = chooseRunFolder();
            if (dir != null) export(dir, dir.resolve("report.html"));
        });
        for (Menu m : window.menuBar().getMenus())
            if ("runMenu".equals(m.getId())) m.getItems().add(item);
    }

    private Path chooseRunFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export Run Report: choose a run folder");
        Path runs = Path.of(System.getProperty("user.home"), ".spikeworks", "runs");
        if (Files.isDirectory(runs)) dc.setInitialDirectory(runs.toFile());
        File f = dc.showDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    /** Writes the report of {@code runDir} to {@code target} on a worker thread; the status bar says how it went. */
    public void export(Path runDir, Path target) {
        status.accept("Writing the report of " + runDir.getFileName() + "…");
        Thread t = new Thread(() -> {
            try {
                String html = RunReport.html(RunFolder.read(runDir, null), ChipProfiles.load(ChipProfiles.defaultUserDirectory()));
                AtomicFiles.writeString(target, html);
                FxBridge.run(() -> status.accept("Wrote " + target));
            } catch (IOException | RuntimeException e) {
                String msg = e instanceof IOException ? "cannot write " + target + ": " + e.getMessage() : e.getMessage();
                FxBridge.run(() -> {
                    status.accept("Cannot export the run report");
                    Alert a = new Alert(Alert.AlertType.ERROR, msg, ButtonType.OK);
                    Window w = owner.get();
                    if (w != null) a.initOwner(w);
                    a.setTitle("Cannot export the run report");
                    a.setHeaderText("Cannot export the run report");
                    Theme.apply(a.getDialogPane());
                    a.show();
                });
            }
        }, "spikeworks-run-report");
        t.setDaemon(true);
        t.start();
    }
}
