package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RelativeL2ErrorTest {
    @Test
    void pooledAndPerFunctionConventionsDifferAsDefined() {
        // Function 0: reference (3, 4), norm 5, error (0, 1) -> 0.2. Function 1: reference (0, 1), error (1, 0) -> 1.
        float[] reference = {3, 4, 0, 1};
        float[] predicted = {3, 5, 1, 1};
        OperatorSamples samples = new OperatorSamples("test", 2, 1, 2, 1, true, new float[1], new float[2],
                new float[2], reference, null);
        assertEquals(0.6, RelativeL2Error.meanOverFunctions(samples, predicted), 1e-12);
        assertEquals(Math.sqrt(2.0 / 26), RelativeL2Error.pooled(predicted, reference), 1e-12);
        assertEquals(0, RelativeL2Error.pooled(reference, reference), 0.0);
    }

    @Test
    void undefinedOrMismatchedInputsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelativeL2Error.pooled(new float[2], new float[3]));
        assertEquals("predicted must have 3 entries like the reference, got 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RelativeL2Error.pooled(new float[2], new float[2]));
        assertEquals("reference is zero at every query point, so its relative error is undefined", e.getMessage());
    }
}
