package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.PendingUpdate;
import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.sim.ErrorRouting;
import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every N iterations, compares the weight gradient a rule produced with the exact BP gradient on the same batch:
 * backward is run a second time with errors through Wᵀ (unquantised, and no direct routing), the angles are taken,
 * and the rule's gradients are put back before the optimiser step. Compared are the raw gradients handed to the optimiser
 * (with Adam the applied step is a per-weight rescaling of it, the same for every rule), for the weights of every
 * spiking layer below the output layer — the output layer's gradient is exact under every rule. The extra
 * backward's work is not added to the run's engine counters. Off when N = 0.
 */
public final class GradientAlignmentMeter {
    public static final int HISTORY_CAPACITY = 10_000;

    private final int every;
    private final List<String> layers = new ArrayList<>();
    private final Deque<AlignmentSample> history = new ArrayDeque<>();
    private double[] lastPerLayer;
    private double last = Double.NaN;
    private double sum;
    private long count;
    private long taken;
    private long lastIteration = -1;

    public GradientAlignmentMeter(int every) {
        if (every < 0) throw new IllegalArgumentException("alignmentEvery must be ≥ 0, got " + every);
        this.every = every;
    }

    public boolean enabled() {
        return every > 0;
    }

    public boolean due(long iteration) {
        return every > 0 && iteration % every == 0;
    }

    private static List<SpikingLayer> measured(Network network) {
        List<SpikingLayer> s = network.spikingLayers();
        return s.subList(0, s.size() - 1);
    }

    /** Names the measured layers; call once the network is known. */
    public void attach(Network network) {
        layers.clear();
        for (SpikingLayer l : measured(network)) layers.add(l.name());
        lastPerLayer = new double[layers.size()];
        Arrays.fill(lastPerLayer, Double.NaN);
    }

    /**
     * Measures on the batch whose backward pass just ran: saves the rule's gradients, re-runs backward with every
     * layer's errors through Wᵀ and no error routing, compares, then puts back the gradients, the layers' feedback
     * sources (including any wrapper a chip binding added) and the routing.
     */
    public synchronized void measure(PendingUpdate update) {
        Network network = update.network();
        List<SpikingLayer> ms = measured(network);
        if (ms.isEmpty()) return;
        List<Param> params = network.params();
        float[][] saved = new float[params.size()][];
        for (int i = 0; i < saved.length; i++) saved[i] = params.get(i).grad.clone();
        float[][] ruleGrads = new float[ms.size()][];
        for (int i = 0; i < ruleGrads.length; i++) ruleGrads[i] = ms.get(i).weights().grad.clone();

        List<SpikingLayer> all = network.spikingLayers();
        List<FeedbackSource> sources = new ArrayList<>();
        for (SpikingLayer l : all) sources.add(l.feedback());
        ErrorRouting routing = network.errorRouting();
        try {
            network.setErrorRouting(null);
            for (SpikingLayer l : all) l.setFeedback(FeedbackSource.TRANSPOSE);
            update.rerunBackward();

            VectorAngle joint = new VectorAngle();
            for (int i = 0; i < ms.size(); i++) {
                float[] exact = ms.get(i).weights().grad;
                VectorAngle one = new VectorAngle();
                one.add(ruleGrads[i], exact);
                joint.add(ruleGrads[i], exact);
                lastPerLayer[i] = one.degrees();
            }
            last = joint.degrees();
            if (!Double.isNaN(last)) {
                sum += last;
                count++;
            }
            taken++;
            lastIteration = update.iteration();
            history.addLast(new AlignmentSample(update.iteration(), last));
            if (history.size() > HISTORY_CAPACITY) history.removeFirst();
        } finally {
            for (int i = 0; i < saved.length; i++) System.arraycopy(saved[i], 0, params.get(i).grad, 0, saved[i].length);
            network.setErrorRouting(routing);
            for (int i = 0; i < all.size(); i++) all.get(i).setFeedback(sources.get(i));
        }
    }

    public synchronized double lastDegrees() {
        return last;
    }

    /** Measurements made so far (a reader compares it with the count it saw to spot a new one). */
    public synchronized long measurementsTaken() {
        return taken;
    }

    /** The iteration of the latest measurement, -1 before the first. */
    public synchronized long lastIteration() {
        return lastIteration;
    }

    /** Names of the measured layers (every spiking layer below the output), in network order. */
    public synchronized List<String> layers() {
        return List.copyOf(layers);
    }

    /** The latest angle of each measured layer, NaN before the first measurement. */
    public synchronized double[] lastPerLayerDegrees() {
        return lastPerLayer == null ? new double[0] : lastPerLayer.clone();
    }

    public synchronized double meanDegrees() {
        return count == 0 ? Double.NaN : sum / count;
    }

    public synchronized List<AlignmentSample> history() {
        return new ArrayList<>(history);
    }

    /**
     * The running figures as float rows for a checkpoint: (last, sum), count, last per layer. The history of samples
     * is for display and is not kept.
     */
    public synchronized float[][] state() {
        return new float[][]{StateFloats.ofDoubles(last, sum), StateFloats.ofLongs(count),
                StateFloats.ofDoubles(lastPerLayer == null ? new double[0] : lastPerLayer)};
    }

    public synchronized void restore(float[][] s) {
        if (s.length != 3) throw new IllegalArgumentException("gradient alignment state has 3 rows, got " + s.length);
        double[] lastAndSum = StateFloats.toDoubles(s[0]);
        long[] n = StateFloats.toLongs(s[1]);
        double[] perLayer = StateFloats.toDoubles(s[2]);
        if (lastAndSum.length != 2 || n.length != 1 || perLayer.length != layers.size())
            throw new IllegalArgumentException("gradient alignment state for " + perLayer.length + " layers, the network has "
                    + layers.size());
        last = lastAndSum[0];
        sum = lastAndSum[1];
        count = n[0];
        lastPerLayer = perLayer;
        history.clear();
    }

    /** The grad_angle_* columns (none when off): last, mean so far, then per layer (last). */
    public synchronized Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (!enabled() || layers.isEmpty()) return m;
        m.put("grad_angle_deg", last);
        m.put("grad_angle_deg_mean", meanDegrees());
        for (int i = 0; i < layers.size(); i++) m.put("grad_angle_deg." + layers.get(i), lastPerLayer[i]);
        return m;
    }
}
