package io.spikeworks.learn.sweep;

import io.spikeworks.learn.ExactBackprop;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.symmetry.FeedbackWeights;
import io.spikeworks.learn.symmetry.TransportSchedule;
import io.spikeworks.learn.ttl.TruncatedLocalBptt;
import io.spikeworks.model.Component;
import io.spikeworks.sim.SpikingLayer;

import java.util.List;
import java.util.Map;

/**
 * One row of the sweep table. Exact BP (bptt) is fBP with Φ = 1 and full transport: its transport is computed
 * (every feedback weight after every update, at the chip profile's feedback-weight bits), its reduction is 1 and its asymmetry 0 by
 * definition.
 *
 * @param trainAccuracy accuracy over the last epoch's training batches: a steadier signal than one test evaluation
 * @param phi       transport period, null for rules without one
 * @param scheme    transport scheme, null for rules without transport
 * @param fraction  share copied per transport (1 for full), null for rules without transport
 * @param reduction BP's transported bits over this run's; infinite when nothing is transported
 * @param asymAngleDegrees ∠(W, Bᵀ) over all feedback layers at the end; NaN when B is not W-shaped (DFA)
 * @param gradAngleMean mean angle between the rule's and the exact gradient over the run; NaN if not measured
 * @param blockSize TTL-BPTT's block size k (0 = all layers), null for other rules
 * @param truncation TTL-BPTT's window T_tr (0 = all steps), null for other rules
 * @param costs TTL-BPTT's reductions against end-to-end BPTT (memory for the backward pass, MACs, memory accesses),
 *              NaN for other rules
 * @param heldOut the evaluation the project's held-out samples chose ({@code dataset.holdOut}), {@link HeldOutChoice#NONE}
 *                without them; the other figures stay the last epoch's
 * @param label the configuration's label in the sweep ("rate fbp phi=100 transport=full")
 * @param status how the run ended; a failed run's figures are NaN
 * @param message why it diverged or failed, empty when it finished normally
 */
public record SweepResult(String coding, String algorithm, Integer phi, String scheme, Double fraction, int epochs,
                          long trainSamples, double testAccuracy, double trainAccuracy, double reduction, double weightsCopied,
                          double bitsCopied, double comparisonReads, double asymAngleDegrees, double asymRelativeNorm,
                          double gradAngleMean, double trainSeconds, Integer blockSize, Integer truncation,
                          CostReductions costs, HeldOutChoice heldOut, String label, SweepStatus status,
                          String message) {
    /** TTL-BPTT's savings against end-to-end BPTT on the same network, as fractions (0.9 = 90 % less). */
    public record CostReductions(double memory, double macs, double accesses) {
        static final CostReductions NONE = new CostReductions(Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * The checkpoint held-out training samples chose (best held-out accuracy, the earliest among equals) and the test
     * accuracy there, as the run's summary.json names it.
     *
     * @param epoch null when the run held no samples out
     */
    public record HeldOutChoice(Integer epoch, double heldOutAccuracy, double testAccuracy) {
        public static final HeldOutChoice NONE = new HeldOutChoice(null, Double.NaN, Double.NaN);

        static HeldOutChoice of(TrainingRun run) {
            return run.chosenByValidation().map(r -> new HeldOutChoice(r.epoch(),
                    r.extras().get(TrainingRun.VALIDATION_ACCURACY), r.testAccuracy())).orElse(NONE);
        }
    }

    public static SweepResult of(SweepEntry entry, TrainingRun run) {
        return of(entry, run, SweepStatus.OK, "");
    }

    /** A configuration that produced no run (it threw before or while training): every figure NaN. */
    public static SweepResult failed(SweepEntry entry, String message) {
        return new SweepResult(entry.coding(), entry.project().algorithm().type(), null, null, null, 0, 0, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                null, null, CostReductions.NONE, HeldOutChoice.NONE, entry.label(), SweepStatus.FAILED, message);
    }

    /** The same figures with another label, status and message. */
    public SweepResult withOutcome(String label, SweepStatus status, String message) {
        return new SweepResult(coding, algorithm, phi, scheme, fraction, epochs, trainSamples, testAccuracy, trainAccuracy,
                reduction, weightsCopied, bitsCopied, comparisonReads, asymAngleDegrees, asymRelativeNorm, gradAngleMean,
                trainSeconds, blockSize, truncation, costs, heldOut, label, status, message);
    }

    public static SweepResult of(SweepEntry entry, TrainingRun run, SweepStatus status, String message) {
        Component a = entry.project().algorithm();
        List<EvaluationRow> rows = run.rows();
        EvaluationRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        Map<String, Double> m = last == null ? Map.of() : last.extras();
        double acc = last == null ? Double.NaN : last.testAccuracy();
        double trainAcc = last == null ? Double.NaN : last.trainAccuracy();
        String type = a.type();
        LearningRule rule = run.trainer().rule();
        if (rule instanceof ExactBackprop) {
            long perIteration = 0;
            for (SpikingLayer l : FeedbackWeights.feedbackLayers(run.trainer().network())) perIteration += l.weightValues().length;
            double copied = (double) perIteration * run.trainer().iteration();
            return new SweepResult(entry.coding(), type, 1, "full", 1.0, rows.size(), run.samplesSeen(), acc, trainAcc, 1.0,
                    copied, copied * run.chip().profile().feedbackWeights().bitCount(), 0, 0, 0, 0, run.trainSeconds(), null, null,
                    new CostReductions(0, 0, 0), HeldOutChoice.of(run), entry.label(), status, message);
        }
        boolean ttl = rule instanceof TruncatedLocalBptt;
        TransportSchedule schedule = rule instanceof TransportSchedule t ? t : null;
        Integer phi = schedule == null ? null : schedule.period();
        String scheme = schedule == null ? null : schedule.schemeName();
        Double fraction = schedule == null ? null : schedule.fraction();
        return new SweepResult(entry.coding(), type, phi, scheme, fraction, rows.size(), run.samplesSeen(), acc, trainAcc,
                m.getOrDefault("transport_reduction_vs_bp", Double.NaN), m.getOrDefault("transport_weights_copied", Double.NaN),
                m.getOrDefault("transport_bits_copied", Double.NaN), m.getOrDefault("transport_comparison_reads", Double.NaN),
                m.getOrDefault("asym_angle_deg", Double.NaN), m.getOrDefault("asym_rel_norm", Double.NaN),
                m.getOrDefault("grad_angle_deg_mean", Double.NaN), run.trainSeconds(),
                ttl ? a.getInt("blockSize") : null, ttl ? a.getInt("truncation") : null,
                ttl ? new CostReductions(m.getOrDefault("ttl_memory_reduction", Double.NaN),
                        m.getOrDefault("ttl_mac_reduction", Double.NaN), m.getOrDefault("ttl_access_reduction", Double.NaN))
                        : CostReductions.NONE, HeldOutChoice.of(run), entry.label(), status, message);
    }

    /** Whether this is a partial-transport fBP run. */
    public boolean partial() {
        return scheme != null && fraction != null && fraction < 1;
    }
}
