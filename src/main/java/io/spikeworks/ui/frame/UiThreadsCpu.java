package io.spikeworks.ui.frame;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far by the threads that turn live data into pixels: the FX application thread (our drawing, CSS,
 * layout) and Prism's render thread (rasterising and compositing, all of it on the CPU with the software pipeline).
 * The X server's share is not seen here; it grows with the same frames. Any thread may ask.
 */
final class UiThreadsCpu {
    private static final String RENDER_THREAD = "QuantumRenderer";
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean supported;
    private volatile long fxThreadId = -1;
    private volatile long renderThreadId = -1;
    private int searches;

    UiThreadsCpu() {
        boolean ok;
        try {
            ok = threads.isThreadCpuTimeSupported();
            if (ok && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        } catch (UnsupportedOperationException | SecurityException e) {
            ok = false;
        }
        supported = ok;
    }

    /** Remembers the calling thread as the FX thread. */
    void fxThreadIsCurrent() {
        fxThreadId = Thread.currentThread().getId();
    }

    /** Nanoseconds of CPU the FX and render threads used so far, or -1 when that cannot be read. */
    long nanos() {
        if (!supported || fxThreadId < 0) return -1;
        // listing all threads is dear: look again only now and then until the renderer is up
        if (renderThreadId < 0 && searches++ % 16 == 0) renderThreadId = find(RENDER_THREAD);
        long fx = threads.getThreadCpuTime(fxThreadId);
        long render = renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId);
        if (fx < 0) return -1;
        return fx + Math.max(0, render);
    }

    private static long find(String prefix) {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith(prefix)) return t.getId();
        return -1;
    }
}
