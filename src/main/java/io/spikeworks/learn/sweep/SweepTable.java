package io.spikeworks.learn.sweep;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.learn.ttl.TruncationCosts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sweep's one table, as CSV (every figure) and Markdown (the columns the issue asks for, plus the gap to BP
 * and the targets checked against these very numbers).
 */
public final class SweepTable {
    private SweepTable() {}

    public static final String CSV_HEADER = "coding,algorithm,phi,scheme,p,epochs,train_samples,test_accuracy,"
            + "train_accuracy,delta_vs_bp_pp,transport_reduction_vs_bp,weights_copied,bits_copied,comparison_reads,asym_angle_deg,"
            + "asym_rel_norm,grad_angle_deg_mean,train_seconds,block_size,truncation,memory_reduction_vs_e2e,"
            + "mac_reduction_vs_e2e,access_reduction_vs_e2e,held_out_accuracy,chosen_epoch,chosen_test_accuracy,label,status,"
            + "message";
    /** The one column that measures time, which differs between two runs of the same sweep. */
    public static final String WALL_TIME_COLUMN = "train_seconds";

    public static String csv(List<SweepResult> results) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (SweepResult r : results) {
            sb.append(r.coding()).append(',').append(r.algorithm()).append(',').append(r.phi() == null ? "" : r.phi())
                    .append(',').append(r.scheme() == null ? "" : r.scheme()).append(',')
                    .append(r.fraction() == null ? "" : num(r.fraction())).append(',').append(r.epochs()).append(',')
                    .append(r.trainSamples()).append(',').append(num(r.testAccuracy())).append(',')
                    .append(num(r.trainAccuracy())).append(',')
                    .append(num(deltaVsBp(results, r))).append(',').append(num(r.reduction())).append(',')
                    .append(num(r.weightsCopied())).append(',').append(num(r.bitsCopied())).append(',')
                    .append(num(r.comparisonReads())).append(',').append(num(r.asymAngleDegrees())).append(',')
                    .append(num(r.asymRelativeNorm())).append(',').append(num(r.gradAngleMean())).append(',')
                    .append(num(r.trainSeconds())).append(',')
                    .append(r.blockSize() == null ? "" : r.blockSize()).append(',')
                    .append(r.truncation() == null ? "" : r.truncation()).append(',')
                    .append(num(r.costs().memory())).append(',').append(num(r.costs().macs())).append(',')
                    .append(num(r.costs().accesses())).append(',').append(num(r.heldOut().heldOutAccuracy())).append(',')
                    .append(r.heldOut().epoch() == null ? "" : r.heldOut().epoch()).append(',')
                    .append(num(r.heldOut().testAccuracy())).append(',').append(text(r.label())).append(',')
                    .append(r.status().wireName()).append(',').append(text(r.message())).append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return "inf";
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** A CSV field: quoted when it holds a comma, quote or line break (messages can). */
    private static String text(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static Optional<SweepResult> bp(List<SweepResult> results, String coding) {
        return results.stream().filter(r -> r.coding().equals(coding) && r.algorithm().equals(BuiltInComponents.BPTT)
                && r.status() == SweepStatus.OK).findFirst();
    }

    /** Percentage points above (+) or below (−) BP on the same coding; NaN without a BP run. */
    static double deltaVsBp(List<SweepResult> results, SweepResult r) {
        return bp(results, r.coding()).map(b -> 100 * (r.testAccuracy() - b.testAccuracy())).orElse(Double.NaN);
    }

    /** @param setup lines describing data, network and budget, printed above the table */
    public static String markdown(String title, List<String> setup, List<SweepResult> results) {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        for (String s : setup) sb.append("- ").append(s).append('\n');
        sb.append("\n| Algorithm | Φ | Scheme | p | Coding | Test accuracy (%) | Δ vs BP (pp) | Train accuracy, last epoch (%) "
                + "| Transport reduction vs BP | Final asymmetry ∠(W, Bᵀ) | ‖W − Bᵀ‖/‖W‖ | Gradient angle vs BP (mean) |\n");
        sb.append("|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SweepResult r : results) {
            sb.append("| ").append(r.algorithm()).append(" | ").append(r.phi() == null ? "—" : r.phi())
                    .append(" | ").append(r.scheme() == null ? "—" : r.scheme())
                    .append(" | ").append(r.fraction() == null ? "—" : plain(r.fraction()))
                    .append(" | ").append(r.coding())
                    .append(" | ").append(r.status() == SweepStatus.OK ? fmt("%.2f", 100 * r.testAccuracy())
                            : r.status().wireName())
                    .append(" | ").append(signed(deltaVsBp(results, r)))
                    .append(" | ").append(percent(r.trainAccuracy()))
                    .append(" | ").append(reduction(r.reduction()))
                    .append(" | ").append(Double.isNaN(r.asymAngleDegrees()) ? "—" : fmt("%.1f°", r.asymAngleDegrees()))
                    .append(" | ").append(Double.isNaN(r.asymRelativeNorm()) ? "—" : fmt("%.3f", r.asymRelativeNorm()))
                    .append(" | ").append(Double.isNaN(r.gradAngleMean()) ? "—" : fmt("%.1f°", r.gradAngleMean()))
                    .append(" |\n");
        }
        ttlTable(sb, results);
        heldOutTable(sb, results);
        List<SweepResult> unfinished = results.stream().filter(r -> r.status() != SweepStatus.OK).toList();
        if (!unfinished.isEmpty()) {
            sb.append("\n## Runs that diverged or failed\n\n");
            for (SweepResult r : unfinished)
                sb.append("- ").append(r.label()).append(": ").append(r.status().wireName()).append(" — ")
                        .append(r.message().replace('\n', ' ')).append('\n');
            sb.append("\n`sweep --resume` trains the failed ones again; diverged ones diverge again with the same seed.\n");
        }
        List<String> targets = SweepTargets.check(results.stream().filter(r -> r.status() == SweepStatus.OK).toList());
        if (!targets.isEmpty()) {
            sb.append("\n## Targets\n\n");
            for (String t : targets) sb.append("- ").append(t).append('\n');
        }
        sb.append("\nTransport reduction counts bits copied from W to B (BP copies every feedback weight after every "
                + "update); ∞ means nothing is ever transported. Sign symmetry copies 1-bit signs. Comparison reads of "
                + "largest-divergence transport are in the CSV, not in the reduction.\n");
        return sb.toString();
    }

    /** TTL-BPTT's cells with their savings against end-to-end BPTT (docs/ttl-bptt.md), when the sweep has any. */
    private static void ttlTable(StringBuilder sb, List<SweepResult> results) {
        if (results.stream().noneMatch(r -> r.blockSize() != null)) return;
        sb.append("\n## TTL-BPTT: savings against end-to-end BPTT\n\n| Coding | Block size k | T_tr | Test accuracy (%) "
                + "| Δ vs BP (pp) | Memory for backward | MACs | Memory accesses |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SweepResult r : results) {
            if (r.blockSize() == null) continue;
            sb.append("| ").append(r.coding()).append(" | ").append(r.blockSize() == 0 ? "all" : r.blockSize())
                    .append(" | ").append(r.truncation() == 0 ? "T" : r.truncation())
                    .append(" | ").append(fmt("%.2f", 100 * r.testAccuracy()))
                    .append(" | ").append(signed(deltaVsBp(results, r)))
                    .append(" | ").append(TruncationCosts.changeText(r.costs().memory()))
                    .append(" | ").append(TruncationCosts.changeText(r.costs().macs()))
                    .append(" | ").append(TruncationCosts.changeText(r.costs().accesses())).append(" |\n");
        }
    }

    /**
     * The checkpoints the held-out samples chose, when the runs held any out: the table above keeps the last epoch's
     * test accuracy, as a run without them would report.
     */
    private static void heldOutTable(StringBuilder sb, List<SweepResult> results) {
        if (results.stream().noneMatch(r -> r.heldOut().epoch() != null)) return;
        sb.append("\n## Checkpoints chosen on held-out training samples\n\n| Run | Chosen epoch | Held-out accuracy (%) "
                + "| Test accuracy there (%) | Test accuracy, last epoch (%) |\n|---|---:|---:|---:|---:|\n");
        for (SweepResult r : results) {
            if (r.heldOut().epoch() == null) continue;
            sb.append("| ").append(r.label()).append(" | ").append(r.heldOut().epoch())
                    .append(" | ").append(percent(r.heldOut().heldOutAccuracy()))
                    .append(" | ").append(percent(r.heldOut().testAccuracy()))
                    .append(" | ").append(percent(r.testAccuracy())).append(" |\n");
        }
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "—" : fmt("%.2f", 100 * v);
    }

    /** 0.5, 0.01, 1: as written in a sweep file. */
    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String reduction(double v) {
        if (Double.isNaN(v)) return "—";
        if (Double.isInfinite(v)) return "∞ (none)";
        return fmt("%,.0f×", v);
    }

    private static String signed(double v) {
        if (Double.isNaN(v)) return "—";
        return Math.round(100 * v) == 0 ? "0.00" : fmt("%+.2f", v); // never "-0.00"
    }

    private static String fmt(String f, double v) {
        return String.format(Locale.ROOT, f, v);
    }
}
