package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SilentOutputWatchTest {
    @Test
    void aUnitIsNamedOnceItHasNotFiredForTheLimitWithItsClassAndErrorSignalsCounted() {
        SilentOutputWatch w = new SilentOutputWatch(3, 4);
        // unit 0 fires (a > 512) throughout; unit 1 never does; unit 2 sits at exactly 512 (not a spike)
        w.add(new int[]{600, 0, 512}, 1);   // unit 1's class, a = 0: no error signal (o< silent)
        w.add(new int[]{600, 2, 512}, 1);   // its class, a = 2 > 0: d2+, an error signal
        w.add(new int[]{600, 300, 512}, 0); // not its class: no signal whatever a is
        assertEquals(List.of(), w.silentUnits(), "3 samples < limit 4");
        w.add(new int[]{600, -40, 512}, 2);
        assertEquals(List.of(1, 2), w.silentUnits());
        assertEquals(4, w.quietFor(1));
        assertEquals(2, w.ownClassSamples(1));
        assertEquals(1, w.errorSignals(1));
        assertEquals(0, w.quietFor(0));
        String warning = w.warnings().get(0);
        assertTrue(warning.startsWith("output unit 1 has not fired for 4 training samples (2 of them its class, with an "
                + "error signal on 1): class 1 is never predicted by spikes") && warning.contains("published nBP rule"), warning);
        // one spike and the unit counts from scratch
        w.add(new int[]{600, 513, 512}, 0);
        assertEquals(List.of(2), w.silentUnits());
        assertEquals(0, w.quietFor(1));
        assertEquals(0, w.ownClassSamples(1));
        assertEquals(0, w.errorSignals(1));
    }

    @Test
    void refusesNonsenseSizes() {
        assertThrows(IllegalArgumentException.class, () -> new SilentOutputWatch(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SilentOutputWatch(10, 0));
    }
}
