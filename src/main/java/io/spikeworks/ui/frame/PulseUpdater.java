package io.spikeworks.ui.frame;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Push side of the pulse-rate bridge, made by {@link FxBridge#coalescing(Consumer)}: worker threads
 * {@link #offer} values as often as they like; once per pulse, on the FX thread, the newest one (if any arrived)
 * is applied. Older values are dropped, so a fast engine can never flood the FX thread.
 *
 * @param <T> value type; {@code null} is not a value
 */
public final class PulseUpdater<T> implements PulseSubscription {
    private final LatestValue<T> latest = new LatestValue<>();
    private final Consumer<? super T> apply;
    private volatile PulseSubscription subscription;

    PulseUpdater(Consumer<? super T> apply) {
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    void attach(PulseSubscription s) {
        this.subscription = s;
    }

    void onPulse(long nowNanos) {
        latest.drain(apply);
    }

    /** Offers a value from any thread; it replaces any value not yet applied. */
    public void offer(T value) {
        latest.offer(value);
    }

    /** Values offered so far. */
    public long offeredCount() {
        return latest.offeredCount();
    }

    /** Values applied on the FX thread so far; at most one per pulse. */
    public long appliedCount() {
        return latest.deliveredCount();
    }

    /** Stops applying values. A value offered but not applied yet is dropped. */
    @Override
    public void close() {
        PulseSubscription s = subscription;
        if (s != null) s.close();
    }
}
