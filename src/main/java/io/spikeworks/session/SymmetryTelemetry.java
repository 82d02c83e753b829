package io.spikeworks.session;

import io.spikeworks.learn.symmetry.Asymmetry;
import io.spikeworks.learn.symmetry.FeedbackWeights;
import io.spikeworks.learn.symmetry.GradientAlignmentMeter;
import io.spikeworks.learn.symmetry.TransportMeter;
import io.spikeworks.learn.symmetry.WeightSymmetryRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a weight-symmetry rule (fBP, FA, DFA, sign symmetry, Kolen-Pollack) shows while it trains, written by the
 * worker after each batch into bounded buffers it never waits on:
 * <ul>
 *   <li>{@link #transport()}: after every batch, the cumulative weights, bits and energy copied W → B, and what
 *       exact BP would have copied by then;</li>
 *   <li>{@link #asymmetry()}: per feedback layer, the angle between W and Bᵀ, ‖W − Bᵀ‖/‖W‖, cosine and sign
 *       agreement, sampled at most every {@code sampleInterval} — and sooner right after a transport, so the
 *       saw-tooth of a frozen B shows;</li>
 *   <li>{@link #alignment()}: every gradient-alignment measurement (overall and per layer);</li>
 *   <li>{@link #readDivergence}: W − Bᵀ per layer at the same sample points, only after a reader took the
 *       previous one, since it reads every weight.</li>
 * </ul>
 * Asymmetry and divergence need a B shaped like W; under direct feedback alignment they stay empty.
 */
public final class SymmetryTelemetry {
    private final WeightSymmetryRule rule;
    private final long sampleIntervalNanos;
    private final SeriesRing transport;
    private final SeriesRing asymmetry;
    private final SeriesRing alignment;
    private final SharedFrame<DivergenceFrame> divergence = new SharedFrame<>(new DivergenceFrame());
    private final List<String> feedbackLayers = new ArrayList<>();
    private final double[] transportRow = new double[TRANSPORT_COLUMNS.size()];
    private final double[] asymmetryRow;
    private final double[] alignmentRow;
    private double[] peakDivergence = new double[0];
    // worker-confined
    private long seenEvents;
    private long seenMeasurements;
    private volatile long lastTransportIteration = -1;
    private boolean transportSinceSample;
    private long lastSampleNanos;
    private long lastSampleIteration = -1;
    private long divergenceIteration = -1;

    /**
     * @param capacity       samples kept per series; older ones drop out
     * @param sampleInterval least time between two asymmetry samples (a quarter of it right after a transport)
     */
    SymmetryTelemetry(WeightSymmetryRule rule, int capacity, long sampleIntervalNanos) {
        this.rule = rule;
        this.sampleIntervalNanos = sampleIntervalNanos;
        this.transport = new SeriesRing(capacity, TRANSPORT_COLUMNS.toArray(String[]::new));
        Optional<FeedbackWeights> fb = rule.feedbackWeights();
        List<String> asymColumns = new ArrayList<>();
        if (fb.isPresent())
            for (int i = 0; i < fb.get().size(); i++) {
                String l = fb.get().layer(i).name();
                feedbackLayers.add(l);
                for (String m : ASYMMETRY_MEASURES) asymColumns.add(l + "." + m);
            }
        this.asymmetry = new SeriesRing(capacity, asymColumns.toArray(String[]::new));
        this.asymmetryRow = new double[asymColumns.size()];
        List<String> alignColumns = new ArrayList<>(List.of("all"));
        alignColumns.addAll(rule.gradientAlignment().layers());
        this.alignment = new SeriesRing(capacity, alignColumns.toArray(String[]::new));
        this.alignmentRow = new double[alignColumns.size()];
        this.seenEvents = rule.transportMeter().events();
        this.seenMeasurements = rule.gradientAlignment().measurementsTaken();
    }

    /** The transport series' columns: ours cumulative, then exact BP's over the same iterations, then events. */
    public static final List<String> TRANSPORT_COLUMNS = List.of("weights_copied", "bits_copied", "energy_pj",
            "bp_weights_copied", "bp_bits_copied", "bp_energy_pj", "events");

    /** The asymmetry measures per layer, in column order. */
    public static final List<String> ASYMMETRY_MEASURES = List.of("angle_deg", "rel_norm", "cosine", "sign_agreement");

    // ---- readers, any thread

    /** The rule's id (fbp, fa, dfa, sign-symmetry, kolen-pollack). */
    public String algorithm() {
        return rule.id();
    }

    /** Layers whose B is compared with W (every spiking layer but the first); empty under DFA. */
    public List<String> feedbackLayers() {
        return List.copyOf(feedbackLayers);
    }

    /** Cumulative transport after each batch, {@link #TRANSPORT_COLUMNS}; energy is NaN without a cost per bit. */
    public SeriesRing transport() {
        return transport;
    }

    /** Per feedback layer, the {@link #ASYMMETRY_MEASURES} in that order ("hidden2.angle_deg", …). */
    public SeriesRing asymmetry() {
        return asymmetry;
    }

    /** Gradient-alignment angles in degrees: "all", then each measured layer. */
    public SeriesRing alignment() {
        return alignment;
    }

    /** The iteration after which B was last refreshed from W, -1 if it never was. */
    public long lastTransportIteration() {
        return lastTransportIteration;
    }

    /** Copies the latest W − Bᵀ into {@code dest} if it is newer than what dest holds; true if it was. */
    public boolean readDivergence(DivergenceFrame dest) {
        return divergence.read(dest);
    }

    // ---- the worker

    /** After each batch: transport counters always, asymmetry and alignment when due. */
    void afterBatch(long iteration, long now) {
        TransportMeter m = rule.transportMeter();
        long events = m.events();
        if (events != seenEvents) {
            seenEvents = events;
            lastTransportIteration = iteration;
            transportSinceSample = true;
        }
        transportRow[0] = m.weightsCopied();
        transportRow[1] = m.bitsCopied();
        transportRow[2] = m.energyPj();
        double bpBits = m.bpBits();
        transportRow[3] = bpBits / m.bitsPerWeight();
        transportRow[4] = bpBits;
        transportRow[5] = bpBits * m.energyPerBitPj();
        transportRow[6] = events;
        transport.append(iteration, transportRow);

        GradientAlignmentMeter a = rule.gradientAlignment();
        long taken = a.measurementsTaken();
        if (taken != seenMeasurements) {
            seenMeasurements = taken;
            alignmentRow[0] = a.lastDegrees();
            double[] perLayer = a.lastPerLayerDegrees();
            for (int i = 0; i < perLayer.length && i + 1 < alignmentRow.length; i++) alignmentRow[i + 1] = perLayer[i];
            alignment.append(a.lastIteration(), alignmentRow);
        }

        long since = now - lastSampleNanos;
        boolean due = lastSampleIteration < 0 || since >= sampleIntervalNanos
                || (transportSinceSample && since >= sampleIntervalNanos / 4);
        if (due) sample(iteration, now, divergence.wanted());
    }

    /** Where training halts: the viewer must see this batch's asymmetry and divergence. */
    void captureNow(long iteration, long now) {
        if (iteration != lastSampleIteration) sample(iteration, now, true);
        else if (divergenceIteration != iteration) captureDivergence(iteration);
    }

    private void sample(long iteration, long now, boolean withDivergence) {
        lastSampleNanos = now;
        lastSampleIteration = iteration;
        transportSinceSample = false;
        Optional<FeedbackWeights> fb = rule.feedbackWeights();
        if (fb.isEmpty() || feedbackLayers.isEmpty()) return;
        FeedbackWeights f = fb.get();
        if (peakDivergence.length != f.size()) peakDivergence = new double[f.size()];
        for (int i = 0; i < f.size(); i++) {
            peakDivergence[i] = Math.max(peakDivergence[i], maxAbsDifference(f.layer(i).weightValues(), f.weights(i)));
            Asymmetry a = f.asymmetry(i);
            int k = i * ASYMMETRY_MEASURES.size();
            asymmetryRow[k] = a.angleDegrees();
            asymmetryRow[k + 1] = a.relativeNorm();
            asymmetryRow[k + 2] = a.cosine();
            asymmetryRow[k + 3] = a.signAgreement();
        }
        asymmetry.append(iteration, asymmetryRow);
        if (withDivergence) captureDivergence(iteration);
    }

    private static double maxAbsDifference(float[] w, float[] b) {
        float m = 0;
        for (int k = 0; k < w.length; k++) m = Math.max(m, Math.abs(w[k] - b[k]));
        return m;
    }

    private void captureDivergence(long iteration) {
        Optional<FeedbackWeights> fb = rule.feedbackWeights();
        if (fb.isEmpty()) return;
        FeedbackWeights f = fb.get();
        long stamp = divergence.beginWrite();
        try {
            DivergenceFrame d = divergence.shared();
            d.layers(f.size());
            d.iteration = iteration;
            d.lastTransportIteration = lastTransportIteration;
            if (peakDivergence.length != f.size()) peakDivergence = new double[f.size()];
            for (int i = 0; i < f.size(); i++) {
                d.fill(i, f.layer(i).name(), f.layer(i).weightValues(), f.weights(i), f.units(i));
                peakDivergence[i] = Math.max(peakDivergence[i], d.maxAbs[i]);
                d.peakAbs[i] = peakDivergence[i];
            }
        } finally {
            divergence.endWrite(stamp);
        }
        divergenceIteration = iteration;
    }
}
