package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.SnapshotWriter;
import javafx.scene.Node;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A live view that can be exported: a PNG of what it shows and a CSV of the data behind it. The export methods
 * take a path (no dialog), so tests and scripts call them directly; {@link ViewExport} adds the header buttons.
 */
public interface LiveView {
    /** The node to mount into a card. */
    Node node();

    /** Short file-name stem, e.g. "spike-raster". */
    String exportName();

    /** Writes the view's data as CSV (header line first). */
    void writeCsv(Writer out) throws IOException;

    /** Writes the view's data as CSV to {@code file}. */
    default void exportCsv(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(w);
        }
    }

    /** Renders the view as shown now and writes it as PNG. FX thread. */
    default void exportPng(Path file) throws IOException {
        FxBridge.requireFxThread();
        SnapshotWriter.writePng(node().snapshot(null, null), file);
    }

    /** Formats a number for CSV: plain, locale-independent, empty for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Formats a float for CSV as its shortest decimal form (0.1, not 0.10000000149011612). */
    static String num(float v) {
        if (Float.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e7) return Long.toString((long) v);
        return Float.toString(v);
    }

    /** Quotes a CSV field when needed. */
    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
