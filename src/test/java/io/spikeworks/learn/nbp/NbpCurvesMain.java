package io.spikeworks.learn.nbp;

import io.spikeworks.report.LineChart;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The curve of test accuracy against epoch as the paper's Fig. 3 draws it (every half epoch, the mean over the runs),
 * from the CSVs of {@link NbpReproductionMain}:
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpCurvesMain DIR DATASET OUT.png}.
 */
public final class NbpCurvesMain {
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: NbpCurvesMain DIR DATASET OUT.png");
            System.exit(2);
        }
        List<List<String[]>> runs = new ArrayList<>();
        String[] header = null;
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(args[1] + "-seed\\d+\\.csv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                header = lines.get(0).split(",");
                runs.add(lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList());
            }
        }
        if (runs.isEmpty()) throw new IllegalArgumentException("no " + args[1] + "-seed*.csv in " + args[0]);
        int epochs = runs.stream().mapToInt(List::size).min().orElseThrow();
        double[] x = new double[2 * epochs];
        for (int i = 0; i < x.length; i++) x[i] = (i + 1) / 2.0;
        LineChart chart = new LineChart(args[1] + ": test accuracy, mean of " + runs.size() + " runs, every half epoch",
                "epoch", x);
        for (String[] readout : new String[][]{{"spike-argmax", "test_spike_argmax"},
                {"membrane-argmax", "test_membrane_argmax"}, {"exact match", "test_exact"}}) {
            int end = Arrays.asList(header).indexOf(readout[1]);
            int half = Arrays.asList(header).indexOf("half_" + readout[1]);
            if (end < 0 || half < 0) throw new IllegalArgumentException("the CSVs have no " + readout[1] + " and half_" + readout[1]);
            double[] y = new double[x.length];
            for (List<String[]> run : runs)
                for (int e = 0; e < epochs; e++) {
                    y[2 * e] += Double.parseDouble(run.get(e)[half]) / runs.size();
                    y[2 * e + 1] += Double.parseDouble(run.get(e)[end]) / runs.size();
                }
            chart.add(readout[0], y);
        }
        ImageIO.write(chart.draw(640, 360), "png", Path.of(args[2]).toFile());
    }
}
