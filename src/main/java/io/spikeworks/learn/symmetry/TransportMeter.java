package io.spikeworks.learn.symmetry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts weight transport (W → B) per layer and in total, and compares it with what exact BP would have moved:
 * BP refreshes every feedback weight after every update, i.e. iterations × Σ N_l values of bitsPerWeight bits.
 * Thread-safe: the training thread records, a dashboard may read.
 */
public final class TransportMeter {
    /** The event log keeps the most recent events only; counters are never truncated. */
    public static final int LOG_CAPACITY = 10_000;

    private final List<String> layers;
    private final long[] feedbackSizes;
    private int bitsPerWeight;
    private final boolean bitsGiven;
    private Double energyPerBitPj;
    private final boolean energyGiven;
    private TransportSink sink = (weights, bits) -> { };
    private final long[] weightsCopied;
    private final long[] bitsCopied;
    private final long[] comparisonReads;
    private final long[] layerEvents;
    private final Deque<TransportEvent> log = new ArrayDeque<>();
    private long events;
    private long iterations;

    /**
     * @param layers         names of the layers that carry feedback
     * @param feedbackSizes  their number of feedback weights N_l
     * @param bitsPerWeight  bits of one copied weight; null: 32 unless a chip says otherwise ({@link #useChip})
     * @param energyPerBitPj energy to move one bit; null: unknown unless a chip says ({@link #useChip})
     */
    public TransportMeter(List<String> layers, long[] feedbackSizes, Integer bitsPerWeight, Double energyPerBitPj) {
        if (layers.size() != feedbackSizes.length) throw new IllegalArgumentException("one size per layer");
        if (bitsPerWeight != null && bitsPerWeight < 1)
            throw new IllegalArgumentException("bitsPerWeight must be ≥ 1, got " + bitsPerWeight);
        this.layers = List.copyOf(layers);
        this.feedbackSizes = feedbackSizes.clone();
        this.bitsGiven = bitsPerWeight != null;
        this.bitsPerWeight = bitsGiven ? bitsPerWeight : FeedbackSettings.DEFAULT_BITS_PER_WEIGHT;
        this.energyGiven = energyPerBitPj != null;
        this.energyPerBitPj = energyPerBitPj;
        int n = layers.size();
        weightsCopied = new long[n];
        bitsCopied = new long[n];
        comparisonReads = new long[n];
        layerEvents = new long[n];
    }

    /** Receives every layer's copy as it happens, e.g. a chip's energy meter. */
    @FunctionalInterface
    public interface TransportSink {
        void transported(long weights, int bitsPerWeight);
    }

    /**
     * Takes the bits per weight (the chip's feedback-weight width) and the energy per bit from the chip where the
     * algorithm left them unset, and reports every copy to the sink. Call before training starts.
     */
    public synchronized void useChip(int feedbackBits, double energyPerBitPj, TransportSink sink) {
        if (!bitsGiven) bitsPerWeight = feedbackBits;
        if (!energyGiven) this.energyPerBitPj = energyPerBitPj;
        this.sink = sink;
    }

    public synchronized int bitsPerWeight() {
        return bitsPerWeight;
    }

    /** Energy to move one bit in pJ, or NaN when unknown. */
    public synchronized double energyPerBitPj() {
        return energyPerBitPj == null ? Double.NaN : energyPerBitPj;
    }

    public List<String> layers() {
        return layers;
    }

    /** Counts one optimiser step, for the BP comparison. */
    public synchronized void countIteration() {
        iterations++;
    }

    /** Opens a transport moment; each layer's share follows through {@link #record}. */
    public synchronized void countEvent() {
        events++;
    }

    /** Records layer {@code layer}'s share of the current transport, copying values of {@code bitsPerValue} bits. */
    public synchronized void record(long iteration, int layer, long copied, int bitsPerValue, long reads) {
        long bits = copied * bitsPerValue;
        weightsCopied[layer] += copied;
        bitsCopied[layer] += bits;
        comparisonReads[layer] += reads;
        layerEvents[layer]++;
        log.addLast(new TransportEvent(iteration, layers.get(layer), copied, bits, reads));
        sink.transported(copied, bitsPerValue);
        if (log.size() > LOG_CAPACITY) log.removeFirst();
    }

    public synchronized long iterations() {
        return iterations;
    }

    public synchronized long events() {
        return events;
    }

    public synchronized long events(int layer) {
        return layerEvents[layer];
    }

    public synchronized long weightsCopied() {
        return total(weightsCopied);
    }

    public synchronized long weightsCopied(int layer) {
        return weightsCopied[layer];
    }

    public synchronized long bitsCopied() {
        return total(bitsCopied);
    }

    public synchronized long bitsCopied(int layer) {
        return bitsCopied[layer];
    }

    public synchronized long comparisonReads() {
        return total(comparisonReads);
    }

    public synchronized long comparisonReads(int layer) {
        return comparisonReads[layer];
    }

    /** Bits exact BP would have copied over the same iterations. */
    public synchronized double bpBits() {
        return (double) iterations * total(feedbackSizes) * bitsPerWeight;
    }

    private static long total(long[] perLayer) {
        long s = 0;
        for (long v : perLayer) s += v;
        return s;
    }

    /** BP's bits over ours; infinite when nothing was copied (also before the first iteration). */
    public synchronized double reductionVsBp() {
        long bits = bitsCopied();
        return bits == 0 ? Double.POSITIVE_INFINITY : bpBits() / bits;
    }

    /** Energy of the copied bits, or NaN without a per-bit cost. */
    public synchronized double energyPj() {
        return energyPerBitPj == null ? Double.NaN : energyPerBitPj * bitsCopied();
    }

    /**
     * The counters as float rows for a checkpoint: each count is split into two exact floats (high and low 24
     * bits), so counts up to 2⁴⁸ survive. The event log is not kept.
     */
    public synchronized float[][] state() {
        int n = layers.size();
        float[][] s = new float[2 + 4 * n][];
        s[0] = split(events);
        s[1] = split(iterations);
        for (int i = 0; i < n; i++) {
            s[2 + 4 * i] = split(weightsCopied[i]);
            s[3 + 4 * i] = split(bitsCopied[i]);
            s[4 + 4 * i] = split(comparisonReads[i]);
            s[5 + 4 * i] = split(layerEvents[i]);
        }
        return s;
    }

    public synchronized void restore(float[][] s) {
        int n = layers.size();
        if (s.length != 2 + 4 * n) throw new IllegalArgumentException("transport state for " + (s.length - 2) / 4
                + " layers, the network has " + n);
        events = join(s[0]);
        iterations = join(s[1]);
        for (int i = 0; i < n; i++) {
            weightsCopied[i] = join(s[2 + 4 * i]);
            bitsCopied[i] = join(s[3 + 4 * i]);
            comparisonReads[i] = join(s[4 + 4 * i]);
            layerEvents[i] = join(s[5 + 4 * i]);
        }
        log.clear();
    }

    private static float[] split(long v) {
        return new float[]{v >>> 24, v & 0xFFFFFF};
    }

    private static long join(float[] f) {
        return ((long) f[0] << 24) | (long) f[1];
    }

    public synchronized List<TransportEvent> recentEvents() {
        return new ArrayList<>(log);
    }

    /** The transport_* columns of metrics.csv, totals first, then per layer. */
    public synchronized Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("transport_events", (double) events);
        m.put("transport_weights_copied", (double) weightsCopied());
        m.put("transport_bits_copied", (double) bitsCopied());
        m.put("transport_comparison_reads", (double) comparisonReads());
        if (energyPerBitPj != null) m.put("transport_energy_pj", energyPj());
        m.put("transport_reduction_vs_bp", reductionVsBp());
        for (int i = 0; i < layers.size(); i++) {
            String l = layers.get(i);
            m.put("transport_weights_copied." + l, (double) weightsCopied[i]);
            m.put("transport_bits_copied." + l, (double) bitsCopied[i]);
            m.put("transport_comparison_reads." + l, (double) comparisonReads[i]);
        }
        return m;
    }
}
