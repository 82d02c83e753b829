package io.spikeworks.sim.kernel;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Configures ND4J once, before its first op. On small machines its default OpenMP thread count makes
 * every small op stall on a thread barrier (~8 ms on 2 cores), so the thread count is capped.
 * Override with {@code -Dspikeworks.nd4j.threads=N}.
 */
public final class TensorRuntime {
    private static volatile boolean configured;
    private static int threads;

    private TensorRuntime() {}

    public static synchronized void ensureConfigured() {
        if (configured) return;
        threads = plannedThreads();
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        Nd4j.setDefaultDataTypes(org.nd4j.linalg.api.buffer.DataType.FLOAT, org.nd4j.linalg.api.buffer.DataType.FLOAT);
        configured = true;
    }

    public static int threads() {
        ensureConfigured();
        return threads;
    }

    /**
     * The thread count ND4J gets when it is first used, without loading it: its native libraries take about
     * 100 MB of resident memory, which a run that never multiplies dense matrices (conv nets, spike inputs) need not pay.
     */
    public static int plannedThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Integer.getInteger("spikeworks.nd4j.threads", cores <= 2 ? 1 : cores / 2);
    }
}
