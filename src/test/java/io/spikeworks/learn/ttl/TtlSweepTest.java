package io.spikeworks.learn.ttl;

import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.sweep.SweepEntry;
import io.spikeworks.learn.sweep.SweepPlan;
import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.learn.sweep.SweepStatus;
import io.spikeworks.learn.sweep.SweepTable;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TtlSweepTest {
    @Test
    void theShippedSweepCoversTruncationTimesBlockSizeOnFramesAndEvents() throws Exception {
        SweepPlan plan = SweepPlan.load(Path.of("sample-projects", "ttl-bptt-sweep.json"));
        assertEquals(2 * (1 + 5 * 3), plan.entries().size(), "BPTT and T_tr {1,2,5,10,T} × k {1,2,all}, on two data sets");
        for (SweepEntry e : plan.entries()) {
            assertEquals(e.project().algorithm().type(), LearningRules.create(e.project().algorithm()).id());
            long spiking = e.project().network().layers().stream().filter(l -> !l.type().contains("pool")).count();
            assertTrue(spiking >= 4, e.label() + ": a conv net of at least 4 spiking layers");
        }
        assertEquals(List.of("fashion-mnist", "fashion-saccade-events"),
                plan.entries().stream().map(e -> e.project().dataset().name()).distinct().toList());
    }

    @Test
    void theMarkdownListsEachTtlCellWithItsSavings() {
        SweepResult.CostReductions none = new SweepResult.CostReductions(0, 0, 0);
        SweepResult bp = new SweepResult("frames", "bptt", 1, "full", 1.0, 1, 100, 0.80, 0.8, 1, 0, 0, 0, 0, 0, 0, 1,
                null, null, none, SweepResult.HeldOutChoice.NONE, "frames bptt", SweepStatus.OK, "");
        SweepResult ttl = new SweepResult("frames", "ttl-bptt", null, null, null, 1, 100, 0.79, 0.8, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 1, 0,
                new SweepResult.CostReductions(0.9, 0.25, 0.01), SweepResult.HeldOutChoice.NONE, "frames ttl-bptt", SweepStatus.OK, "");
        String md = SweepTable.markdown("t", List.of(), List.of(bp, ttl));
        assertTrue(md.contains("| frames | 1 | T | 79.00 | -1.00 | -90.0 % | -25.0 % | -1.0 % |"), md);
        String csv = SweepTable.csv(List.of(bp, ttl));
        assertTrue(csv.lines().skip(2).findFirst().orElseThrow().endsWith(",1,0,0.900000,0.250000,0.0100000,,,,frames ttl-bptt,ok,"), csv);
    }
}
