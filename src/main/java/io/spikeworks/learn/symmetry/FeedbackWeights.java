package io.spikeworks.learn.symmetry;

import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.FastRandom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback network: one B per feedback-carrying layer (every spiking layer but the first), in W's layout, and
 * the meter of what has been transported into it. As a {@link FeedbackSource} it hands the backward pass B for
 * those layers and W for the first layer, whose feedback is never consumed.
 *
 * <p>Rules write B in place on the training thread; {@link #snapshot} copies may mix two iterations if taken
 * while a transport runs, which is fine for display.
 */
public final class FeedbackWeights implements FeedbackSource {
    private final List<SpikingLayer> layers;
    private final float[][] b;
    private final TransportMeter meter;

    private FeedbackWeights(List<SpikingLayer> layers, float[][] b, TransportMeter meter) {
        this.layers = layers;
        this.b = b;
        this.meter = meter;
    }

    /** B = W for every feedback layer: the initial programming of both networks, not counted as transport. */
    public static FeedbackWeights copyOf(Network network, Integer bitsPerWeight, Double energyPerBitPj) {
        List<SpikingLayer> fl = feedbackLayers(network);
        float[][] b = new float[fl.size()][];
        for (int i = 0; i < b.length; i++) b[i] = fl.get(i).weightValues().clone();
        return new FeedbackWeights(fl, b, meterFor(fl, bitsPerWeight, energyPerBitPj));
    }

    /** B given per feedback layer (each in that layer's W layout). */
    public static FeedbackWeights of(Network network, float[][] b, Integer bitsPerWeight, Double energyPerBitPj) {
        List<SpikingLayer> fl = feedbackLayers(network);
        if (b.length != fl.size()) throw new IllegalArgumentException("need B for " + fl.size() + " layers, got " + b.length);
        for (int i = 0; i < b.length; i++)
            if (b[i].length != fl.get(i).weightValues().length)
                throw new IllegalArgumentException(fl.get(i).name() + ": B has " + b[i].length + " values, W "
                        + fl.get(i).weightValues().length);
        return new FeedbackWeights(fl, b, meterFor(fl, bitsPerWeight, energyPerBitPj));
    }

    /** Fixed random B with each layer's forward-weight spread (see {@link RandomFeedback}). */
    public static FeedbackWeights random(Network network, long seed, Integer bitsPerWeight, Double energyPerBitPj) {
        List<SpikingLayer> fl = feedbackLayers(network);
        FastRandom rng = new FastRandom(seed);
        float[][] b = new float[fl.size()][];
        for (int i = 0; i < b.length; i++) {
            float[] w = fl.get(i).weightValues();
            b[i] = RandomFeedback.like(w, w.length, rng);
        }
        return of(network, b, bitsPerWeight, energyPerBitPj);
    }

    /** The spiking layers whose feedback weights carry errors to another layer: all but the first. */
    public static List<SpikingLayer> feedbackLayers(Network network) {
        List<SpikingLayer> all = network.spikingLayers();
        return List.copyOf(all.subList(1, all.size()));
    }

    static TransportMeter meterFor(List<SpikingLayer> layers, Integer bitsPerWeight, Double energyPerBitPj) {
        List<String> names = new ArrayList<>();
        long[] sizes = new long[layers.size()];
        for (int i = 0; i < sizes.length; i++) {
            names.add(layers.get(i).name());
            sizes[i] = layers.get(i).weightValues().length;
        }
        return new TransportMeter(names, sizes, bitsPerWeight, energyPerBitPj);
    }

    /** Makes every spiking layer of the network send its errors back through these weights. */
    public void attachTo(Network network) {
        for (SpikingLayer l : network.spikingLayers()) l.setFeedback(this);
    }

    @Override
    public float[] feedbackWeights(SpikingLayer layer) {
        SpikingLayer original = layer.primary(); // a slice replica asks for its original's feedback
        for (int i = 0; i < layers.size(); i++) if (layers.get(i) == original) return b[i];
        return layer.weightValues();
    }

    public int size() {
        return layers.size();
    }

    public SpikingLayer layer(int i) {
        return layers.get(i);
    }

    /** B of layer i itself (live, W's layout); rules update it in place. */
    public float[] weights(int i) {
        return b[i];
    }

    /** Size of W's last axis: output neurons (dense) or filters (conv). */
    public int units(int i) {
        int[] shape = layers.get(i).weights().shape();
        return shape[shape.length - 1];
    }

    public TransportMeter meter() {
        return meter;
    }

    /** Refreshes every feedback layer from W with the scheme; one transport event. */
    public void transport(TransportScheme scheme, long iteration) {
        meter.countEvent();
        for (int i = 0; i < b.length; i++) {
            TransportResult r = scheme.transport(i, layers.get(i).weightValues(), b[i], units(i));
            meter.record(iteration, i, r.copied(), meter.bitsPerWeight(), r.comparisonReads());
        }
    }

    /** A copy of B for layer i, in W's layout (for the dashboard). */
    public float[] snapshot(int i) {
        return b[i].clone();
    }

    /** W − Bᵀ for layer i, in W's layout (for the dashboard). */
    public float[] divergence(int i) {
        float[] w = layers.get(i).weightValues();
        float[] d = new float[w.length];
        for (int k = 0; k < d.length; k++) d[k] = w[k] - b[i][k];
        return d;
    }

    public Asymmetry asymmetry(int i) {
        return Asymmetry.between(layers.get(i).weightValues(), b[i]);
    }

    /** All feedback layers as one vector. */
    public Asymmetry asymmetry() {
        List<float[]> ws = new ArrayList<>();
        for (SpikingLayer l : layers) ws.add(l.weightValues());
        return Asymmetry.between(ws, List.of(b));
    }

    /** The asym_* columns: all layers together, then per layer. */
    public Map<String, Double> asymmetryMetrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "", asymmetry());
        for (int i = 0; i < layers.size(); i++) put(m, "." + layers.get(i).name(), asymmetry(i));
        return m;
    }

    private static void put(Map<String, Double> m, String suffix, Asymmetry a) {
        m.put("asym_cosine" + suffix, a.cosine());
        m.put("asym_angle_deg" + suffix, a.angleDegrees());
        m.put("asym_rel_norm" + suffix, a.relativeNorm());
        m.put("asym_sign_agreement" + suffix, a.signAgreement());
    }
}
