package io.spikeworks.learn.ttl;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TruncationCostsTest {
    @Test
    void aReductionIsPrintedAsTheChangeAndNeverAsMinusZero() {
        assertEquals("-79.1 %", TruncationCosts.changeText(0.791));
        assertEquals("+2.0 %", TruncationCosts.changeText(-0.02));
        // a saving of a few parts in a million rounds to nothing: the meter showed "-0.0 %"
        assertEquals("0.0 %", TruncationCosts.changeText(3e-6));
        assertEquals("0.0 %", TruncationCosts.changeText(-3e-6));
        assertEquals("0.0 %", TruncationCosts.changeText(0));
        assertEquals("-0.1 %", TruncationCosts.changeText(0.0006));
        assertEquals("—", TruncationCosts.changeText(Double.NaN));
    }
}
