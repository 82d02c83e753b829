package io.spikeworks.learn.ttl;

import io.spikeworks.sim.EngineCounters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TTL-BPTT's costs as the engine counted them, and the same costs of end-to-end BPTT on the same network: memory
 * held for the backward pass per sample (peak bytes of one window through one block, with and without its auxiliary
 * head; a slice holds this times its samples, so per sample the figure does not depend on how many cores split the
 * batch),
 * MACs forward and backward (heads included) and memory accesses by the model of docs/ttl-bptt.md. End-to-end
 * backward costs are measured by running plain BPTT's backward on the same forward pass every
 * {@link TruncatedLocalBptt#REFERENCE_EVERY} batches; its forward is the same pass without the heads. Per-sample
 * figures are over all batches; the reductions compare TTL-BPTT and end-to-end BPTT on the reference batches only.
 */
public final class CostMeters {
    /** One slice's costs in one batch; its bytes are the whole slice's, every term of them linear in its samples. */
    static final class SliceCosts {
        final int samples;
        EngineCounters forward;
        EngineCounters backward;
        /** Null unless the batch measured end-to-end BPTT's backward. */
        EngineCounters endToEndBackward;
        long endToEndBytes;
        long peakBytes;
        long peakBytesWithHeads;

        SliceCosts(int samples) {
            this.samples = samples;
        }

        void peakBytes(long withoutHead, long withHead) {
            peakBytes = Math.max(peakBytes, withoutHead);
            peakBytesWithHeads = Math.max(peakBytesWithHeads, withHead);
        }
    }

    private long samples;
    private long referenceSamples;
    private final EngineCounters forward = new EngineCounters();
    private final EngineCounters backward = new EngineCounters();
    private final EngineCounters referenceForward = new EngineCounters();
    private final EngineCounters referenceBackward = new EngineCounters();
    /** TTL-BPTT's own costs on the batches that measured the reference, so reductions compare the same spikes. */
    private final EngineCounters matchedForward = new EngineCounters();
    private final EngineCounters matchedBackward = new EngineCounters();
    private long peakBytes;
    private long peakBytesWithHeads;
    private long endToEndBytes;

    synchronized void add(SliceCosts s) {
        samples += s.samples;
        forward.add(s.forward);
        backward.add(s.backward);
        peakBytes = Math.max(peakBytes, s.peakBytes / s.samples);
        peakBytesWithHeads = Math.max(peakBytesWithHeads, s.peakBytesWithHeads / s.samples);
        endToEndBytes = Math.max(endToEndBytes, s.endToEndBytes / s.samples);
        if (s.endToEndBackward != null) {
            referenceSamples += s.samples;
            referenceForward.add(s.forward);
            referenceBackward.add(s.endToEndBackward);
            matchedForward.add(s.forward);
            matchedBackward.add(s.backward);
        }
    }

    static long forwardMacs(EngineCounters c) {
        return c.synapticOps - c.complementOpsSaved + c.denseMacs;
    }

    static long accesses(EngineCounters c) {
        return c.weightReads + c.weightWrites + c.stateReads + c.stateWrites + c.activationReads + c.activationWrites;
    }

    public synchronized long samples() {
        return samples;
    }

    public synchronized long peakBytes() {
        return peakBytes;
    }

    public synchronized long peakBytesWithHeads() {
        return peakBytesWithHeads;
    }

    public synchronized long endToEndBytes() {
        return endToEndBytes;
    }

    /** Forward MACs per sample, heads included (the heads are counted in the backward part's counters: see head). */
    public double forwardMacsPerSample() {
        return samples == 0 ? 0 : (forwardMacs(forward) + forwardMacs(backward)) / (double) samples;
    }

    public double backwardMacsPerSample() {
        return samples == 0 ? 0 : backward.backwardMacs / (double) samples;
    }

    public double endToEndForwardMacsPerSample() {
        return referenceSamples == 0 ? 0 : forwardMacs(referenceForward) / (double) referenceSamples;
    }

    public double endToEndBackwardMacsPerSample() {
        return referenceSamples == 0 ? 0 : referenceBackward.backwardMacs / (double) referenceSamples;
    }

    public double accessesPerSample() {
        return samples == 0 ? 0 : (accesses(forward) + accesses(backward)) / (double) samples;
    }

    public double endToEndAccessesPerSample() {
        return referenceSamples == 0 ? 0
                : (accesses(referenceForward) + accesses(referenceBackward)) / (double) referenceSamples;
    }

    private static double reduction(double ours, double endToEnd) {
        return endToEnd > 0 ? 1 - ours / endToEnd : Double.NaN;
    }

    /** Columns for metrics.csv and summary.json; reductions are fractions (0.9 = 90 % less than end-to-end BPTT). */
    synchronized Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("ttl_bwd_bytes_peak_per_sample", (double) peakBytes);
        m.put("ttl_bwd_bytes_peak_with_heads_per_sample", (double) peakBytesWithHeads);
        m.put("e2e_bwd_bytes_per_sample", (double) endToEndBytes);
        m.put("ttl_memory_reduction", reduction(peakBytesWithHeads, endToEndBytes));
        double fwd = forwardMacsPerSample();
        double bwd = backwardMacsPerSample();
        double refFwd = endToEndForwardMacsPerSample();
        double refBwd = endToEndBackwardMacsPerSample();
        m.put("ttl_fwd_macs_per_sample", fwd);
        m.put("ttl_bwd_macs_per_sample", bwd);
        m.put("e2e_fwd_macs_per_sample", refFwd);
        m.put("e2e_bwd_macs_per_sample", refBwd);
        // reductions over the reference batches only: training changes the spikes, and so the work, from batch to batch
        double matchedMacs = forwardMacs(matchedForward) + forwardMacs(matchedBackward) + matchedBackward.backwardMacs;
        m.put("ttl_mac_reduction", reduction(matchedMacs, forwardMacs(referenceForward) + referenceBackward.backwardMacs));
        double per = samples == 0 ? 0 : 1.0 / samples;
        m.put("ttl_weight_reads_per_sample", (forward.weightReads + backward.weightReads) * per);
        m.put("ttl_weight_writes_per_sample", (forward.weightWrites + backward.weightWrites) * per);
        m.put("ttl_state_reads_per_sample", (forward.stateReads + backward.stateReads) * per);
        m.put("ttl_state_writes_per_sample", (forward.stateWrites + backward.stateWrites) * per);
        m.put("ttl_activation_reads_per_sample", (forward.activationReads + backward.activationReads) * per);
        m.put("ttl_activation_writes_per_sample", (forward.activationWrites + backward.activationWrites) * per);
        m.put("ttl_mem_accesses_per_sample", accessesPerSample());
        m.put("e2e_mem_accesses_per_sample", endToEndAccessesPerSample());
        m.put("ttl_access_reduction", reduction(accesses(matchedForward) + accesses(matchedBackward),
                accesses(referenceForward) + accesses(referenceBackward)));
        return m;
    }
}
