package io.spikeworks.learn.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SpikeRaster} as CSV, one line per kept neuron of a layer of a sample, its spike steps space-separated:
 * <pre>
 * sample,label,predicted,steps,layer,layer_neurons,neuron,spike_steps
 * 0,7,7,25,input,784,0,
 * 0,7,7,25,input,784,12,3 9 17
 * </pre>
 * Lines of one sample are together, its layers in network order, neurons ascending. The reader is strict: any
 * other layout is refused with the file, line and what is wrong.
 */
public final class SpikeRasterCsv {
    public static final String HEADER = "sample,label,predicted,steps,layer,layer_neurons,neuron,spike_steps";

    private SpikeRasterCsv() {}

    public static String write(SpikeRaster raster) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (SpikeRaster.Sample s : raster.samples())
            for (SpikeRaster.LayerRows l : s.layers()) {
                if (!l.layer().matches("[^,\"\\s]+"))
                    throw new IllegalArgumentException("layer name '" + l.layer() + "' cannot go into a raster CSV");
                for (int r = 0; r < l.rowNeurons().length; r++) {
                    sb.append(s.index()).append(',').append(s.label()).append(',').append(s.predicted()).append(',')
                            .append(raster.steps()).append(',').append(l.layer()).append(',').append(l.neurons())
                            .append(',').append(l.rowNeurons()[r]).append(',');
                    int[] steps = l.spikeSteps()[r];
                    for (int i = 0; i < steps.length; i++) sb.append(i == 0 ? "" : " ").append(steps[i]);
                    sb.append('\n');
                }
            }
        return sb.toString();
    }

    /** @param source the file, named in front of every problem */
    public static SpikeRaster read(String text, String source) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER))
            throw new IllegalArgumentException(source + ": line 1 must be the header '" + HEADER + "'");
        int steps = -1;
        List<SpikeRaster.Sample> samples = new ArrayList<>();
        // the sample being read: its fields, and its layers with their rows in file order
        int index = -1, label = 0, predicted = 0;
        Map<String, LayerBuilder> layers = new LinkedHashMap<>();
        String lastLayer = null;
        for (int ln = 1; ln < lines.size(); ln++) {
            String where = source + ": line " + (ln + 1);
            String line = lines.get(ln);
            if (line.isEmpty()) throw new IllegalArgumentException(where + " is empty");
            String[] cells = line.split(",", -1);
            if (cells.length != 8)
                throw new IllegalArgumentException(where + " has " + cells.length + " cells, the header has 8");
            int sample = integer(cells[0], "sample", where, 0);
            int lab = integer(cells[1], "label", where, -1);
            int pred = integer(cells[2], "predicted", where, -1);
            int st = integer(cells[3], "steps", where, 1);
            String layer = cells[4];
            if (layer.isEmpty()) throw new IllegalArgumentException(where + ": layer is empty");
            int size = integer(cells[5], "layer_neurons", where, 1);
            int neuron = integer(cells[6], "neuron", where, 0);
            if (steps < 0) steps = st;
            else if (st != steps) throw new IllegalArgumentException(where + ": steps is " + st + ", earlier lines say " + steps);
            if (sample != index) {
                if (index >= 0) samples.add(sample(index, label, predicted, layers));
                for (SpikeRaster.Sample s : samples)
                    if (s.index() == sample) throw new IllegalArgumentException(where + ": sample " + sample
                            + " appears again after other samples (its lines must be together)");
                index = sample;
                label = lab;
                predicted = pred;
                layers = new LinkedHashMap<>();
                lastLayer = null;
            } else if (lab != label || pred != predicted) {
                throw new IllegalArgumentException(where + ": sample " + sample + " has label " + lab + " and prediction "
                        + pred + ", earlier lines say " + label + " and " + predicted);
            }
            LayerBuilder l = layers.get(layer);
            if (l == null) {
                l = new LayerBuilder(layer, size);
                layers.put(layer, l);
            } else if (!layer.equals(lastLayer)) {
                throw new IllegalArgumentException(where + ": layer '" + layer + "' of sample " + sample
                        + " appears again after another layer (its lines must be together)");
            } else if (size != l.neurons) {
                throw new IllegalArgumentException(where + ": layer '" + layer + "' has " + size
                        + " neurons, earlier lines say " + l.neurons);
            }
            lastLayer = layer;
            if (neuron >= size)
                throw new IllegalArgumentException(where + ": neuron " + neuron + " of a layer of " + size);
            if (!l.rows.isEmpty() && neuron <= l.rows.get(l.rows.size() - 1))
                throw new IllegalArgumentException(where + ": neuron " + neuron + " does not come after neuron "
                        + l.rows.get(l.rows.size() - 1) + " (neurons must be ascending and listed once)");
            l.rows.add(neuron);
            l.spikes.add(spikeSteps(cells[7], steps, where));
        }
        if (index < 0) throw new IllegalArgumentException(source + ": no samples after the header");
        samples.add(sample(index, label, predicted, layers));
        return new SpikeRaster(steps, samples);
    }

    private static SpikeRaster.Sample sample(int index, int label, int predicted, Map<String, LayerBuilder> layers) {
        List<SpikeRaster.LayerRows> rows = new ArrayList<>();
        for (LayerBuilder l : layers.values())
            rows.add(new SpikeRaster.LayerRows(l.name, l.neurons, l.rows.stream().mapToInt(Integer::intValue).toArray(),
                    l.spikes.toArray(int[][]::new)));
        return new SpikeRaster.Sample(index, label, predicted, rows);
    }

    private static int[] spikeSteps(String cell, int steps, String where) {
        if (cell.isEmpty()) return new int[0];
        String[] parts = cell.split(" ", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = integer(parts[i], "spike_steps", where, 0);
            if (out[i] >= steps)
                throw new IllegalArgumentException(where + ": spike_steps has step " + out[i] + " of " + steps + " steps");
            if (i > 0 && out[i] <= out[i - 1])
                throw new IllegalArgumentException(where + ": spike_steps must be ascending, each step once: "
                        + Arrays.toString(Arrays.copyOf(out, i + 1)));
        }
        return out;
    }

    private static int integer(String cell, String column, String where, int min) {
        int v;
        try {
            v = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + column + " '" + cell + "' is not a whole number");
        }
        if (v < min) throw new IllegalArgumentException(where + ": " + column + " is " + v + ", must be ≥ " + min);
        return v;
    }

    private static final class LayerBuilder {
        final String name;
        final int neurons;
        final List<Integer> rows = new ArrayList<>();
        final List<int[]> spikes = new ArrayList<>();

        LayerBuilder(String name, int neurons) {
            this.name = name;
            this.neurons = neurons;
        }
    }
}
