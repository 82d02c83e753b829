package io.spikeworks.ui.frame;

/** A registration with {@link FxBridge}'s pulse; {@link #close()} ends it. Idempotent, callable from any thread. */
@FunctionalInterface
public interface PulseSubscription extends AutoCloseable {
    @Override
    void close();
}
