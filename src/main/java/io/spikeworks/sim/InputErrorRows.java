package io.spikeworks.sim;

import io.spikeworks.sim.kernel.SpikeEvents;

/**
 * The weight gradient of a layer fed by listed spikes, dW[i] = Σ over (t, b) where input i spiked of E[t][b],
 * regrouped by input over a whole batch: per input, the error rows to add and the rows to subtract. Rows index
 * an error tensor of (steps + 1)·batch rows: row t·batch + b is step t of sample b, row steps·batch + b is
 * sample b's sum over all steps. When the producer listed each step's silent inputs (rate coding, see
 * {@link SpikeEvents#hasComplements()}), an input that spikes in most steps of a sample costs its sample's sum
 * minus its silent steps instead of one row per spike. Each weight row is then read and written once per batch.
 */
final class InputErrorRows {
    private int inputs;
    /** After {@link #group}: input i adds rows plus[plusEnd[i−1] … plusEnd[i]) (from 0 for i = 0). */
    int[] plusEnd = new int[1];
    int[] plus = new int[1024];
    /** Likewise the rows input i subtracts. */
    int[] minusEnd = new int[1];
    int[] minus = new int[1024];
    private int[] spikeCount = new int[0];
    private boolean[] turned = new boolean[0];
    private boolean[] turnedEntry = new boolean[0];
    private boolean usesSums;

    /**
     * Groups the listed spikes of all steps of a batch by input. Returns the number of spikes; afterwards
     * {@link #usesSums()} says whether any per-sample sum row is referenced.
     */
    int group(SpikeEvents ev, int steps, int batch, int in, boolean complement) {
        if (inputs != in) {
            inputs = in;
            plusEnd = new int[in + 1];
            minusEnd = new int[in + 1];
            spikeCount = new int[in];
            turned = new boolean[in];
        }
        java.util.Arrays.fill(plusEnd, 0);
        java.util.Arrays.fill(minusEnd, 0);
        final int[] idx = ev.indices();
        final boolean sums = complement && ev.hasComplements();
        usesSums = false;
        int spikes = 0;
        // pass 1: how many rows each input adds and subtracts (counted one place up, as a prefix sum wants)
        if (sums) {
            final int[] universe = ev.universe();
            if (turnedEntry.length < ev.universeTo(batch - 1)) turnedEntry = new boolean[ev.universeTo(batch - 1)];
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < steps; t++) {
                    for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) spikeCount[idx[e]]++;
                }
                for (int e = ev.universeFrom(b), end = ev.universeTo(b); e < end; e++) {
                    int i = universe[e];
                    int k = spikeCount[i];
                    spikeCount[i] = 0;
                    spikes += k;
                    boolean turn = 1 + steps - k < k; // the sum plus the silent steps is fewer rows
                    turnedEntry[e] = turn;
                    if (turn) {
                        plusEnd[i + 1]++;
                        minusEnd[i + 1] += steps - k;
                        usesSums = true;
                    } else {
                        plusEnd[i + 1] += k;
                    }
                }
            }
        } else {
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < steps; t++) {
                    for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) plusEnd[idx[e] + 1]++;
                }
            }
            spikes = ev.slotStarts()[steps * batch] - ev.slotStarts()[0];
        }
        for (int i = 0; i < in; i++) {
            plusEnd[i + 1] += plusEnd[i];
            minusEnd[i + 1] += minusEnd[i];
        }
        if (plus.length < plusEnd[in]) plus = new int[Math.max(plusEnd[in], 2 * plus.length)];
        if (minus.length < minusEnd[in]) minus = new int[Math.max(minusEnd[in], 2 * minus.length)];
        // pass 2: fill; plusEnd[i] starts as input i's first slot and ends as its end
        for (int b = 0; b < batch; b++) {
            if (sums) {
                final int[] universe = ev.universe();
                final int[] silent = ev.silent();
                for (int e = ev.universeFrom(b), end = ev.universeTo(b); e < end; e++) turned[universe[e]] = turnedEntry[e];
                for (int t = 0; t < steps; t++) {
                    int row = t * batch + b;
                    for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) {
                        int i = idx[e];
                        if (!turned[i]) plus[plusEnd[i]++] = row;
                    }
                    for (int e = ev.silentFrom(t, b), end = ev.silentTo(t, b); e < end; e++) {
                        int i = silent[e];
                        if (turned[i]) minus[minusEnd[i]++] = row;
                    }
                }
                int sumRow = steps * batch + b;
                for (int e = ev.universeFrom(b), end = ev.universeTo(b); e < end; e++) {
                    if (turnedEntry[e]) plus[plusEnd[universe[e]]++] = sumRow;
                }
            } else {
                for (int t = 0; t < steps; t++) {
                    int row = t * batch + b;
                    for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) plus[plusEnd[idx[e]]++] = row;
                }
            }
        }
        return spikes;
    }

    /** Whether the grouping refers to per-sample sum rows (which the caller must then fill). */
    boolean usesSums() {
        return usesSums;
    }

    int plusFrom(int i) {
        return i == 0 ? 0 : plusEnd[i - 1];
    }

    int minusFrom(int i) {
        return i == 0 ? 0 : minusEnd[i - 1];
    }
}
