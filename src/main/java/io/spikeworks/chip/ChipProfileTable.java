package io.spikeworks.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shipped profiles as a Markdown table, one row per number, with its source: the profiles README is
 * generated from the files (and a test keeps the two in step), and the UI can show the same rows.
 */
public final class ChipProfileTable {
    private ChipProfileTable() {}

    /** One row of the table. */
    public record Row(String profile, String field, String value, String source) {}

    public static List<Row> rows(ChipProfile p) {
        List<Row> rows = new ArrayList<>();
        add(rows, p, "forward weight bits", p.forwardWeights().bits());
        flag(rows, p, "forward weights signed", p.forwardWeights().signed());
        add(rows, p, "feedback weight bits", p.feedbackWeights().bits());
        flag(rows, p, "feedback weights signed", p.feedbackWeights().signed());
        flag(rows, p, "separate feedback network", p.feedbackNetworkSeparate());
        add(rows, p, "state bits", p.state().bits());
        flag(rows, p, "state clipped", p.state().clip());
        add(rows, p, "cores", p.cores().count());
        add(rows, p, "neurons per core", p.cores().neuronsPerCore());
        add(rows, p, "synaptic memory per core", p.cores().synapticMemoryBitsPerCore());
        add(rows, p, "fan-in per core", p.cores().maxFanInPerCore());
        add(rows, p, "fan-out per core", p.cores().maxFanOutPerCore());
        add(rows, p, "energy per synaptic op", p.energy().perSynapticOp());
        add(rows, p, "energy per neuron update", p.energy().perNeuronUpdate());
        add(rows, p, "energy per weight update", p.energy().perWeightUpdate());
        add(rows, p, "energy per transported bit", p.energy().perTransportedBit());
        add(rows, p, "time per step", p.stepTime());
        return rows;
    }

    private static void add(List<Row> rows, ChipProfile p, String field, SourcedValue v) {
        String value;
        if (v.isUnlimited()) {
            value = "no limit";
        } else {
            double d = v.value();
            value = (d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d))
                    + (v.unit() == null ? "" : " " + v.unit());
        }
        rows.add(new Row(p.name(), field, value, v.source()));
    }

    private static void flag(List<Row> rows, ChipProfile p, String field, SourcedFlag f) {
        rows.add(new Row(p.name(), field, f.value() ? "yes" : "no", f.source()));
    }

    public static String markdown(List<ChipProfile> profiles) {
        StringBuilder sb = new StringBuilder("| profile | field | value | source |\n|---|---|---|---|\n");
        for (ChipProfile p : profiles) {
            for (Row r : rows(p)) {
                sb.append("| ").append(r.profile()).append(" | ").append(r.field()).append(" | ").append(r.value())
                        .append(" | ").append(r.source().replace("|", "\\|")).append(" |\n");
            }
        }
        return sb.toString();
    }
}
