package io.spikeworks.session;

import io.spikeworks.model.Component;
import org.junit.jupiter.api.Test;

import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.*;

/** The traced neurons' input current, recorded on request, reaches the raster frame and fits the LIF equation. */
class InputCurrentTraceTest {
    @Test
    void recordedCurrentDrivesTheRecordedMembrane() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            StatusRecorder rec = StatusRecorder.on(s);
            Telemetry tel = s.telemetry();
            Component neuron = s.project().network().layers().get(0).neuron();
            assertEquals("lif", neuron.type());
            assertEquals("subtract", neuron.getString("reset"));
            double beta = neuron.getDouble("beta");
            double theta = neuron.getDouble("threshold");

            stepBatches(s, rec, 1);
            RasterFrame f = new RasterFrame();
            assertTrue(tel.readRaster(f));
            assertFalse(f.layer("hidden1").hasCurrents(), "not asked for");
            assertThrows(IllegalStateException.class, () -> f.layer("hidden1").current(0, 0));

            // asked for while paused: the very next batch records it, for the neurons traced then
            tel.traceInputCurrent(true);
            tel.traceNeurons("hidden1", 3, 0, 11, 6, 9);
            stepBatches(s, rec, 1);
            assertTrue(tel.readRaster(f));
            LayerRaster r = f.layer("hidden1");
            assertTrue(r.hasCurrents());
            assertArrayEquals(new int[]{3, 0, 11, 6, 9}, r.tracedNeurons());
            assertTrue(f.layer("out").hasCurrents(), "every spiking layer's traced neurons");
            int spikes = 0;
            for (int k = 0; k < 5; k++) {
                int n = r.tracedNeurons()[k];
                assertEquals(r.current(0, k), r.trace(0, k), 1e-6, "U[0] = I[0]");
                for (int t = 1; t < r.steps(); t++) {
                    double expected = beta * r.trace(t - 1, k) + r.current(t, k) - theta * (r.spike(t - 1, n) ? 1 : 0);
                    assertEquals(expected, r.trace(t, k), 1e-5, "neuron " + n + ", step " + t);
                }
                for (int t = 0; t < r.steps(); t++) spikes += r.spike(t, n) ? 1 : 0;
            }
            boolean varies = false;
            for (int t = 1; t < r.steps() && !varies; t++) varies = r.current(t, 0) != r.current(0, 0);
            assertTrue(varies, "a current that follows the input spikes, not a constant");
            System.out.println("input-current check over " + spikes + " spikes");

            // off again: the next frame has none
            tel.traceInputCurrent(false);
            stepBatches(s, rec, 1);
            assertTrue(tel.readRaster(f));
            assertFalse(f.layer("hidden1").hasCurrents());
        }
    }
}
