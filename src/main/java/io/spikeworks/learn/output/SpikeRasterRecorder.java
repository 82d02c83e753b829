package io.spikeworks.learn.output;

import io.spikeworks.data.BatchEvents;
import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Shapes;
import io.spikeworks.sim.encode.SpikeEncoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the first few test samples through a replica of a run's network (sharing its weights, with a state of its
 * own, so the training network and its history stay untouched) and keeps, per layer, the spikes of up to
 * {@link #ROWS} evenly spaced neurons. The weights are the run's float weights, not a chip's quantized copy.
 */
public final class SpikeRasterRecorder {
    /** Test samples recorded: enough to compare a few, few enough to keep the file small. */
    public static final int SAMPLES = 3;
    /** Neurons kept per layer; a report draws one row each. */
    public static final int ROWS = 64;

    private SpikeRasterRecorder() {}

    public static SpikeRaster record(TrainingRun run) {
        SampleSet test = run.testSet();
        Trainer trainer = run.trainer();
        Network net = trainer.network().replicate();
        int samples = Math.min(SAMPLES, test.size());
        int steps = run.project().training().timeSteps();
        int in = net.inputSize();
        float[] encoded = new float[steps * samples * in];
        SpikeEncoder encoder = NetworkFactory.encoder(run.project().encoder());
        boolean binary;
        if (test.eventSteps() > 0) {
            // event streams go in as the spikes they are, as the trainer feeds them
            int[] indices = new int[samples];
            for (int b = 0; b < samples; b++) indices[b] = b;
            BatchEvents events = new BatchEvents();
            test.fillEvents(indices, 0, samples, events);
            for (int b = 0; b < samples; b++)
                for (int e = events.start(b); e < events.end(b); e++)
                    if (events.step(e) < steps) encoded[(events.step(e) * samples + b) * in + events.channel(e)] = 1f;
            binary = true;
        } else {
            float[] planes = new float[samples * in], x = new float[samples * in];
            for (int b = 0; b < samples; b++) test.copySample(b, planes, b * in);
            Shapes.planesToChannelsLast(planes, 0, x, 0, test.sampleShape(), samples);
            encoder.encode(x, samples, in, steps, TrainingRun.mix(run.project().training().seed(), -2, 0), encoded);
            binary = encoder.binary();
        }
        float[] readout = new float[samples * net.outputSize()];
        net.forward(encoded, binary, samples, steps, readout, new EngineCounters());

        List<List<SpikeRaster.LayerRows>> perSample = new ArrayList<>();
        for (int b = 0; b < samples; b++) perSample.add(new ArrayList<>());
        for (int b = 0; b < samples; b++) perSample.get(b).add(rows("input", encoded, in, steps, samples, b));
        for (Layer l : net.layers())
            for (int b = 0; b < samples; b++) perSample.get(b).add(rows(l.name(), l.output(), l.outputSize(), steps, samples, b));
        boolean classes = test.hasClassLabels();
        int k = net.outputSize();
        List<SpikeRaster.Sample> out = new ArrayList<>();
        for (int b = 0; b < samples; b++)
            out.add(new SpikeRaster.Sample(b, classes ? test.label(b) : -1,
                    classes ? trainer.loss().predict(readout, b, k) : -1, perSample.get(b)));
        return new SpikeRaster(steps, out);
    }

    /** Rows of sample b from a [t][b][n] history. */
    static SpikeRaster.LayerRows rows(String name, float[] history, int n, int steps, int batch, int b) {
        int[] kept = keptNeurons(n);
        int[][] spikes = new int[kept.length][];
        int[] buf = new int[steps];
        for (int r = 0; r < kept.length; r++) {
            int count = 0;
            for (int t = 0; t < steps; t++) if (history[(t * batch + b) * n + kept[r]] != 0f) buf[count++] = t;
            spikes[r] = Arrays.copyOf(buf, count);
        }
        return new SpikeRaster.LayerRows(name, n, kept, spikes);
    }

    /** Up to {@link #ROWS} neurons spread evenly over the layer, so an image input shows its whole height. */
    static int[] keptNeurons(int n) {
        int k = Math.min(n, ROWS);
        int[] kept = new int[k];
        for (int r = 0; r < k; r++) kept[r] = (int) ((long) r * n / k);
        return kept;
    }
}
