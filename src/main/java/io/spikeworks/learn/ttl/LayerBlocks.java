package io.spikeworks.learn.ttl;

import io.spikeworks.sim.Layer;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayList;
import java.util.List;

/**
 * The network's layers cut into blocks of k consecutive spiking layers, each block trained by its own loss. A
 * pass-through layer (pooling) belongs to the block of the spiking layer before it (to the first block when it comes
 * first), so a block ends on its last spiking layer's pooling; k = 0 or k ≥ the spiking layers is one block.
 *
 * @param low  index of each block's first layer in the network
 * @param high index of each block's last layer (its output feeds the block's head, or the readout for the last)
 */
public record LayerBlocks(int[] low, int[] high) {
    public static LayerBlocks of(List<Layer> layers, int blockSize) {
        int spiking = 0;
        for (Layer l : layers) if (l instanceof SpikingLayer) spiking++;
        int k = blockSize <= 0 || blockSize >= spiking ? Math.max(spiking, 1) : blockSize;
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int seen = 0;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof SpikingLayer) seen++;
            boolean nextIsPassThrough = i + 1 < layers.size() && !(layers.get(i + 1) instanceof SpikingLayer);
            if (i == layers.size() - 1 || (seen == k && !nextIsPassThrough)) {
                spans.add(new int[]{start, i});
                start = i + 1;
                seen = 0;
            }
        }
        int[] lo = new int[spans.size()];
        int[] hi = new int[spans.size()];
        for (int b = 0; b < spans.size(); b++) {
            lo[b] = spans.get(b)[0];
            hi[b] = spans.get(b)[1];
        }
        return new LayerBlocks(lo, hi);
    }

    public int count() {
        return low.length;
    }

    /** Whether block b ends on the network's output layer (trained by the project's readout and loss). */
    public boolean endsOnOutput(int b) {
        return b == low.length - 1;
    }
}
