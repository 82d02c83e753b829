package io.spikeworks.learn.sweep;

import io.spikeworks.model.BuiltInComponents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The targets, checked per coding against the sweep's own rows: fBP at Φ = 100 (full) within 1 pp of BP;
 * some partial configuration with ≥ 1000× transport reduction within 2 pp of BP; fBP at Φ = 100 above FA, DFA
 * and sign symmetry. A target whose runs are missing from the sweep is skipped.
 */
final class SweepTargets {
    private SweepTargets() {}

    static List<String> check(List<SweepResult> results) {
        List<String> out = new ArrayList<>();
        Set<String> codings = new LinkedHashSet<>();
        for (SweepResult r : results) codings.add(r.coding());
        for (String coding : codings) {
            Optional<SweepResult> bp = SweepTable.bp(results, coding);
            Optional<SweepResult> fbp100 = results.stream().filter(r -> r.coding().equals(coding)
                    && r.algorithm().equals(BuiltInComponents.FBP) && Integer.valueOf(100).equals(r.phi())
                    && "full".equals(r.scheme())).findFirst();
            if (bp.isPresent() && fbp100.isPresent()) {
                double gap = 100 * (bp.get().testAccuracy() - fbp100.get().testAccuracy());
                out.add(String.format(Locale.ROOT, "%s: fBP Φ = 100 within 1 pp of BP: %s (BP %.2f %%, fBP %.2f %%, gap %.2f pp)",
                        coding, gap <= 1 ? "met" : "missed", 100 * bp.get().testAccuracy(),
                        100 * fbp100.get().testAccuracy(), gap));
            }
            if (bp.isPresent()) {
                Optional<SweepResult> best = results.stream().filter(r -> r.coding().equals(coding) && r.partial()
                        && r.reduction() >= 1000).max(Comparator.comparingDouble(SweepResult::testAccuracy));
                best.ifPresent(b -> {
                    double gap = 100 * (bp.get().testAccuracy() - b.testAccuracy());
                    out.add(String.format(Locale.ROOT, "%s: a partial configuration with ≥ 1000× reduction within 2 pp of "
                                    + "BP: %s (best: %s p = %.3g, %,.0f×, %.2f %%, gap %.2f pp)", coding,
                            gap <= 2 ? "met" : "missed", b.scheme(), b.fraction(), b.reduction(), 100 * b.testAccuracy(), gap));
                });
            }
            fbp100.ifPresent(f -> {
                List<String> beaten = new ArrayList<>();
                List<String> notBeaten = new ArrayList<>();
                for (String baseline : List.of(BuiltInComponents.FEEDBACK_ALIGNMENT, BuiltInComponents.DIRECT_FEEDBACK_ALIGNMENT,
                        BuiltInComponents.SIGN_SYMMETRY)) {
                    results.stream().filter(r -> r.coding().equals(coding) && r.algorithm().equals(baseline)).findFirst()
                            .ifPresent(r -> (f.testAccuracy() > r.testAccuracy() ? beaten : notBeaten)
                                    .add(String.format(Locale.ROOT, "%s %.2f %%", baseline, 100 * r.testAccuracy())));
                }
                if (!beaten.isEmpty() || !notBeaten.isEmpty())
                    out.add(String.format(Locale.ROOT, "%s: fBP Φ = 100 (%.2f %%) above FA, DFA and sign symmetry: %s%s%s",
                            coding, 100 * f.testAccuracy(), notBeaten.isEmpty() ? "met" : "missed",
                            beaten.isEmpty() ? "" : "; above " + String.join(", ", beaten),
                            notBeaten.isEmpty() ? "" : "; not above " + String.join(", ", notBeaten)));
            });
        }
        return out;
    }
}
