package io.spikeworks.session;

import io.spikeworks.data.Batch;
import io.spikeworks.learn.Trainer;
import io.spikeworks.sim.CompositeLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Probe;
import io.spikeworks.sim.SpikingLayer;


import java.util.List;
import java.util.Map;

/**
 * Fills a {@link RasterFrame} from the training network right after a batch, while its per-step history is still
 * that batch's: the first sample's input and spikes of every layer, membranes of the traced neurons and, when asked
 * for, their input currents. Costs T × (all neurons) byte writes; allocates only when the frame is first built or
 * traced neurons change. Worker-confined.
 *
 * <p>The layers keep no per-step current (the backward pass does not need it), so currents come from
 * {@link Probe}s on the traced neurons of sample 0, attached by {@link #attachProbes} before each batch while
 * currents are wanted and taken off when not; a probe holds the latest T steps, i.e. the last forward pass.
 */
final class RasterCapture {
    /** Membranes traced per layer unless the reader chooses: enough for a readable plot. */
    static final int DEFAULT_TRACES = 16;

    private Map<String, int[]> appliedTraces;
    /** The first sample's input spikes, [t][features], reused from batch to batch. */
    private float[] firstInput;

    /**
     * Before a batch: gives every spiking layer a current probe on the neurons the next capture traces, or takes the
     * probes off when currents are not wanted. Allocates only when the traced neurons change.
     */
    void attachProbes(Network net, boolean currents, Map<String, int[]> traceRequest) {
        for (SpikingLayer s : net.spikingLayers()) {
            if (!currents) {
                if (s.probe() != null) s.setProbe(null);
                continue;
            }
            int[] want = traceRequest.get(s.name());
            if (want == null) want = defaultTraces(s.outputSize());
            if (!probes(s.probe(), want, net.steps())) s.setProbe(Probe.currentsOnly(0, want, net.steps()));
        }
    }

    /** Whether p records sample 0's currents of exactly these neurons over a whole forward pass. */
    private static boolean probes(Probe p, int[] neurons, int steps) {
        return p != null && p.sample() == 0 && p.capacity() >= steps && p.records(neurons);
    }

    private static int[] defaultTraces(int neurons) {
        int n = Math.min(neurons, DEFAULT_TRACES);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = i;
        return t;
    }

    /**
     * The layers the raster shows, in order: the network's own, a composite (a DeepONet block) by its inner layers
     * (branch, trunks, then the unit its output is), which are where its spikes are.
     */
    static List<Layer> shownLayers(Network net) {
        List<Layer> shown = new java.util.ArrayList<>();
        for (Layer l : net.layers()) {
            if (l instanceof CompositeLayer c) shown.addAll(c.spikingLayers());
            else shown.add(l);
        }
        return shown;
    }

    void fill(RasterFrame f, Network net, Trainer trainer, Batch batch, int epoch, int batchNumber,
              Map<String, int[]> traceRequest) {
        List<Layer> layers = shownLayers(net);
        int steps = net.steps();
        int b = net.batch();
        if (f.layers.length != layers.size() + 1 || f.steps != steps) build(f, net, steps);
        if (traceRequest != appliedTraces) applyTraces(f, traceRequest);
        fillSample(f, net, trainer, batch, epoch, batchNumber);
        firstInput = trainer.firstSampleInput(firstInput);
        if (trainer.firstSampleInputBinary()) copySpikes(f.layers[0], firstInput, 1);
        else copyLevels(f.layers[0], firstInput);
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            LayerRaster r = f.layers[i + 1];
            copySpikes(r, l.output(), b);
            if (l instanceof SpikingLayer s) {
                copyTraces(r, s.state().membrane(), b);
                r.currentsRecorded = copyCurrents(r, s.probe(), steps);
            }
        }
    }

    /**
     * For a rule that ran a model of its own (nBP's integer circuit), which leaves the network's per-step state
     * unwritten: the first sample's index, label, read-out and prediction only, with no layer rasters, so the output
     * card still shows which sample was learned and what the rule's read-out said.
     */
    void fillSampleOnly(RasterFrame f, Network net, Trainer trainer, Batch batch, int epoch, int batchNumber) {
        if (f.layers.length != 0 || f.outputs.length != net.outputSize()) {
            f.layers = new LayerRaster[0];
            f.steps = 0;
            f.outputs = new float[net.outputSize()];
            appliedTraces = null;
        }
        fillSample(f, net, trainer, batch, epoch, batchNumber);
    }

    private static void fillSample(RasterFrame f, Network net, Trainer trainer, Batch batch, int epoch, int batchNumber) {
        f.iteration = trainer.iteration();
        f.epoch = epoch;
        f.batch = batchNumber;
        f.sampleIndex = batch.indices()[0];
        f.label = batch.labels()[0];
        int k = net.outputSize();
        if (batch.targets() == null) {
            f.target = new float[0];
        } else {
            if (f.target.length != k) f.target = new float[k];
            System.arraycopy(batch.targets(), 0, f.target, 0, k);
        }
        System.arraycopy(trainer.lastReadout(), 0, f.outputs, 0, k);
        f.predicted = trainer.loss().predict(trainer.lastReadout(), 0, k);
    }

    /** The probe's latest T steps, if it probed the traced neurons throughout them. */
    private static boolean copyCurrents(LayerRaster r, Probe p, int steps) {
        if (!probes(p, r.traced, steps)) return false;
        r.currents = Frame.fit(r.currents, steps * r.traced.length);
        return p.copyLatestCurrents(steps, r.currents);
    }

    private static void build(RasterFrame f, Network net, int steps) {
        List<Layer> layers = shownLayers(net);
        f.steps = steps;
        f.outputs = new float[net.outputSize()];
        f.layers = new LayerRaster[layers.size() + 1];
        f.layers[0] = raster("input", false, net.inputShape(), net.inputSize(), steps);
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            f.layers[i + 1] = raster(l.name(), l instanceof SpikingLayer, l.outputShape(), l.outputSize(), steps);
            f.layers[i + 1].threshold = sharedThreshold(l);
        }
    }

    /**
     * The θ every neuron of the layer fires at, as the engine holds it; NaN where there is
     * none to draw: a layer that does not spike (pooling, leaky integrators) or whose neurons have their own.
     */
    static double sharedThreshold(Layer l) {
        return l instanceof SpikingLayer s && s.neuronModel().spikes() && s.neuronValues() == null
                ? s.neuronModel().threshold() : Double.NaN;
    }

    private static LayerRaster raster(String name, boolean spiking, int[] shape, int neurons, int steps) {
        LayerRaster r = new LayerRaster();
        r.name = name;
        r.spiking = spiking;
        r.shape = shape;
        r.neurons = neurons;
        r.steps = steps;
        r.spikes = new byte[steps * neurons];
        if (spiking) {
            r.traced = defaultTraces(neurons);
            r.traces = new float[steps * r.traced.length];
        }
        return r;
    }

    private void applyTraces(RasterFrame f, Map<String, int[]> request) {
        for (LayerRaster r : f.layers) {
            int[] want = request.get(r.name);
            if (want == null || !r.spiking) continue; // checked by Telemetry.traceNeurons
            r.traced = want.clone();
            r.traces = new float[r.steps * want.length];
        }
        appliedTraces = request;
    }

    /** Sample 0 of history [t][b][n] into the raster [t][n]; a value of 0.5 or more counts as a spike. */
    private static void copySpikes(LayerRaster r, float[] history, int batch) {
        r.analog = false;
        int n = r.neurons;
        int count = 0;
        for (int t = 0; t < r.steps; t++) {
            int src = t * batch * n;
            int dst = t * n;
            for (int i = 0; i < n; i++) {
                byte s = history[src + i] >= 0.5f ? (byte) 1 : (byte) 0;
                r.spikes[dst + i] = s;
                count += s;
            }
        }
        r.spikeCount = count;
    }

    /**
     * A real-valued input ([t][n], one sample) as signed levels of its largest magnitude, so the raster can shade it:
     * a threshold would show a function's samples as all spikes or none.
     */
    static void copyLevels(LayerRaster r, float[] input) {
        r.analog = true;
        int cells = r.steps * r.neurons;
        float most = largestMagnitude(input, cells);
        int nonzero = 0;
        for (int i = 0; i < cells; i++) {
            float v = input[i];
            int level = v == 0 || !Float.isFinite(v) || most == 0 ? 0 : Math.round(127 * v / most);
            if (level == 0 && v != 0 && Float.isFinite(v)) level = v > 0 ? 1 : -1; // small but not nothing
            r.spikes[i] = (byte) level;
            if (level != 0) nonzero++;
        }
        r.spikeCount = nonzero;
    }

    /** The largest |value| among the first {@code count}, infinities and NaN left out: what shades are relative to. */
    static float largestMagnitude(float[] values, int count) {
        float most = 0;
        for (int i = 0; i < count; i++) if (Float.isFinite(values[i])) most = Math.max(most, Math.abs(values[i]));
        return most;
    }

    private static void copyTraces(LayerRaster r, float[] membrane, int batch) {
        int n = r.neurons;
        int k = r.traced.length;
        for (int t = 0; t < r.steps; t++) {
            int src = t * batch * n;
            for (int j = 0; j < k; j++) r.traces[t * k + j] = membrane[src + r.traced[j]];
        }
    }
}
