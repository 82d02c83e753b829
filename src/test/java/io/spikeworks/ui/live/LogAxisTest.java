package io.spikeworks.ui.live;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transport chart's log axis: whole decades, zeros left out. */
class LogAxisTest {
    @Test
    void coversThePositiveValuesInWholeDecades() {
        LogAxis a = LogAxis.covering(new double[]{0, 0, 3, 40}, new double[]{4500, Double.NaN});
        assertEquals(new LogAxis(0, 4), a);
        assertArrayEquals(new double[]{1, 10, 100, 1000, 10000}, a.ticks(), 1e-9);
        assertEquals(0.5, a.fraction(100), 1e-12);
        assertEquals(0, a.fraction(1), 1e-12);
        assertEquals(1, a.fraction(10000), 1e-12);
        assertEquals(Math.log10(3) / 4, a.fraction(3), 1e-12);
    }

    @Test
    void zeroAndNegativeValuesHaveNoPlace() {
        LogAxis a = new LogAxis(2, 6);
        assertTrue(Double.isNaN(a.fraction(0)), "a count still at 0 is not drawn");
        assertTrue(Double.isNaN(a.fraction(-5)));
        assertTrue(Double.isNaN(a.y(0, 10, 100)));
        assertEquals(110, a.y(100, 10, 100), 1e-9, "the bottom decade sits on the plot's bottom edge");
        assertEquals(10, a.y(1e6, 10, 100), 1e-9);
        assertEquals(60, a.y(1e4, 10, 100), 1e-9, "one decade per quarter of 100 px");
    }

    @Test
    void aSingleValueGetsOneDecadeAndNothingPositiveGivesNoAxis() {
        assertEquals(new LogAxis(2, 3), LogAxis.covering(new double[]{1000, 1000}), "1000 kept off the bottom edge");
        assertEquals(new LogAxis(5, 7), LogAxis.covering(new double[]{1.11e6, 3e6}));
        assertEquals(new LogAxis(2, 3), LogAxis.covering(new double[]{500}));
        assertNull(LogAxis.covering(new double[]{0, 0}, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new LogAxis(3, 3));
    }

    @Test
    void labelsAreShort() {
        assertEquals("1", LogAxis.label(1));
        assertEquals("100", LogAxis.label(100));
        assertEquals("10k", LogAxis.label(1e4));
        assertEquals("1M", LogAxis.label(1e6));
        assertEquals("100G", LogAxis.label(1e11));
        assertEquals("0.1", LogAxis.label(0.1));
        assertEquals("1e-3", LogAxis.label(1e-3));
    }
}
