package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;

/**
 * One sample-step's input spikes, as every conv route over spikes starts from them: read from the slot's spike list
 * when the input comes listed, else found in the 0/1 input itself; and, when a route asks, their positions grouped
 * by input channel, so one channel's kernel slices stay in cache while its spikes are worked.
 */
final class SampleSpikes {
    private final int inputs;
    private final int cin;
    private final int[] scanned;
    /** The spiking inputs (y·w + x)·cin + ci, ascending, in indices[from … to). */
    int[] indices;
    int from;
    int to;
    /** After {@link #groupByChannel}: channel ci's spike positions y·w + x, ascending, at channelStart[ci] …. */
    final int[] byChannel;
    final int[] channelStart;
    private final int[] fill;

    SampleSpikes(int inputs, int cin) {
        this.inputs = inputs;
        this.cin = cin;
        this.scanned = new int[inputs + 8]; // listNonZero may write a few past the last one kept
        this.byChannel = new int[inputs];
        this.channelStart = new int[cin + 1];
        this.fill = new int[cin];
    }

    /** Slot (t, b)'s spikes: from ev when it is not null, else the non-zero entries of x[xb … xb + inputs). */
    SampleSpikes read(float[] x, int xb, SpikeEvents ev, int t, int b) {
        if (ev != null) {
            indices = ev.indices();
            from = ev.from(t, b);
            to = ev.to(t, b);
        } else {
            indices = scanned;
            from = 0;
            to = Kernels.get().listNonZero(x, xb, inputs, scanned, 0);
        }
        return this;
    }

    int count() {
        return to - from;
    }

    /** Counting sort of the spikes' positions by channel into byChannel / channelStart. */
    void groupByChannel() {
        final int n = count();
        if (cin == 1) {
            System.arraycopy(indices, from, byChannel, 0, n);
            channelStart[0] = 0;
            channelStart[1] = n;
            return;
        }
        java.util.Arrays.fill(channelStart, 0);
        for (int e = from; e < to; e++) channelStart[indices[e] % cin + 1]++;
        for (int ci = 0; ci < cin; ci++) channelStart[ci + 1] += channelStart[ci];
        System.arraycopy(channelStart, 0, fill, 0, cin);
        for (int e = from; e < to; e++) {
            final int p = indices[e] / cin;
            byChannel[fill[indices[e] - p * cin]++] = p;
        }
    }
}
