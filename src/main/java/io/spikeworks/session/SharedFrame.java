package io.spikeworks.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.StampedLock;

/**
 * One frame written in place by the single worker and copied out by any number of readers, lock-free for both:
 * the writer takes a {@link StampedLock} write lock, which never waits because readers only ever read
 * optimistically; a reader copies and keeps the copy only if no write happened meanwhile, else copies again.
 * Writes are rare (at most once per batch, usually once per frame a reader took), so retries are too.
 */
final class SharedFrame<F extends Frame<F>> {
    private final StampedLock lock = new StampedLock();
    private final F shared;
    private final AtomicLong consumed = new AtomicLong();
    private volatile long version;

    SharedFrame(F shared) {
        this.shared = shared;
    }

    // ---- worker side

    /** The frame to fill, between {@link #beginWrite()} and {@link #endWrite(long)}. */
    F shared() {
        return shared;
    }

    /** Whether a reader took the latest frame, or none was published yet: the cue to capture another. */
    boolean wanted() {
        return version == 0 || consumed.get() >= version;
    }

    boolean published() {
        return version != 0;
    }

    long beginWrite() {
        return lock.writeLock();
    }

    void endWrite(long stamp) {
        long v = version + 1;
        shared.version = v;
        version = v;
        lock.unlockWrite(stamp);
    }

    // ---- reader side

    long version() {
        return version;
    }

    /** Copies the latest frame into {@code dest} unless it holds that one already; true if it changed. */
    boolean read(F dest) {
        for (int attempt = 0; ; attempt++) {
            long stamp = lock.tryOptimisticRead();
            if (stamp != 0) {
                long v = version;
                if (v == 0 || v == dest.version) {
                    if (lock.validate(stamp)) {
                        if (v != 0) consumed.accumulateAndGet(v, Math::max);
                        return false;
                    }
                } else {
                    RuntimeException torn = null;
                    try {
                        dest.copyFrom(shared);
                    } catch (RuntimeException e) {
                        torn = e; // a half-written frame can disagree with itself; validate tells
                    }
                    if (lock.validate(stamp)) {
                        if (torn != null) throw torn;
                        dest.version = v;
                        consumed.accumulateAndGet(v, Math::max);
                        return true;
                    }
                }
            }
            if (attempt < 64) Thread.onSpinWait();
            else Thread.yield();
        }
    }
}
