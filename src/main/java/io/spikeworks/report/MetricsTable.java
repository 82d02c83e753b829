package io.spikeworks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** metrics.csv as named numeric columns (one value per evaluation); cells that are not numbers read as NaN. */
public final class MetricsTable {
    private final Map<String, double[]> columns;
    private final int rows;

    private MetricsTable(Map<String, double[]> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Parses the CSV text; {@code source} names the file in error messages. */
    public static MetricsTable parse(String csv, String source) {
        List<String> lines = new ArrayList<>();
        for (String line : csv.split("\r?\n")) if (!line.isBlank()) lines.add(line);
        if (lines.isEmpty()) throw new IllegalArgumentException(source + ": empty, expected a header line");
        String[] header = lines.get(0).split(",", -1);
        int n = lines.size() - 1;
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String h : header) cols.put(h.trim(), new double[n]);
        for (int r = 0; r < n; r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            if (cells.length != header.length)
                throw new IllegalArgumentException(source + ": line " + (r + 2) + " has " + cells.length
                        + " cells, the header has " + header.length);
            for (int c = 0; c < header.length; c++) cols.get(header[c].trim())[r] = number(cells[c]);
        }
        return new MetricsTable(cols, n);
    }

    private static double number(String cell) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public int rows() {
        return rows;
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The column's values; an unknown column is an empty array. */
    public double[] column(String name) {
        double[] v = columns.get(name);
        return v == null ? new double[0] : v.clone();
    }

    /** True when the column exists and holds at least one number. */
    public boolean hasValues(String name) {
        double[] v = columns.get(name);
        if (v == null) return false;
        for (double x : v) if (!Double.isNaN(x)) return true;
        return false;
    }

    /** Columns not in {@code known}, in file order: the algorithm's own (transport counts, asymmetry, ...). */
    public List<String> othersThan(List<String> known) {
        List<String> out = new ArrayList<>(columns.keySet());
        out.removeAll(known);
        return Collections.unmodifiableList(out);
    }
}
