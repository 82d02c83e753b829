package io.spikeworks.session;

import io.spikeworks.data.Dataset;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spikeworks.session.TinySessions.BATCHES_PER_EPOCH;
import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounded, versioned telemetry, captured only when someone looks. */
class TelemetryTest {
    @Test
    void metricsRingKeepsTheLastNAndCountsAll() {
        MetricsRing ring = new MetricsRing(5);
        assertNull(ring.latest());
        assertEquals(List.of(), ring.since(0));
        for (int i = 1; i <= 12; i++) ring.append(i, 1, i, 12, 1, 16L * i, 1.0 / i, 0.5, 100, 1e-3, i, i * 10L);
        assertEquals(12, ring.count());
        assertEquals(7, ring.firstHeld());
        List<BatchMetrics> all = ring.since(0);
        assertEquals(5, all.size(), "bounded");
        assertEquals(7, all.get(0).index());
        assertEquals(8, all.get(0).iteration());
        assertEquals(List.of(10L, 11L), ring.since(10).stream().map(BatchMetrics::index).toList());
        assertEquals(List.of(), ring.since(12));
        BatchMetrics last = ring.latest();
        assertEquals(11, last.index());
        assertEquals(1.0 / 12, last.loss());
        assertEquals(120L, last.clockNanos());
        assertEquals(1.0, last.fractionDone());
    }

    @Test
    void aFrameIsCapturedAgainOnlyAfterAReaderTookIt() {
        SharedFrame<CounterSnapshot> frame = new SharedFrame<>(new CounterSnapshot());
        CounterSnapshot mine = new CounterSnapshot();
        assertTrue(frame.wanted(), "nothing published yet");
        assertFalse(frame.read(mine));
        long stamp = frame.beginWrite();
        frame.shared().counters.synapticOps = 42;
        frame.endWrite(stamp);
        assertFalse(frame.wanted(), "published, not yet read");
        assertTrue(frame.read(mine));
        assertEquals(42, mine.counters().synapticOps);
        assertEquals(1, mine.version());
        assertTrue(frame.wanted());
        assertFalse(frame.read(mine), "nothing new");
        stamp = frame.beginWrite();
        frame.shared().counters.synapticOps = 43;
        frame.endWrite(stamp);
        assertTrue(frame.read(mine));
        assertEquals(2, mine.version());
        assertEquals(43, mine.counters().synapticOps);
    }

    @Test
    void afterStepsTheRasterWeightsAndCountersShowTheLastBatch() throws Exception {
        Dataset train = TinySessions.train();
        try (TrainingSession s = TinySessions.open(TinySessions.project(), SessionOptions.defaults().withMetricsCapacity(4))) {
            StatusRecorder rec = StatusRecorder.on(s);
            Telemetry tel = s.telemetry();
            long v0 = tel.version();
            stepBatches(s, rec, 6);
            assertTrue(tel.version() > v0);
            assertEquals(6, tel.metrics().count());
            assertEquals(4, tel.metrics().since(0).size());
            assertEquals(6, tel.metrics().latest().iteration());

            RasterFrame f = new RasterFrame();
            assertTrue(tel.readRaster(f));
            assertEquals(6, f.iteration());
            assertEquals(1, f.epoch());
            assertEquals(6, f.batch());
            assertEquals(5, f.steps());
            assertEquals(train.label(f.sampleIndex()), f.label());
            assertEquals(List.of("input", "hidden1", "out"), f.layers().stream().map(LayerRaster::name).toList());
            LayerRaster input = f.layer("input");
            assertEquals(64, input.neurons());
            assertFalse(input.spiking());
            assertFalse(input.analog(), "Poisson spikes");
            int ones = 0;
            for (byte b : input.spikes()) {
                assertTrue(b == 0 || b == 1);
                ones += b;
            }
            assertEquals(ones, input.spikeCount());
            assertTrue(ones > 0, "Poisson input spikes");
            assertEquals(16, f.layer("hidden1").tracedNeurons().length);
            assertEquals(4, f.layer("out").tracedNeurons().length);
            assertEquals(4, f.outputs().length);
            assertFalse(tel.readRaster(f), "no new frame while paused");
            long quiet = tel.version();
            assertFalse(tel.readRaster(f));
            assertEquals(quiet, tel.version(), "reading changes nothing");

            WeightSnapshot w = new WeightSnapshot();
            assertTrue(tel.readWeights(w));
            assertEquals(6, w.iteration());
            assertEquals(List.of("hidden1.weight", "hidden1.bias", "out.weight", "out.bias"), w.names());
            Checkpoint c = get(s.checkpoint());
            assertArrayEquals(c.params().get("out.weight"), w.values("out.weight"));
            assertArrayEquals(new int[]{64, 16}, w.shape(0));

            CounterSnapshot k = new CounterSnapshot();
            assertTrue(tel.readCounters(k));
            assertEquals(6, k.iteration());
            assertEquals(6L * 16, k.counters().samples);
            assertTrue(k.counters().synapticOps > 0);

            // choose traced neurons; they apply from the next capture
            tel.traceNeurons("hidden1", 2, 7);
            assertThrows(IllegalArgumentException.class, () -> tel.traceNeurons("hidden1", 16));
            assertThrows(IllegalArgumentException.class, () -> tel.traceNeurons("input", 0));
            stepBatches(s, rec, 1);
            assertTrue(tel.readRaster(f));
            assertArrayEquals(new int[]{2, 7}, f.layer("hidden1").tracedNeurons());
            assertEquals(7, f.iteration());
        }
    }

    @Test
    void nobodyLookingMeansNoRasterCopiesBeyondFirstAndEpochEnds() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project(3, 1e-2))) {
            StatusRecorder rec = StatusRecorder.on(s);
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            assertEquals(3L * BATCHES_PER_EPOCH, s.telemetry().metrics().count());
            RasterFrame f = new RasterFrame();
            assertTrue(s.telemetry().readRaster(f));
            assertEquals(4, f.version(), "the first batch and the last of each of 3 epochs, of 24");
            WeightSnapshot w = new WeightSnapshot();
            assertTrue(s.telemetry().readWeights(w));
            assertEquals(4, w.version());
            assertEquals(3, s.telemetry().evaluations().size());
        }
    }

    /** Every copy a reader gets is whole, however often the worker writes meanwhile. */
    static void assertWhole(RasterFrame f) {
        assertEquals((f.iteration() - 1) % BATCHES_PER_EPOCH + 1, f.batch(), "batch agrees with iteration");
        for (LayerRaster l : f.layers()) {
            int sum = 0;
            for (byte b : l.spikes()) sum += b;
            assertEquals(l.spikeCount(), sum, l.name() + " spike count agrees with its raster");
        }
    }

    @Test
    void readersRacingTheWorkerGetWholeFrames() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project(25, 1e-2),
                SessionOptions.defaults().withWeightInterval(java.time.Duration.ZERO))) {
            StatusRecorder rec = StatusRecorder.on(s);
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            int[] frames = new int[1];
            Thread reader = new Thread(() -> {
                RasterFrame f = new RasterFrame();
                WeightSnapshot w = new WeightSnapshot();
                CounterSnapshot k = new CounterSnapshot();
                long lastWeights = 0;
                long nextMetric = 0;
                try {
                    while (!done.get()) {
                        if (s.telemetry().readRaster(f)) {
                            assertWhole(f);
                            frames[0]++;
                        }
                        if (s.telemetry().readWeights(w)) {
                            assertTrue(w.iteration() >= lastWeights);
                            lastWeights = w.iteration();
                        }
                        if (s.telemetry().readCounters(k)) // trained samples, plus 32 per evaluation before this batch
                            assertEquals(k.iteration() * 16 + (k.iteration() - 1) / BATCHES_PER_EPOCH * TinySessions.TEST,
                                    k.counters().samples);
                        for (BatchMetrics m : s.telemetry().metrics().since(nextMetric)) {
                            assertEquals(nextMetric, m.index(), "no gaps, no repeats");
                            assertEquals(m.index() + 1, m.iteration());
                            nextMetric++;
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            done.set(true);
            reader.join(TinySessions.WAIT.toMillis());
            if (failure.get() != null) throw new AssertionError("reader saw a torn copy", failure.get());
            assertTrue(frames[0] > 1, "frames read: " + frames[0]);
        }
    }

    @Test
    void aDirectCurrentInputIsCapturedAsSignedLevelsOfItsValuesNotAsSpikes() throws Exception {
        // before, a value counted as a spike from 0.5 on: a function's samples showed as all spikes or none
        Project p = TinySessions.project().withEncoder(io.spikeworks.model.ComponentCatalog.standard()
                .create(io.spikeworks.model.ComponentFamily.ENCODER, "direct"));
        Dataset train = TinySessions.train();
        try (TrainingSession s = TinySessions.open(p, SessionOptions.defaults())) {
            stepBatches(s, StatusRecorder.on(s), 1);
            RasterFrame f = new RasterFrame();
            assertTrue(s.telemetry().readRaster(f));
            LayerRaster input = f.layer("input");
            assertTrue(input.analog());
            float[] px = new float[64];
            train.copySample(f.sampleIndex(), px, 0);
            float most = 0;
            for (float v : px) most = Math.max(most, Math.abs(v));
            assertTrue(most > 0);
            int nonzero = 0;
            for (int t = 0; t < f.steps(); t++)
                for (int n = 0; n < 64; n++) {
                    // the direct encoder feeds the pixel at every step (gain 1)
                    int expected = px[n] == 0 ? 0 : Math.round(127 * px[n] / most);
                    if (expected == 0 && px[n] != 0) expected = 1;
                    assertEquals(expected, input.spikes()[t * 64 + n], "step " + t + " input " + n);
                    assertEquals(px[n] != 0, input.spike(t, n));
                    if (px[n] != 0) nonzero++;
                }
            assertEquals(nonzero, input.spikeCount(), "cells that are not 0");
        }
    }

    @Test
    void levelsAreSignedAndKeepSmallValuesVisible() {
        LayerRaster r = new LayerRaster();
        r.steps = 2;
        r.neurons = 3;
        r.spikes = new byte[6];
        RasterCapture.copyLevels(r, new float[]{0f, 2f, -1f, 1e-4f, Float.NaN, -2f});
        assertArrayEquals(new byte[]{0, 127, -63, 1, 0, -127}, r.spikes()); // -63.5 rounds up
        assertEquals(4, r.spikeCount());
        RasterCapture.copyLevels(r, new float[6]);
        assertArrayEquals(new byte[6], r.spikes(), "all zero: nothing to scale by");
    }
}
