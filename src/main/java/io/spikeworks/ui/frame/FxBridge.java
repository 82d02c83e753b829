package io.spikeworks.ui.frame;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * THE one place that puts work on the JavaFX application thread. Nothing else in the app calls
 * {@link Platform#runLater}: engines and sessions run on their own threads and reach the UI only through here.
 *
 * <p>Two ways to show telemetry:
 * <ul>
 *   <li><b>push</b>: {@link #coalescing(Consumer)} gives a {@link PulseUpdater}; the engine thread offers values
 *       at any rate, the newest is applied once per frame ("latest value wins");</li>
 *   <li><b>pull</b>: {@link #everyPulse(PulseListener)} calls a view once per frame on the FX thread, where it reads
 *       the engine's thread-safe snapshot itself.</li>
 * </ul>
 * Both share one frame clock, which runs only while somebody listens. It is not an {@link AnimationTimer}: a
 * running animation makes JavaFX pulse 60 times a second, and every pulse walks the whole scene (bounds, CSS),
 * which on two cores took a quarter of a core from training. The clock ticks at {@link #frameRate()} (default
 * {@value #DEFAULT_FPS}/s, {@code -Dspikeworks.ui.fps=N}) from a daemon thread and posts one frame at a time to
 * the FX thread, so the scene pulses only when a frame changed something. Wrap a subscription in
 * {@link #whileShowing(Node, Supplier)} so that a view only costs frames while it is on screen.
 */
public final class FxBridge {
    public static final int DEFAULT_FPS = 15;
    private static final List<PulseListener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean FRAME_QUEUED = new AtomicBoolean();
    private static volatile long framePostedAt;
    private static volatile long frameDelayNanos;
    private static volatile long lastFrameWorkNanos;
    private static volatile int fps = Math.max(1, Math.min(120, Integer.getInteger("spikeworks.ui.fps", DEFAULT_FPS)));
    /** The frame clock's ticks and the timers of {@link #every} and {@link #after}; guarded by FxBridge.class. */
    private static ScheduledExecutorService scheduler;
    private static ScheduledFuture<?> ticking; // FX thread only
    private static boolean timerRunning; // FX thread only
    private static final UiThreadsCpu UI_CPU = new UiThreadsCpu();
    private static volatile FrameBudget budget =
            new FrameBudget(FrameBudget.DEFAULT_SHARE, Runtime.getRuntime().availableProcessors());
    private static final AtomicLong FRAMES_POSTED = new AtomicLong();
    private static volatile BooleanSupplier budgetApplies = () -> false;

    private FxBridge() {}

    /** True on the JavaFX application thread. */
    public static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }

    /** Throws unless called on the FX thread; for methods that touch the scene graph. */
    public static void requireFxThread() {
        if (!isFxThread()) {
            throw new IllegalStateException("not on the JavaFX application thread: " + Thread.currentThread().getName());
        }
    }

    /** Runs {@code task} on the FX thread: now if already there, otherwise as soon as possible. */
    public static void run(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (isFxThread()) task.run();
        else Platform.runLater(task);
    }

    /** Queues {@code task} for the FX thread, even when called on it (runs after the current event). */
    public static void later(Runnable task) {
        Platform.runLater(Objects.requireNonNull(task, "task"));
    }

    /**
     * Computes a value on the FX thread and returns it as a future; for workers that need something from the UI
     * (never block the FX thread on the result).
     */
    public static <T> CompletableFuture<T> supply(Supplier<T> task) {
        Objects.requireNonNull(task, "task");
        CompletableFuture<T> f = new CompletableFuture<>();
        run(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    /**
     * Runs {@code task} on the FX thread every {@code period} until the returned handle is closed. Not an animation:
     * a running {@link javafx.animation.Timeline} makes JavaFX pulse 60 times a second for as long as it runs (an
     * autosave timer did, all session long), and each pulse costs the FX thread even when nothing changed.
     */
    public static PulseSubscription every(java.time.Duration period, Runnable task) {
        Objects.requireNonNull(task, "task");
        long ms = Math.max(1, period.toMillis());
        AtomicBoolean closed = new AtomicBoolean();
        ScheduledFuture<?> f = scheduler().scheduleAtFixedRate(() -> later(() -> {
            if (!closed.get()) task.run();
        }), ms, ms, TimeUnit.MILLISECONDS);
        return () -> {
            closed.set(true);
            f.cancel(false);
        };
    }

    /** Runs {@code task} once on the FX thread after {@code delay} (not an animation; see {@link #every}). */
    public static void after(java.time.Duration delay, Runnable task) {
        Objects.requireNonNull(task, "task");
        scheduler().schedule(() -> later(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** One daemon thread that only posts to the FX thread (and asks the frame budget). */
    private static synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "spikeworks-frame-clock");
                t.setDaemon(true);
                return t;
            });
        }
        return scheduler;
    }

    /**
     * Push bridge: returns an updater whose {@link PulseUpdater#offer offer} may be called from any thread; once per
     * pulse the newest offered value is passed to {@code applyOnFx} on the FX thread. Close it when the view goes.
     */
    public static <T> PulseUpdater<T> coalescing(Consumer<? super T> applyOnFx) {
        PulseUpdater<T> updater = new PulseUpdater<>(applyOnFx);
        updater.attach(everyPulse(updater::onPulse));
        return updater;
    }

    /** Pull bridge: calls {@code listener} on the FX thread once per pulse until the subscription is closed. */
    public static PulseSubscription everyPulse(PulseListener listener) {
        Objects.requireNonNull(listener, "listener");
        LISTENERS.add(listener);
        run(FxBridge::updateTimer);
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                LISTENERS.remove(listener);
                run(FxBridge::updateTimer);
            }
        };
    }

    /**
     * Keeps a subscription only while {@code node} is in a showing window: {@code subscribe} is called each time the
     * node comes on screen and the subscription it returns is closed when it goes. Closing the returned handle
     * stops all of it. Call on the FX thread.
     */
    public static PulseSubscription whileShowing(Node node, Supplier<? extends PulseSubscription> subscribe) {
        requireFxThread();
        Objects.requireNonNull(subscribe, "subscribe");
        ObservableValue<Boolean> showing = node.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        PulseSubscription[] current = new PulseSubscription[1];
        ChangeListener<Boolean> onChange = (obs, was, is) -> {
            if (is && current[0] == null) {
                current[0] = subscribe.get();
            } else if (!is && current[0] != null) {
                current[0].close();
                current[0] = null;
            }
        };
        showing.addListener(onChange);
        if (Boolean.TRUE.equals(showing.getValue())) current[0] = subscribe.get();
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                run(() -> {
                    showing.removeListener(onChange);
                    if (current[0] != null) {
                        current[0].close();
                        current[0] = null;
                    }
                });
            }
        };
    }

    /** Number of pulse listeners registered now (push updaters included); for tests and diagnostics. */
    public static int pulseListenerCount() {
        return LISTENERS.size();
    }

    /** True while the shared frame timer runs; FX thread only. */
    static boolean isPulseTimerRunning() {
        return timerRunning;
    }

    /**
     * How long the frame being delivered waited for the FX thread after the clock posted it: a busy or blocked FX
     * thread shows here, a late clock thread (the engine keeps both cores busy) does not.
     */
    public static long frameDelayNanos() {
        return frameDelayNanos;
    }

    /**
     * How long the previous frame's listeners kept the FX thread busy: a frame that draws for too long is a stall
     * too, though the next frame may not have been waiting for it.
     */
    public static long lastFrameWorkNanos() {
        return lastFrameWorkNanos;
    }

    /** Frames per second of the live clock. */
    public static int frameRate() {
        return fps;
    }

    /** The time between two frames of the live clock, in ns. */
    public static long framePeriodNanos() {
        return 1_000_000_000L / fps;
    }

    /** Sets the live clock's rate (1–120 frames per second); takes effect at once. FX thread only. */
    public static void setFrameRate(int framesPerSecond) {
        requireFxThread();
        if (framesPerSecond < 1 || framesPerSecond > 120)
            throw new IllegalArgumentException("frame rate must be 1–120 per second, got " + framesPerSecond);
        fps = framesPerSecond;
        if (timerRunning) {
            stopClock();
            startClock();
        }
    }

    /**
     * Limits the UI threads to {@code share} of all cores (0: no limit; see {@link FrameBudget}); the live clock
     * then skips frames while they are over it. FX thread only.
     */
    public static void setCpuBudget(double share) {
        requireFxThread();
        budget = new FrameBudget(share, Runtime.getRuntime().availableProcessors());
    }

    /**
     * When the budget applies, asked on the clock's thread at every tick: while training runs, say, since a frame only
     * needs to be cheap when something else wants the cores. Null: never (the default).
     */
    public static void budgetWhile(BooleanSupplier applies) {
        budgetApplies = applies == null ? () -> false : applies;
    }

    /** The UI threads' share of all cores that the live clock keeps them under; 0 for none. */
    public static double cpuBudget() {
        return budget.share();
    }

    /** Frames the live clock has posted to the FX thread so far (a budget or a busy FX thread skip some ticks). */
    public static long framesPosted() {
        return FRAMES_POSTED.get();
    }

    private static void updateTimer() {
        boolean wanted = !LISTENERS.isEmpty();
        if (wanted && !timerRunning) startClock();
        else if (!wanted && timerRunning) stopClock();
    }

    private static void startClock() {
        UI_CPU.fxThreadIsCurrent();
        long period = framePeriodNanos();
        ticking = scheduler().scheduleAtFixedRate(FxBridge::tick, period, period, TimeUnit.NANOSECONDS);
        timerRunning = true;
    }

    private static void stopClock() {
        if (ticking != null) ticking.cancel(false);
        ticking = null;
        timerRunning = false;
    }

    /**
     * Clock thread: queues a frame unless one is still waiting (a busy FX thread never gets a backlog) or the UI
     * threads are over their CPU budget.
     */
    private static void tick() {
        if (FRAME_QUEUED.get()) return;
        if (budgetApplies.getAsBoolean() && !budget.mayDraw(System.nanoTime(), UI_CPU.nanos())) return;
        if (FRAME_QUEUED.compareAndSet(false, true)) {
            FRAMES_POSTED.incrementAndGet();
            framePostedAt = System.nanoTime();
            Platform.runLater(() -> {
                long now = System.nanoTime();
                frameDelayNanos = now - framePostedAt;
                FRAME_QUEUED.set(false);
                pulse(now);
                lastFrameWorkNanos = System.nanoTime() - now;
            });
        }
    }

    private static void pulse(long now) {
        for (PulseListener l : LISTENERS) {
            try {
                l.onPulse(now);
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
                if (h != null) h.uncaughtException(t, e);
                else e.printStackTrace();
            }
        }
    }
}
