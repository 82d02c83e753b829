package io.spikeworks.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a session records and paces itself.
 *
 * @param outputDir       where metrics.csv and summary.json go (after every epoch and when training ends), or null
 * @param metricsCapacity batches whose metrics are kept for live curves; older ones drop out
 * @param weightInterval  least time between two weight copies for a weight view
 * @param clock           the governor's and telemetry's clock; {@link SessionClock#SYSTEM} except in tests
 */
public record SessionOptions(Path outputDir, int metricsCapacity, Duration weightInterval, SessionClock clock) {
    public static final int DEFAULT_METRICS_CAPACITY = 10_000;

    public SessionOptions {
        if (metricsCapacity < 1) throw new IllegalArgumentException("metrics capacity must be ≥ 1, got " + metricsCapacity);
        Objects.requireNonNull(weightInterval, "weightInterval");
        Objects.requireNonNull(clock, "clock");
    }

    public static SessionOptions defaults() {
        return new SessionOptions(null, DEFAULT_METRICS_CAPACITY, Duration.ofMillis(250), SessionClock.SYSTEM);
    }

    public SessionOptions withOutputDir(Path dir) {
        return new SessionOptions(dir, metricsCapacity, weightInterval, clock);
    }

    public SessionOptions withMetricsCapacity(int n) {
        return new SessionOptions(outputDir, n, weightInterval, clock);
    }

    public SessionOptions withWeightInterval(Duration d) {
        return new SessionOptions(outputDir, metricsCapacity, d, clock);
    }

    public SessionOptions withClock(SessionClock c) {
        return new SessionOptions(outputDir, metricsCapacity, weightInterval, c);
    }
}
