package io.spikeworks.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitMix64Test {
    @Test
    void matchesTheReferenceSequenceForSeedZero() {
        // First outputs of Vigna's splitmix64.c seeded with 0.
        SplitMix64 r = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, r.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, r.nextLong());
        assertEquals(0x06C45D188009454FL, r.nextLong());
        assertEquals(0xF88BB8A8724C81ECL, r.nextLong());
    }

    @Test
    void boundedIntsCoverTheRangeEvenly() {
        SplitMix64 r = new SplitMix64(123);
        int[] counts = new int[6];
        for (int i = 0; i < 60_000; i++) counts[r.nextInt(6)]++;
        for (int c : counts) assertTrue(Math.abs(c - 10_000) < 400, "count " + c);
    }

    @Test
    void derivedSeedsDifferPerStream() {
        assertTrue(SplitMix64.derive(1, 0) != SplitMix64.derive(1, 1));
        assertTrue(SplitMix64.derive(1, 0) != SplitMix64.derive(2, 0));
        assertEquals(SplitMix64.derive(5, 9), SplitMix64.derive(5, 9));
    }
}
