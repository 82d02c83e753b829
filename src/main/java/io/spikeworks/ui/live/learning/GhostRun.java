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
     * Reads {@code metrics.csv} of a run folder ({@code train --out}, or a run the app wrote).
     *
     * @throws IOException naming the file, line and column of what is wrong
     */
    public static GhostRun read(Path folder) throws IOException {
        Path csv = folder.resolve("metrics.csv");
        if (!Files.isRegularFile(csv)) throw new IOException(folder.getFileName() + " holds no metrics.csv: not a finished run");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) throw new IOException(csv + " is empty");
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        String[] wanted = {"samples_seen", "test_loss", "test_accuracy"};
        int[] at = new int[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            at[i] = header.indexOf(wanted[i]);
            if (at[i] < 0) throw new IOException(csv + " has no " + wanted[i] + " column");
        }
        int n = lines.size() - 1;
        double[][] cols = new double[wanted.length][n];
        for (int r = 0; r < n; r++) {
            String[] f = lines.get(r + 1).split(",", -1);
            if (f.length != header.size())
                throw new IOException(csv + " line " + (r + 2) + ": " + f.length + " fields, the header has " + header.size());
            for (int i = 0; i < wanted.length; i++) {
                String t = f[at[i]].strip();
                try {
                    cols[i][r] = t.isEmpty() ? Double.NaN : Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IOException(csv + " line " + (r + 2) + ": " + wanted[i] + " is '" + t + "', not a number");
                }
            }
        }
        return new GhostRun(folder.getFileName().toString(), cols[0], cols[1], cols[2]);
    }
}
