package io.spikeworks.chip;

/** Profiles built in code for tests, with round numbers and only the limits a test asks for. */
final class TestProfiles {
    private TestProfiles() {}

    static final Long NONE = null;

    static SourcedValue v(Double value, String unit) {
        return new SourcedValue(value, unit, "estimate: test");
    }

    static SourcedFlag f(boolean value) {
        return SourcedFlag.of(value, "estimate: test");
    }

    /** Limits in plain counts and bits; null = unlimited. */
    static ChipProfile chip(int weightBits, boolean separateFeedback, Long cores, Long neuronsPerCore, Long memoryBits,
                            Long fanIn, Long fanOut) {
        return new ChipProfile("test-chip", "Test chip", "",
                new WeightFormat(v((double) weightBits, "bit"), f(true)),
                new WeightFormat(v((double) weightBits, "bit"), f(true)), f(separateFeedback),
                new StateFormat(v(16.0, "bit"), f(true)),
                new CoreLimits(limit(cores), limit(neuronsPerCore), limit(memoryBits), limit(fanIn), limit(fanOut)),
                new EnergyCosts(v(1.0, "pJ"), v(2.0, "pJ"), v(3.0, "pJ"), v(4.0, "pJ")),
                v(1.0, "ms"));
    }

    static ChipProfile unlimited(int weightBits) {
        return chip(weightBits, false, NONE, NONE, NONE, NONE, NONE);
    }

    private static SourcedValue limit(Long n) {
        return new SourcedValue(n == null ? null : n.doubleValue(), n == null ? null : "bit", "estimate: test");
    }
}
