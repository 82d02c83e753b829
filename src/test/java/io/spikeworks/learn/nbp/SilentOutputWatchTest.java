package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SilentOutputWatchTest {
    @Test
    void aUnitIsNamedOnceItsNetInputStayedAtOrBelowZeroForTheLimit() {
        SilentOutputWatch w = new SilentOutputWatch(3, 4);
        // unit 0 fires, unit 1 sits exactly at the lower knee (0: no error signal), unit 2 is just above it
        for (int s = 0; s < 3; s++) w.add(new int[]{600, 0, 2});
        assertEquals(List.of(), w.silentUnits(), "3 samples < limit 4");
        w.add(new int[]{600, -40, 2});
        assertEquals(List.of(1), w.silentUnits());
        assertEquals(4, w.silentFor(1));
        assertEquals(0, w.silentFor(2), "a > 0 gives o< a spike, so the unit can still learn");
        String warning = w.warnings().get(0);
        assertTrue(warning.startsWith("output unit 1 ") && warning.contains("4 training samples")
                && warning.contains("can no longer learn") && warning.contains("published nBP rule"), warning);
        // one sample above 0 and the unit counts from scratch
        w.add(new int[]{600, 2, 2});
        assertEquals(List.of(), w.silentUnits());
        assertEquals(List.of(), w.warnings());
    }

    @Test
    void refusesNonsenseSizes() {
        assertThrows(IllegalArgumentException.class, () -> new SilentOutputWatch(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SilentOutputWatch(10, 0));
    }
}
