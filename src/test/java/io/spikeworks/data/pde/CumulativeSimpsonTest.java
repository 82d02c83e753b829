package io.spikeworks.data.pde;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CumulativeSimpsonTest {
    @Test
    void cubicsAreIntegratedExactlyAtAndBetweenGridPoints() {
        CumulativeSimpson antiderivative = new CumulativeSimpson(x -> 4 * x * x * x - 3 * x * x + 2, 0, 1, 10);
        for (double x : new double[]{0, 0.1, 0.123, 0.5, 0.77, 1}) {
            assertEquals(x * x * x * x - x * x * x + 2 * x, antiderivative.applyAsDouble(x), 1e-14, "x = " + x);
        }
    }

    @Test
    void smoothFunctionsConvergeAtFourthOrder() {
        double exact = Math.exp(1) - 1;
        double e8 = Math.abs(new CumulativeSimpson(Math::exp, 0, 1, 8).applyAsDouble(1) - exact);
        double e16 = Math.abs(new CumulativeSimpson(Math::exp, 0, 1, 16).applyAsDouble(1) - exact);
        assertEquals(16, e8 / e16, 0.5);
        assertEquals(exact, CumulativeSimpson.of(Math::exp).applyAsDouble(1), 1e-14);
    }

    @Test
    void queriesOutsideTheIntervalAreRefused() {
        CumulativeSimpson antiderivative = CumulativeSimpson.of(x -> x);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> antiderivative.applyAsDouble(1.5));
        assertEquals("x must lie in [0.0, 1.0], got 1.5", e.getMessage());
    }
}
