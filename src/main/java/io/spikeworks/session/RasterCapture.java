package io.spikeworks.session;

import io.spikeworks.data.Batch;
import io.spikeworks.learn.Trainer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

import java.util.List;
import java.util.Map;

/**
 * Fills a {@link RasterFrame} from the training network right after a batch, while its per-step history is still
 * that batch's: the first sample's input and spikes of every layer, membranes of the traced neurons. Costs
 * T × (all neurons) byte writes; allocates only when the frame is first built or traced neurons change.
 * Worker-confined.
 */
final class RasterCapture {
    /** Membranes traced per layer unless the reader chooses: enough for a readable plot. */
    static final int DEFAULT_TRACES = 16;

    private Map<String, int[]> appliedTraces;

    void fill(RasterFrame f, Network net, Trainer trainer, Batch batch, int epoch, int batchNumber,
              Map<String, int[]> traceRequest) {
        List<Layer> layers = net.layers();
        int steps = net.steps();
        int b = net.batch();
        if (f.layers.length != layers.size() + 1 || f.steps != steps) build(f, net, steps);
        if (traceRequest != appliedTraces) applyTraces(f, traceRequest);
        f.iteration = trainer.iteration();
        f.epoch = epoch;
        f.batch = batchNumber;
        f.sampleIndex = batch.indices()[0];
        f.label = batch.labels()[0];
        int k = net.outputSize();
        System.arraycopy(trainer.lastReadout(), 0, f.outputs, 0, k);
        f.predicted = trainer.loss().predict(trainer.lastReadout(), 0, k);
        copySpikes(f.layers[0], trainer.lastInput(), b);
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            LayerRaster r = f.layers[i + 1];
            copySpikes(r, l.output(), b);
            if (l instanceof SpikingLayer s) copyTraces(r, s.state().membrane(), b);
        }
    }

    private static void build(RasterFrame f, Network net, int steps) {
        List<Layer> layers = net.layers();
        f.steps = steps;
        f.outputs = new float[net.outputSize()];
        f.layers = new LayerRaster[layers.size() + 1];
        f.layers[0] = raster("input", false, net.inputShape(), net.inputSize(), steps);
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            f.layers[i + 1] = raster(l.name(), l instanceof SpikingLayer, l.outputShape(), l.outputSize(), steps);
        }
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
            int n = Math.min(neurons, DEFAULT_TRACES);
            r.traced = new int[n];
            for (int i = 0; i < n; i++) r.traced[i] = i;
            r.traces = new float[steps * n];
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

    /** Sample 0 of history [t][b][n] into the raster [t][n]; analog values (direct input) count from 0.5. */
    private static void copySpikes(LayerRaster r, float[] history, int batch) {
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

    private static void copyTraces(LayerRaster r, float[] membrane, int batch) {
        int n = r.neurons;
        int k = r.traced.length;
        for (int t = 0; t < r.steps; t++) {
            int src = t * batch * n;
            for (int j = 0; j < k; j++) r.traces[t * k + j] = membrane[src + r.traced[j]];
        }
    }
}
