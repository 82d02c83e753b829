package io.spikeworks.sim.encode;

/**
 * The encoder of data that are spikes already (event streams): the trainer and the sample inspector hand a sample's
 * own spikes to the network and never ask this encoder. Asked to encode intensities anyway (a caller without the
 * events) it codes them as regular rates, so that path still shows activity; it says so in its id's help.
 */
public final class EventsEncoder implements SpikeEncoder {
    private final RateEncoder rates = new RateEncoder(1.0);

    @Override
    public String id() {
        return "events";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out) {
        rates.encode(x, xOff, batch, features, steps, seed, firstSample, out);
    }
}
