package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.PendingUpdate;
import io.spikeworks.model.Component;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.ErrorRouting;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.FastRandom;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Direct feedback alignment (Nøkland, 2016): at every time step the output layer's error e = dL/dI_out (b×K) is
 * sent straight to each hidden spiking layer l through a fixed random matrix D_l (K×n_l, row-major):
 * dL/dS_l[t] = e[t]·D_l. The layer's own neuron dynamics then turn that into its weight gradient as in BPTT; no
 * error passes through the layers above, and nothing is transported. D_l has the spread of the weights of the
 * spiking layer above l (the matrix BP would use first), see {@link RandomFeedback}. Works for dense and conv
 * layers alike (n_l counts C·H·W outputs, channels-last).
 */
public final class DirectFeedbackAlignment implements WeightSymmetryRule, ErrorRouting {
    public static final String ID = "dfa";

    private final FeedbackSettings settings;
    private final GradientAlignmentMeter alignment;
    private float[][] direct;
    private String[] names;
    private int outputs;
    private TransportMeter meter;

    public DirectFeedbackAlignment(FeedbackSettings settings) {
        this.settings = settings;
        this.alignment = new GradientAlignmentMeter(settings.alignmentEvery());
    }

    public static DirectFeedbackAlignment from(Component c) {
        return new DirectFeedbackAlignment(FeedbackSettings.from(c));
    }

    @Override
    public String feedbackNote() {
        return "sends the output error through fixed random matrices: there is no B shaped like W to compare";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void attach(Network network) {
        List<Layer> layers = network.layers();
        outputs = network.outputSize();
        direct = new float[layers.size()][];
        names = new String[layers.size()];
        FastRandom rng = new FastRandom(settings.seedFor(network));
        for (int i = 0; i < layers.size() - 1; i++) {
            if (!(layers.get(i) instanceof SpikingLayer)) continue;
            SpikingLayer above = nextSpiking(layers, i);
            direct[i] = RandomFeedback.like(above.weightValues(), outputs * layers.get(i).outputSize(), rng);
            names[i] = layers.get(i).name();
        }
        meter = FeedbackWeights.meterFor(FeedbackWeights.feedbackLayers(network), settings.bitsPerWeight(),
                settings.energyPerBitPj());
        alignment.attach(network);
        network.setErrorRouting(this);
    }

    private static SpikingLayer nextSpiking(List<Layer> layers, int i) {
        for (int j = i + 1; j < layers.size(); j++) if (layers.get(j) instanceof SpikingLayer s) return s;
        throw new IllegalStateException("no spiking layer above " + layers.get(i).name());
    }

    @Override
    public boolean routes(int layerIndex) {
        return direct[layerIndex] != null;
    }

    @Override
    public void route(int layerIndex, float[] e, int batch, float[] gradOut, EngineCounters c) {
        float[] d = direct[layerIndex];
        int n = d.length / outputs;
        Arrays.fill(gradOut, 0, batch * n, 0f);
        for (int b = 0; b < batch; b++) {
            int row = b * n;
            for (int k = 0; k < outputs; k++) {
                float ek = e[b * outputs + k];
                if (ek == 0f) continue;
                int dRow = k * n;
                for (int j = 0; j < n; j++) gradOut[row + j] += ek * d[dRow + j];
            }
        }
        c.backwardMacs += (long) batch * outputs * n;
    }

    @Override
    public void beforeUpdate(PendingUpdate update) {
        if (alignment.due(update.iteration())) alignment.measure(update);
    }

    @Override
    public void afterUpdate(Network network, long iteration) {
        meter.countIteration();
    }

    /** A copy of D for the layer with this name (K×n, row-major), for the dashboard; empty if it has none. */
    public Optional<float[]> directFeedback(String layerName) {
        for (int i = 0; i < names.length; i++) if (layerName.equals(names[i])) return Optional.of(direct[i].clone());
        return Optional.empty();
    }

    /**
     * D per routed layer ("direct.&lt;layer&gt;": it follows from the seed and the initial weights, which another seed
     * would make differently), the transport counters (all zero but the iterations) and the gradient alignment.
     */
    @Override
    public Map<String, float[][]> state() {
        Map<String, float[][]> s = new LinkedHashMap<>();
        for (int i = 0; i < direct.length; i++) if (direct[i] != null) s.put("direct." + names[i], new float[][]{direct[i].clone()});
        s.put("transport", meter.state());
        s.put("alignment", alignment.state());
        return s;
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        for (int i = 0; i < direct.length; i++) {
            if (direct[i] == null) continue;
            float[][] d = state.get("direct." + names[i]);
            if (d == null || d.length != 1 || d[0].length != direct[i].length)
                throw new IllegalArgumentException("the saved dfa state has no direct feedback of " + direct[i].length
                        + " values for layer " + names[i]);
        }
        float[][] transport = state.get("transport");
        if (transport == null) throw new IllegalArgumentException("the saved dfa state lacks the transport counters");
        if (!state.containsKey("alignment")) throw new IllegalArgumentException("the saved dfa state lacks the gradient alignment");
        alignment.restore(state.get("alignment"));
        meter.restore(transport);
        for (int i = 0; i < direct.length; i++)
            if (direct[i] != null) System.arraycopy(state.get("direct." + names[i])[0], 0, direct[i], 0, direct[i].length);
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>(meter.metrics());
        m.putAll(alignment.metrics());
        return m;
    }

    @Override
    public TransportMeter transportMeter() {
        return meter;
    }

    @Override
    public Optional<FeedbackWeights> feedbackWeights() {
        return Optional.empty();
    }

    @Override
    public GradientAlignmentMeter gradientAlignment() {
        return alignment;
    }
}
