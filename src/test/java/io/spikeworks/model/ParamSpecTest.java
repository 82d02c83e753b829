package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamSpecTest {

    private final ParamSpec beta = ParamSpec.ofDouble("beta", "β").withRange(0, 1).withDefault(0.9);

    @Test
    void rangeMessagesSayTheRuleAndTheValue() {
        assertEquals(Optional.of("must be between 0 and 1, got 1.5"), beta.problemWith(1.5));
        assertEquals(Optional.empty(), beta.problemWith(1));
        assertEquals(Optional.empty(), beta.problemWith(0.0));
        ParamSpec lr = ParamSpec.ofDouble("lr", "lr").greaterThan(0).atMost(10);
        assertEquals(Optional.of("must be greater than 0 and at most 10, got 0"), lr.problemWith(0.0));
        assertEquals(Optional.of("must be greater than 0 and at most 10, got 12.5"), lr.problemWith(12.5));
        ParamSpec units = ParamSpec.ofInt("units", "Units").atLeast(1);
        assertEquals(Optional.of("must be at least 1, got 0"), units.problemWith(0));
        ParamSpec momentum = ParamSpec.ofDouble("m", "m").atLeast(0).lessThan(1);
        assertEquals(Optional.of("must be at least 0 and less than 1, got 1"), momentum.problemWith(1.0));
        assertEquals(Optional.of("must be at most 15, got 16"),
                ParamSpec.ofInt("k", "k").atMost(15).problemWith(16L));
    }

    @Test
    void wholeNumbersBeyondWhatTheEngineHoldsAreRefused() {
        ParamSpec units = ParamSpec.ofInt("units", "Units").atLeast(1);
        assertEquals(Optional.of("must be at most 2147483647 (the largest whole number Spikeworks holds), got 3000000000"),
                units.problemWith(3_000_000_000L));
        assertEquals(Optional.of("must be at least -2147483648 (the smallest whole number Spikeworks holds), got -3000000000"),
                ParamSpec.ofInt("shift", "shift").problemWith(-3_000_000_000L));
        assertEquals(Optional.empty(), units.problemWith((long) Integer.MAX_VALUE));
        assertEquals(Optional.of("must be at least 1, got -3000000000"), units.problemWith(-3_000_000_000L),
                "a declared range is said first");
    }

    @Test
    void kindMessages() {
        assertEquals(Optional.of("must be a number, got 'x'"), beta.problemWith("x"));
        assertEquals(Optional.of("must be a finite number, got NaN"), beta.problemWith(Double.NaN));
        assertEquals(Optional.of("must be a whole number, got 2.5"), ParamSpec.ofInt("n", "n").problemWith(2.5));
        assertEquals(Optional.of("must be true or false, got 1"), ParamSpec.ofBoolean("b", "b").problemWith(1));
        ParamSpec reset = ParamSpec.ofChoice("reset", "Reset", "subtract", "zero");
        assertEquals(Optional.of("must be one of subtract, zero; got 'sub'"), reset.problemWith("sub"));
        assertEquals(Optional.empty(), reset.problemWith("zero"));
        assertEquals(Optional.of("must be text, got an object"),
                ParamSpec.ofString("s", "s").problemWith(java.util.Map.of()));
    }

    @Test
    void unsetIsAProblemOnlyWhenRequired() {
        assertEquals(Optional.empty(), beta.problemWith(null));
        assertTrue(ParamSpec.ofInt("units", "Units").required());
        assertEquals(Optional.of("is required"), ParamSpec.ofInt("units", "Units").problemWith(null));
        ParamSpec stride = ParamSpec.ofInt("stride", "Stride").atLeast(1).asOptional();
        assertFalse(stride.required());
        assertEquals(Optional.empty(), stride.problemWith(null));
    }

    @Test
    void valuesAreHeldInTheKindsJavaType() {
        ParamSpec units = ParamSpec.ofInt("units", "Units");
        assertEquals(256L, units.canonical(256));
        assertEquals(256L, units.canonical(256.0));
        assertEquals(2.5, units.canonical(2.5));
        assertEquals(1.0, beta.canonical(1));
        assertEquals(0.9, beta.defaultValue());
        assertEquals(3L, ParamSpec.ofInt("k", "k").withDefault(3).defaultValue());
    }

    @Test
    void invalidDefaultsAndChoicesAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> beta.withDefault(2.0));
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.ofChoice("c", "c"));
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.ofChoice("c", "c", "a").withDefault("b"));
    }

    @Test
    void rangeTextForTooltips() {
        assertEquals("[0, 1]", beta.rangeText());
        assertEquals("≥ 1", ParamSpec.ofInt("n", "n").atLeast(1).rangeText());
        assertEquals("(0, 10]", ParamSpec.ofDouble("x", "x").greaterThan(0).atMost(10).rangeText());
        assertEquals("", ParamSpec.ofInt("seed", "seed").rangeText());
    }
}
