package io.spikeworks.learn.state;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StateFloatsTest {
    @Test
    void longsIntsAndDoublesSurviveExactly() {
        long[] longs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L, (1L << 24) + 1};
        assertArrayEquals(longs, StateFloats.toLongs(StateFloats.ofLongs(longs)));
        int[] ints = {0, -7, Integer.MIN_VALUE, Integer.MAX_VALUE, (1 << 24) + 1};
        assertArrayEquals(ints, StateFloats.toInts(StateFloats.ofInts(ints)));
        double[] doubles = {Math.PI, -0.0, Double.NaN, Double.MIN_VALUE, 1e300};
        double[] back = StateFloats.toDoubles(StateFloats.ofDoubles(doubles));
        for (int i = 0; i < doubles.length; i++)
            assertEquals(Double.doubleToRawLongBits(doubles[i]), Double.doubleToRawLongBits(back[i]));
        for (float f : StateFloats.ofLongs(longs)) assertTrue(f >= 0 && f <= 0xFFFF && f == Math.rint(f), "16-bit pieces");
    }

    @Test
    void somethingElseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateFloats.toLongs(new float[]{1, 2, 3, 0.5f}));
        assertEquals("not a 16-bit piece of saved state: 0.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StateFloats.toLongs(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> StateFloats.toInts(new float[]{70000, 0}));
    }
}
