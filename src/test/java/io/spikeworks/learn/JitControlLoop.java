package io.spikeworks.learn;

/** A hot loop outside the UI's packages: the JIT's C2 should still compile it (see UiC1OnlyTest). */
public final class JitControlLoop {
    private JitControlLoop() {}

    public static long sum(int[] values, int salt) {
        long s = salt;
        for (int v : values) s = s * 31 + (v ^ salt);
        return s;
    }
}
