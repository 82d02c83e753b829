package io.spikeworks.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/** Keeps every status a session announces and lets a test wait for one that matches, without sleeping. */
final class StatusRecorder implements SessionListener {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<SessionStatus> seen = new ArrayList<>();

    static StatusRecorder on(TrainingSession s) {
        StatusRecorder r = new StatusRecorder();
        s.addListener(r);
        return r;
    }

    @Override
    public void statusChanged(SessionStatus status) {
        lock.lock();
        try {
            seen.add(status);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<SessionStatus> seen() {
        lock.lock();
        try {
            return List.copyOf(seen);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a status, announced from now on or already, that matches; fails after 30 s. */
    SessionStatus await(Predicate<SessionStatus> wanted, String what) throws InterruptedException {
        long nanos = TimeUnit.SECONDS.toNanos(30);
        lock.lock();
        try {
            while (true) {
                for (int i = seen.size() - 1; i >= 0; i--) if (wanted.test(seen.get(i))) return seen.get(i);
                if (nanos <= 0) fail("no status " + what + "; saw " + seen);
                nanos = arrived.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Forgets what was seen, so that the next await waits for a new announcement. */
    void clear() {
        lock.lock();
        try {
            seen.clear();
        } finally {
            lock.unlock();
        }
    }
}
