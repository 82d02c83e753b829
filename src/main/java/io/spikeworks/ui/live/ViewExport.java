package io.spikeworks.ui.live;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The export buttons of a live-view card's header: "Save as PNG" and "Save data as CSV", each asking for a file.
 * The writing itself is {@link LiveView#exportPng} / {@link LiveView#exportCsv}, callable without a dialog.
 */
public final class ViewExport {
    private static File lastDirectory;

    private ViewExport() {}

    /** The two buttons for {@code view}; {@code report} receives a line for the status bar. */
    public static List<Button> buttons(String idStem, LiveView view, Consumer<String> report) {
        Button png = button(idStem + "ExportPng", MaterialDesignI.IMAGE_OUTLINE, "Save this view as a PNG image");
        png.setOnAction(e -> choose(png.getScene() == null ? null : png.getScene().getWindow(), view.exportName() + ".png",
                "PNG image", "*.png").ifPresent(p -> run(() -> view.exportPng(p), p, report)));
        Button csv = button(idStem + "ExportCsv", MaterialDesignF.FILE_DELIMITED_OUTLINE, "Save this view's data as CSV");
        csv.setOnAction(e -> choose(csv.getScene() == null ? null : csv.getScene().getWindow(), view.exportName() + ".csv",
                "CSV table", "*.csv").ifPresent(p -> run(() -> view.exportCsv(p), p, report)));
        return List.of(png, csv);
    }

    /**
     * A further "save as CSV" button for part of a view (say, the confusion matrix alone); the file name offered is
     * asked of {@code name} when clicked.
     */
    public static Button csvButton(String id, String tip, java.util.function.Supplier<String> name, CsvTarget target,
                                   Consumer<String> report) {
        Button csv = button(id, MaterialDesignT.TABLE_ARROW_DOWN, tip);
        csv.setOnAction(e -> choose(csv.getScene() == null ? null : csv.getScene().getWindow(), name.get() + ".csv",
                "CSV table", "*.csv").ifPresent(p -> run(() -> target.write(p), p, report)));
        return csv;
    }

    /** Writes a CSV file. */
    @FunctionalInterface
    public interface CsvTarget {
        void write(Path file) throws IOException;
    }

    private static Button button(String id, Ikon icon, String tip) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("card-tool");
        FontIcon fi = new FontIcon(icon);
        fi.getStyleClass().add("card-tool-icon");
        b.setGraphic(fi);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setFocusTraversable(false);
        return b;
    }

    interface Export {
        void write() throws IOException;
    }

    private static void run(Export e, Path p, Consumer<String> report) {
        try {
            e.write();
            report.accept("Saved " + p.getFileName());
        } catch (IOException | RuntimeException ex) {
            report.accept("Could not save " + p.getFileName() + ": " + ex.getMessage());
        }
    }

    private static java.util.Optional<Path> choose(Window owner, String name, String what, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save " + what);
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        if (lastDirectory != null && lastDirectory.isDirectory()) fc.setInitialDirectory(lastDirectory);
        File f = fc.showSaveDialog(owner);
        if (f == null) return java.util.Optional.empty();
        lastDirectory = f.getParentFile();
        return java.util.Optional.of(f.toPath());
    }
}
