package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegressionSetsTest {
    @Test
    void sineGridHoldsOnePeriodAtTheRightPoints() {
        RealValuedSamples s = RegressionSets.grid(new SineWave(), 5); // x = 0, 1/4, 1/2, 3/4, 1
        assertEquals(5, s.count());
        assertArrayEquals(new float[]{0, 0.25f, 0.5f, 0.75f, 1}, s.inputs());
        assertEquals(0, s.target(0, 0), 1e-7);
        assertEquals(1, s.target(1, 0), 1e-7);
        assertEquals(0, s.target(2, 0), 1e-7);
        assertEquals(-1, s.target(3, 0), 1e-7);
    }

    @Test
    void twoDimensionalGridHasTheFirstCoordinateSlowest() {
        MexicanHat hat = new MexicanHat();
        RealValuedSamples s = RegressionSets.grid(hat, 3); // coordinates -1, 0, 1
        assertEquals(9, s.count());
        assertEquals(2, s.inputSize());
        assertEquals(-1, s.input(1, 0));
        assertEquals(0, s.input(1, 1));
        assertEquals(0, s.input(4, 0));
        assertEquals(0, s.input(4, 1));
        assertEquals((float) hat.peak(), s.target(4, 0), 1e-7);
        assertEquals(10_000, RegressionSets.grid(hat, 100).count());
    }

    @Test
    void randomPointsAreSeededInsideTheBoxAndExtendWithTheCount() {
        MexicanHat hat = new MexicanHat();
        RealValuedSamples a = RegressionSets.random(hat, 500, 42);
        RealValuedSamples b = RegressionSets.random(hat, 500, 42);
        RealValuedSamples c = RegressionSets.random(hat, 500, 43);
        RealValuedSamples shorter = RegressionSets.random(hat, 10, 42);
        assertArrayEquals(a.inputs(), b.inputs());
        assertArrayEquals(a.targets(), b.targets());
        assertFalse(java.util.Arrays.equals(a.inputs(), c.inputs()));
        for (int k = 0; k < 20; k++) assertEquals(a.inputs()[k], shorter.inputs()[k]);
        double mean = 0;
        for (float v : a.inputs()) {
            assertTrue(v >= -1 && v <= 1, "coordinate " + v);
            mean += v;
        }
        assertEquals(0, mean / a.inputs().length, 0.08); // uniform on [-1, 1]: sd of the mean is 0.026
        for (int r = 0; r < a.count(); r++) {
            double expected = hat.value(new double[]{a.input(r, 0), a.input(r, 1)});
            assertEquals(expected, a.target(r, 0), 1e-6);
        }
    }

    @Test
    void badSizesAreRefusedWithTheirNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegressionSets.grid(new SineWave(), 1));
        assertEquals("pointsPerAxis must be at least 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RegressionSets.random(new SineWave(), 0, 1));
        assertEquals("count must be at least 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new RealValuedSamples(2, 1, 1, new float[3], new float[2]));
        assertEquals("inputs must have count * inputSize = 2 entries, got 3", e.getMessage());
    }
}
