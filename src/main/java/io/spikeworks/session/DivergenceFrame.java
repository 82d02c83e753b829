package io.spikeworks.session;

import java.util.Arrays;
import java.util.List;

/**
 * W − Bᵀ of every feedback layer, for a weight-asymmetry heatmap. B is held in W's layout, so the divergence of
 * weight k is simply W[k] − B[k]; a layer is seen as rows × units (units = W's last axis: output neurons or filters).
 * A layer larger than {@value #MAX_SIDE} × {@value #MAX_SIDE} is reduced to blocks, each showing its value of largest
 * magnitude: a block reads 0 only when every weight in it is back in sync, so a partial transport shows as the
 * blocks it fully refreshed. A reader creates one with {@code new DivergenceFrame()} and refreshes it with
 * {@link SymmetryTelemetry#readDivergence}.
 */
public final class DivergenceFrame extends Frame<DivergenceFrame> {
    /** Most cells along either side of a layer's grid. */
    public static final int MAX_SIDE = 256;

    long iteration;
    long lastTransportIteration = -1;
    String[] names = new String[0];
    int[] rows = new int[0];
    int[] cols = new int[0];
    int[] gridRows = new int[0];
    int[] gridCols = new int[0];
    float[][] cells = new float[0][];
    double[] maxAbs = new double[0];
    double[] peakAbs = new double[0];
    long[] inSync = new long[0];

    /** Optimiser steps taken when the copy was made. */
    public long iteration() {
        return iteration;
    }

    /** The iteration after which B was last refreshed from W, -1 if it never was. */
    public long lastTransportIteration() {
        return lastTransportIteration;
    }

    public List<String> layers() {
        return Arrays.asList(names);
    }

    /** Rows of the layer's W seen as rows × units. */
    public int rows(int layer) {
        return rows[layer];
    }

    public int columns(int layer) {
        return cols[layer];
    }

    public int gridRows(int layer) {
        return gridRows[layer];
    }

    public int gridColumns(int layer) {
        return gridCols[layer];
    }

    /** The grid, row-major: gridRows × gridColumns cells of W − Bᵀ (largest magnitude per block). */
    public float[] cells(int layer) {
        return cells[layer];
    }

    /** Largest |W − Bᵀ| over the whole layer. */
    public double maxAbs(int layer) {
        return maxAbs[layer];
    }

    /**
     * Largest |W − Bᵀ| the layer has had at any sample point of the session so far (at least {@link #maxAbs}): a
     * colour scale that ends here shows a transport as the map fading rather than the scale shrinking.
     */
    public double peakAbs(int layer) {
        return peakAbs[layer];
    }

    /** Weights whose W and B are exactly equal. */
    public long inSync(int layer) {
        return inSync[layer];
    }

    /** Sizes the frame for {@code n} layers (the writer, before filling). */
    void layers(int n) {
        if (names.length == n) return;
        names = new String[n];
        rows = new int[n];
        cols = new int[n];
        gridRows = new int[n];
        gridCols = new int[n];
        cells = new float[n][];
        maxAbs = new double[n];
        peakAbs = new double[n];
        inSync = new long[n];
    }

    /** Fills layer {@code i} from W and B (both in W's layout, {@code units} = size of W's last axis). */
    void fill(int i, String name, float[] w, float[] b, int units) {
        if (w.length != b.length) throw new IllegalArgumentException(name + ": W has " + w.length + " values, B " + b.length);
        if (units < 1 || w.length % units != 0)
            throw new IllegalArgumentException(name + ": " + w.length + " weights are not a multiple of " + units + " units");
        int r = w.length / units;
        int blockR = (r + MAX_SIDE - 1) / MAX_SIDE;
        int blockC = (units + MAX_SIDE - 1) / MAX_SIDE;
        int gr = Math.max(1, (r + blockR - 1) / Math.max(1, blockR));
        int gc = (units + blockC - 1) / blockC;
        float[] grid = fit(cells[i], gr * gc);
        Arrays.fill(grid, 0f);
        double max = 0;
        long same = 0;
        for (int row = 0; row < r; row++) {
            int base = row * units;
            int gBase = (row / blockR) * gc;
            for (int c = 0; c < units; c++) {
                float d = w[base + c] - b[base + c];
                float mag = Math.abs(d);
                if (mag == 0) {
                    same++;
                    continue;
                }
                if (mag > max) max = mag;
                int g = gBase + c / blockC;
                if (mag > Math.abs(grid[g])) grid[g] = d;
            }
        }
        names[i] = name;
        rows[i] = r;
        cols[i] = units;
        gridRows[i] = gr;
        gridCols[i] = gc;
        cells[i] = grid;
        maxAbs[i] = max;
        inSync[i] = same;
    }

    @Override
    void copyFrom(DivergenceFrame s) {
        iteration = s.iteration;
        lastTransportIteration = s.lastTransportIteration;
        int n = s.names.length;
        layers(n);
        for (int i = 0; i < n; i++) {
            names[i] = s.names[i];
            rows[i] = s.rows[i];
            cols[i] = s.cols[i];
            gridRows[i] = s.gridRows[i];
            gridCols[i] = s.gridCols[i];
            float[] src = s.cells[i];
            cells[i] = fit(cells[i], src.length);
            System.arraycopy(src, 0, cells[i], 0, src.length);
            maxAbs[i] = s.maxAbs[i];
            peakAbs[i] = s.peakAbs[i];
            inSync[i] = s.inSync[i];
        }
    }
}
