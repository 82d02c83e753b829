package io.spikeworks.sim;

/**
 * Work counted by the engine as it runs, not estimated afterwards. Not thread-safe: one per worker.
 * synapticOps counts events × fan-out on spike inputs; denseMacs counts multiply-accumulates on non-spike
 * inputs and in the backward pass; skippedMacs counts the dense MACs that event-driven routing avoided;
 * complementOpsSaved counts the forward additions (rows × fan-out) saved by summing a step of a
 * rate-coded sample as its total minus its silent inputs: the work done is synapticOps − complementOpsSaved.
 */
public final class EngineCounters {
    public long synapticOps;
    public long denseMacs;
    public long backwardMacs;
    public long skippedMacs;
    public long complementOpsSaved;
    public long neuronUpdates;
    /** Weight changes made by a local learning rule on the chip itself (nBP's ±2 steps), not by an optimiser. */
    public long plasticUpdates;
    public long samples;
    /** Peak bytes held for the backward pass in one batch. */
    public long backwardBytesPeak;
    /**
     * CPU nanoseconds per layer (by index), forward and backward, when {@link Network#setTimingLayers} is on; null
     * otherwise. Says where a batch's time goes (bench prints it).
     */
    public long[] layerForwardNanos;
    public long[] layerBackwardNanos;

    /** Adds ns of CPU time to layer i's forward (or backward) total. */
    public void addLayerTime(int i, int layers, long ns, boolean backward) {
        if (layerForwardNanos == null) {
            layerForwardNanos = new long[layers];
            layerBackwardNanos = new long[layers];
        }
        (backward ? layerBackwardNanos : layerForwardNanos)[i] += ns;
    }

    private static long[] sum(long[] a, long[] b, int sign) {
        if (b == null) return a;
        long[] r = a == null ? new long[b.length] : a.clone();
        for (int i = 0; i < b.length; i++) r[i] += sign * b[i];
        return r;
    }

    public void add(EngineCounters o) {
        synapticOps += o.synapticOps;
        denseMacs += o.denseMacs;
        backwardMacs += o.backwardMacs;
        skippedMacs += o.skippedMacs;
        complementOpsSaved += o.complementOpsSaved;
        neuronUpdates += o.neuronUpdates;
        plasticUpdates += o.plasticUpdates;
        samples += o.samples;
        backwardBytesPeak = Math.max(backwardBytesPeak, o.backwardBytesPeak);
        layerForwardNanos = sum(layerForwardNanos, o.layerForwardNanos, 1);
        layerBackwardNanos = sum(layerBackwardNanos, o.layerBackwardNanos, 1);
    }

    /** The work done since {@code before} was copied from this; the peak is this one's. */
    public EngineCounters since(EngineCounters before) {
        EngineCounters d = new EngineCounters();
        d.synapticOps = synapticOps - before.synapticOps;
        d.denseMacs = denseMacs - before.denseMacs;
        d.backwardMacs = backwardMacs - before.backwardMacs;
        d.skippedMacs = skippedMacs - before.skippedMacs;
        d.complementOpsSaved = complementOpsSaved - before.complementOpsSaved;
        d.neuronUpdates = neuronUpdates - before.neuronUpdates;
        d.plasticUpdates = plasticUpdates - before.plasticUpdates;
        d.samples = samples - before.samples;
        d.backwardBytesPeak = backwardBytesPeak;
        if (layerForwardNanos != null) {
            d.layerForwardNanos = sum(layerForwardNanos, before.layerForwardNanos, -1);
            d.layerBackwardNanos = sum(layerBackwardNanos, before.layerBackwardNanos, -1);
        }
        return d;
    }

    public EngineCounters copy() {
        EngineCounters c = new EngineCounters();
        c.add(this);
        return c;
    }

    public void clear() {
        synapticOps = denseMacs = backwardMacs = skippedMacs = complementOpsSaved = neuronUpdates = plasticUpdates = samples
                = backwardBytesPeak = 0;
        layerForwardNanos = layerBackwardNanos = null;
    }
}
