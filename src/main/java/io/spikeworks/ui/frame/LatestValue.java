package io.spikeworks.ui.frame;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A one-slot mailbox where the latest value wins: producers on any thread {@link #offer} values as fast as they
 * like; the consumer {@link #drain}s at its own rate (the FX pulse) and sees only the newest value, or nothing when
 * nothing new arrived. Lock-free; no JavaFX dependency, so it is testable without a toolkit.
 *
 * @param <T> value type; {@code null} is not a value
 */
public final class LatestValue<T> {
    private final AtomicReference<T> slot = new AtomicReference<>();
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    /** Replaces any value not yet drained. Safe from any thread. */
    public void offer(T value) {
        slot.set(Objects.requireNonNull(value, "value"));
        offered.incrementAndGet();
    }

    /** Hands the newest value to {@code sink}, if one arrived since the last drain. Returns whether it did. */
    public boolean drain(Consumer<? super T> sink) {
        T v = slot.getAndSet(null);
        if (v == null) return false;
        delivered.incrementAndGet();
        sink.accept(v);
        return true;
    }

    /** True when a value waits to be drained. */
    public boolean hasPending() {
        return slot.get() != null;
    }

    /** How many values were offered in total. */
    public long offeredCount() {
        return offered.get();
    }

    /** How many values were handed to a sink; at most {@link #offeredCount()}, usually far fewer. */
    public long deliveredCount() {
        return delivered.get();
    }
}
