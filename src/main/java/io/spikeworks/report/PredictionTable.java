package io.spikeworks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * predictions.csv of a regression run, read back: per row its test function, grid coordinates, reference and
 * prediction ({@code function,<axes…>,reference,prediction}, as RunFiles writes it for a test set laid out as test
 * functions). Rows of one function are consecutive; the grid is the same for all of them.
 */
public record PredictionTable(List<String> axes, int[] function, double[][] coordinates, double[] reference,
                              double[] prediction) {
    /**
     * Parses the file's text; every problem names the file and line.
     *
     * @throws IllegalArgumentException when the header is not function, one or two axes, reference, prediction, or a
     *                                  row does not fit it
     */
    public static PredictionTable parse(String text, String source) {
        String[] lines = text.split("\\R");
        String[] head = lines.length == 0 ? new String[0] : lines[0].strip().split(",");
        int n = head.length;
        if (n < 4 || n > 5 || !head[0].equals("function") || !head[n - 2].equals("reference") || !head[n - 1].equals("prediction"))
            throw new IllegalArgumentException(source + ", line 1: expected function,<one or two axes>,reference,prediction; got "
                    + lines[0]);
        List<String> axes = List.of(Arrays.copyOfRange(head, 1, n - 2));
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] f = line.split(",", -1);
            if (f.length != n) throw new IllegalArgumentException(source + ", line " + (i + 1) + ": " + f.length
                    + " fields, the header has " + n);
            double[] v = new double[n];
            try {
                for (int k = 0; k < n; k++) v[k] = Double.parseDouble(f[k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ", line " + (i + 1) + ": not a number: " + e.getMessage());
            }
            rows.add(v);
        }
        int r = rows.size();
        int[] fn = new int[r];
        double[][] coords = new double[axes.size()][r];
        double[] ref = new double[r], pred = new double[r];
        for (int i = 0; i < r; i++) {
            double[] v = rows.get(i);
            fn[i] = (int) v[0];
            if (i > 0 && fn[i] < fn[i - 1])
                throw new IllegalArgumentException(source + ", line " + (i + 2) + ": test function " + fn[i] + " after " + fn[i - 1]
                        + " (rows of a function must be consecutive)");
            for (int a = 0; a < axes.size(); a++) coords[a][i] = v[1 + a];
            ref[i] = v[n - 2];
            pred[i] = v[n - 1];
        }
        return new PredictionTable(axes, fn, coords, ref, pred);
    }

    public int rows() {
        return reference.length;
    }

    /** The test functions in the file, in order. */
    public int[] functions() {
        return Arrays.stream(function).distinct().toArray();
    }

    /** The first and one-past-last row of a test function. */
    public int[] rowsOf(int fn) {
        int from = -1, to = -1;
        for (int i = 0; i < function.length; i++)
            if (function[i] == fn) {
                if (from < 0) from = i;
                to = i + 1;
            }
        if (from < 0) throw new IllegalArgumentException("no test function " + fn + " in the predictions");
        return new int[]{from, to};
    }

    /** ‖prediction − reference‖₂ / ‖reference‖₂ over one test function's rows (NaN when its reference is zero). */
    public double relativeL2(int fn) {
        int[] r = rowsOf(fn);
        double e = 0, y = 0;
        for (int i = r[0]; i < r[1]; i++) {
            double d = prediction[i] - reference[i];
            e += d * d;
            y += reference[i] * reference[i];
        }
        return y == 0 ? Double.NaN : Math.sqrt(e / y);
    }

    /** Distinct values of axis {@code a} within a function's rows, in order of appearance (its grid points). */
    public double[] axisPoints(int a, int fn) {
        int[] r = rowsOf(fn);
        return Arrays.stream(Arrays.copyOfRange(coordinates[a], r[0], r[1])).distinct().toArray();
    }
}
