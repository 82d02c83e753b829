package io.spikeworks.ui.live.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A finished run pinned behind the live learning curves as a dashed "ghost", on the same axes: its test loss and
 * score per evaluation against samples seen. Pinned from the run that just ended, or read from a run folder's
 * {@code metrics.csv}.
 *
 * @param label what the legend calls it, e.g. the project's name and what differs
 */
public record GhostRun(String label, double[] samples, double[] testLoss, double[] testScore) {
    public GhostRun {
        if (samples.length != testLoss.length || samples.length != testScore.length)
            throw new IllegalArgumentException("ghost columns differ in length");
    }

    /** The same curves under another name (the legend's, once it is known what differs). */
    public GhostRun withLabel(String newLabel) {
        return new GhostRun(newLabel, samples, testLoss, testScore);
    }

    /** The evaluations of a run's curves (what was shown live); null when it has none yet. */
    public static GhostRun of(LearningData d, String label) {
        if (d == null || d.evaluations() == 0) return null;
        return new GhostRun(label, d.epochSamples().clone(), d.testLoss().clone(), d.testAccuracy().clone());
    }

    /**
     * Reads {@code metrics.csv} of a run folder ({@code train --out}, or a run the app wrote). Named after the folder.
     *
     * @throws IOException naming the file, and the line and column (1-based, in characters) of what is wrong
     */
    public static GhostRun read(Path folder) throws IOException {
        Path csv = folder.resolve("metrics.csv");
        if (!Files.isRegularFile(csv))
            throw new IOException(folder + " holds no metrics.csv: not a finished run's folder");
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(csv + ": not UTF-8 text, so not a metrics.csv Spikeworks wrote");
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) throw new IOException(csv + " line 1: empty, expected a header row");
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        String[] wanted = {"samples_seen", "test_loss", "test_accuracy"};
        int[] at = new int[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            at[i] = header.indexOf(wanted[i]);
            if (at[i] < 0) throw new IOException(csv + " line 1: the header has no " + wanted[i] + " column");
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            String line = lines.get(r);
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            if (f.length != header.size())
                throw new IOException(csv + " line " + (r + 1) + ": " + f.length + " fields, the header has " + header.size());
            double[] row = new double[wanted.length];
            for (int i = 0; i < wanted.length; i++) {
                String t = f[at[i]].strip();
                try {
                    row[i] = t.isEmpty() ? Double.NaN : Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IOException(csv + " line " + (r + 1) + ", column " + columnOf(f, at[i]) + " (" + wanted[i]
                            + "): '" + t + "' is not a number");
                }
                if (Double.isInfinite(row[i]) || (i == 0 && !(row[i] >= 0)))
                    throw new IOException(csv + " line " + (r + 1) + ", column " + columnOf(f, at[i]) + " (" + wanted[i]
                            + "): " + t + (i == 0 ? " is not a count of samples" : " is not a finite number"));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) throw new IOException(csv + " has no evaluations yet (only its header): nothing to draw");
        double[][] cols = new double[wanted.length][rows.size()];
        for (int r = 0; r < rows.size(); r++)
            for (int i = 0; i < wanted.length; i++) cols[i][r] = rows.get(r)[i];
        return new GhostRun(folder.getFileName().toString(), cols[0], cols[1], cols[2]);
    }

    /** The 1-based character column where field {@code index} of a split line starts. */
    private static int columnOf(String[] fields, int index) {
        int c = 1;
        for (int i = 0; i < index; i++) c += fields[i].length() + 1;
        return c;
    }
}
