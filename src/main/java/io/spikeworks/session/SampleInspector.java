package io.spikeworks.session;

import io.spikeworks.data.BatchEvents;
import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.state.ProjectWeights;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.model.Project;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.Shapes;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.SpikeEncoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one sample alone (batch of 1) through a network of its own that gets a copy of the training weights, so
 * the training network's state and history stay untouched. Worker-confined: the session calls it between batches.
 */
final class SampleInspector {
    private final Network network;
    private final SpikeEncoder encoder;
    private final Loss loss;
    private final int steps;
    private final long seed;
    private final int[] sampleShape;
    private final float[] pixels;
    private final float[] channelsLast;
    private final float[] encoded;
    private final float[] readout;

    SampleInspector(Project project, int[] sampleShape) {
        this.sampleShape = sampleShape.clone();
        this.seed = project.training().seed();
        this.steps = project.training().timeSteps();
        this.network = NetworkFactory.network(project.network(), sampleShape,
                LearningRules.spikeFunction(project.algorithm()), seed);
        // the per-neuron values; the weights are the run's, copied in before each inspection
        ProjectWeights.applyTo(project, network);
        this.encoder = NetworkFactory.encoder(project.encoder());
        this.loss = NetworkFactory.loss(project.loss());
        int in = network.inputSize();
        this.pixels = new float[in];
        this.channelsLast = new float[in];
        this.encoded = new float[steps * in];
        this.readout = new float[network.outputSize()];
    }

    /** The encoder seed of an inspected sample: fixed per (split, index), apart from every training batch's. */
    static long encoderSeed(long seed, DataSplit split, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + (split.ordinal() + 0x51A3L) * 0xC2B2AE3D27D4EB4FL
                + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        return z ^ (z >>> 33);
    }

    SampleInspection inspect(List<Param> trained, long iteration, SampleSet data, DataSplit split, int index) {
        if (index < 0 || index >= data.size())
            throw new IndexOutOfBoundsException("sample " + index + " of " + data.size() + " in the " + split + " set");
        copyWeights(trained);
        int in = network.inputSize();
        if (data.eventSteps() > 0) {
            writeEvents(data, index, in);
        } else {
            data.copySample(index, pixels, 0);
            float[] x = toChannelsLast(pixels);
            encoder.encode(x, 1, in, steps, encoderSeed(seed, split, index), encoded);
        }
        network.forward(encoded, encoder.binary(), 1, steps, readout, new EngineCounters());
        List<InspectedLayer> layers = new ArrayList<>();
        // real values (a direct-current encoder) are shaded by size, as the live raster shows them; spikes are spikes
        boolean values = data.eventSteps() == 0 && !encoder.binary();
        layers.add(values ? InspectedLayer.values("input", network.inputShape(), in, steps, encoded.clone())
                : new InspectedLayer("input", network.inputShape(), in, steps, encoded.clone(), null));
        for (Layer l : RasterCapture.shownLayers(network)) { // a DeepONet block by its inner layers
            float[] membranes = l instanceof SpikingLayer s ? s.state().membrane().clone() : null;
            double threshold = RasterCapture.sharedThreshold(l);
            layers.add(new InspectedLayer(l.name(), l.outputShape(), l.outputSize(), steps, l.output().clone(),
                    membranes, threshold));
        }
        int k = network.outputSize();
        return new SampleInspection(split, index, data.label(index), loss.predict(readout, 0, k), steps, iteration,
                layers, readout);
    }

    /** A sample that is spikes already goes in as they are (as the trainer takes it), not re-encoded from its rates. */
    private void writeEvents(SampleSet data, int index, int in) {
        BatchEvents events = new BatchEvents();
        data.fillEvents(new int[]{index}, 0, 1, events);
        java.util.Arrays.fill(encoded, 0f);
        for (int e = events.start(0); e < events.end(0); e++)
            if (events.step(e) < steps) encoded[events.step(e) * in + events.channel(e)] = 1f;
    }

    private void copyWeights(List<Param> trained) {
        List<Param> mine = network.params();
        if (mine.size() != trained.size())
            throw new IllegalStateException("inspection network has " + mine.size() + " parameters, training "
                    + trained.size());
        for (int i = 0; i < mine.size(); i++) {
            float[] src = trained.get(i).value;
            System.arraycopy(src, 0, mine.get(i).value, 0, src.length);
        }
    }

    /** The engine holds images channels-last, the data set channel planes first. */
    private float[] toChannelsLast(float[] planes) {
        if (sampleShape.length != 3 || sampleShape[0] <= 1) return planes;
        Shapes.planesToChannelsLast(planes, 0, channelsLast, 0, sampleShape, 1);
        return channelsLast;
    }
}
