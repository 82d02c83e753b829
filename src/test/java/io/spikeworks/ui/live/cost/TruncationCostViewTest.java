package io.spikeworks.ui.live.cost;

import io.spikeworks.learn.ttl.TruncationCosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class TruncationCostViewTest {
    @Test
    void tilesShowTheSavingsAndTheChartTheMemoryHeldPerStep(@TempDir Path dir) throws Exception {
        // T = 4, windows of 2: end to end holds 1/4, 2/4, … of 800 B; TTL-BPTT 1/2, 2/2, 1/2, 2/2 of 200 B
        TruncationCosts c = new TruncationCosts(64, 200, 800, 4, 2, 3, 0.75, 0.25, 0.01);
        assertEquals(400, c.endToEndBytesAt(1), 1e-9);
        assertEquals(100, c.truncatedBytesAt(2), 1e-9);
        TruncationCostView v = fx(() -> inScene(new TruncationCostView(), 700, 260));
        assertTrue(fx(v::meters).isEmpty(), "nothing before data");
        fxRun(() -> v.show(new TruncationCostData(1, c)));
        snapshot(v);
        List<CostMetersView.Meter> m = fx(v::meters);
        assertEquals(List.of("-75.0 %", "-25.0 %", "-1.0 %"), m.stream().map(CostMetersView.Meter::shown).toList());
        assertTrue(m.get(0).detail().contains("200 B") && m.get(0).detail().contains("800 B"), m.get(0).detail());
        Path csv = dir.resolve("t.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(List.of("step,ttl_bytes_held,e2e_bytes_held", "0,100,200", "1,200,400", "2,100,600", "3,200,800"),
                lines.subList(0, 5));
    }
}
