package io.spikeworks.ui.live.cost;

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
class CostMetersViewTest {
    @Test
    void metersAndEta(@TempDir Path dir) throws Exception {
        CostData d = new CostData(1, 2_500_000, 1_000_000, 3_000_000, 5 << 20, 1000, 850.5, 30, 0.25);
        assertEquals(90, d.etaSeconds(), 1e-9);
        CostMetersView v = fx(() -> inScene(new CostMetersView(), 700, 200));
        fxRun(() -> v.show(d));
        snapshot(v);
        List<CostMetersView.Meter> m = fx(v::meters);
        assertEquals("2.50 M", m.get(0).shown());
        assertEquals("4.00 M", m.get(1).shown());
        assertEquals("5.0 MiB", m.get(2).shown());
        assertEquals("1 min 30 s", m.get(5).shown());
        Path csv = dir.resolve("k.csv");
        v.exportCsv(csv);
        assertEquals(List.of("meter,value,unit", "Synaptic ops,2500000,ops", "MACs,4000000,MACs",
                "Memory for backward,5242880,bytes", "Samples/s,850.5,samples/s", "Elapsed,30,s", "ETA,90,s"),
                Files.readAllLines(csv));
    }

    @Test
    void noPaceNoEta() {
        assertTrue(Double.isNaN(new CostData(0, 0, 0, 0, 0, 0, 0, 0, 0).etaSeconds()));
    }

    @Test
    void chipEnergyPerSampleIsShownWhenTheSessionKnowsIt() throws Exception {
        CostMetersView v = fx(() -> inScene(new CostMetersView(), 700, 200));
        fxRun(() -> v.show(new CostData(1, 2_500_000, 0, 3_000_000, 1 << 20, 1000, 900, 10, 0.5, "loihi", 3.3e-5, 1.47e-5)));
        var energy = fx(v::meters).stream().filter(m -> m.name().equals("Energy per sample")).findFirst().orElseThrow();
        assertEquals("33.0 µJ", energy.shown());
        assertTrue(energy.detail().contains("loihi") && energy.detail().contains("14.7 µJ"), energy.detail());
        fxRun(() -> v.show(new CostData(2, 1, 0, 0, 0, 1, 1, 1, 0.1)));
        assertTrue(fx(v::meters).stream().noneMatch(m -> m.name().equals("Energy per sample")), "no chip, no energy tile");
        fxRun(() -> v.show(new CostData(3, 1, 0, 0, 0, 1, 1, 1, 0.1, "float-reference", 0, 0)));
        var unpriced = fx(v::meters).stream().filter(m -> m.name().equals("Energy per sample")).findFirst().orElseThrow();
        assertEquals("not priced", unpriced.shown(), "a chip without energy figures is not free");
        assertTrue(unpriced.detail().contains("float-reference has no energy figures"), unpriced.detail());
    }
}
