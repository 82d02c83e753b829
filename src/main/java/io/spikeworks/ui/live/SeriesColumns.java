package io.spikeworks.ui.live;

import java.util.Arrays;

/**
 * Columns of doubles that only grow, for series a live source keeps for the whole run after the engine's ring has
 * dropped them. Not thread-safe: the one reader (the FX thread) owns it.
 */
final class SeriesColumns {
    private double[][] columns;
    private int size;

    SeriesColumns(int columns) {
        this.columns = new double[columns][64];
    }

    void add(double... row) {
        if (row.length != columns.length)
            throw new IllegalArgumentException("need " + columns.length + " values, got " + row.length);
        if (size == columns[0].length)
            for (int c = 0; c < columns.length; c++) columns[c] = Arrays.copyOf(columns[c], size * 2);
        for (int c = 0; c < columns.length; c++) columns[c][size] = row[c];
        size++;
    }

    int size() {
        return size;
    }

    /** A copy of column c. */
    double[] column(int c) {
        return Arrays.copyOf(columns[c], size);
    }
}
