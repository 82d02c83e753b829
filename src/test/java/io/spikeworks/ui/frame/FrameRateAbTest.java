package io.spikeworks.ui.frame;

import io.spikeworks.session.BatchMetrics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FrameRateAbTest {
    private static final long MS = 1_000_000L;

    /** A batch of 100 samples ending at t ms; samplesSeen counts from the first. */
    private static BatchMetrics batch(long index, long tMillis) {
        return new BatchMetrics(index, index, 1, (int) index, 1000, 1, 100 * (index + 1), 0.5, 0.5, 0, 1e-3, 0,
                tMillis * MS);
    }

    @Test
    void rateLeavesOutEvaluationGapsAndTheSettlingStart() {
        List<BatchMetrics> b = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < 10; i++) b.add(batch(i, t += 10));        // 100 samples per 10 ms: 10,000/s
        t += 400;                                                       // an evaluation
        for (int i = 10; i < 20; i++) b.add(batch(i, t += 10));
        assertEquals(10_000, FrameRateAb.samplesPerSecond(b, 0, t * MS + 1), 1e-6);
        assertTrue(Double.isNaN(FrameRateAb.samplesPerSecond(b, 0, 25 * MS)), "two batches say nothing");
    }

    @Test
    void eachFastWindowIsComparedWithTheSlowOnesAroundIt() {
        List<FrameRateAb.Window> w = List.of(
                new FrameRateAb.Window(15, 9_000),      // no slow window before it: not counted
                new FrameRateAb.Window(1, 10_000),
                new FrameRateAb.Window(15, 9_300),      // 9,300 / mean(10,000, 12,000)
                new FrameRateAb.Window(1, 12_000),
                new FrameRateAb.Window(15, Double.NaN), // unmeasured: not counted
                new FrameRateAb.Window(1, 11_000));
        List<Double> r = FrameRateAb.ratios(w, 15);
        assertEquals(1, r.size());
        assertEquals(9_300 / 11_000.0, r.get(0), 1e-12);
    }

    @Test
    void summaryFromWindowsFedAsTheRunGoes() {
        FrameRateAb ab = new FrameRateAb();
        List<BatchMetrics> b = new ArrayList<>();
        long t = 0;
        int index = 0;
        long[] step = {10, 12, 10, 11, 10}; // ms per batch: slow window, fast (views cost), slow, fast, slow
        for (int k = 0; k < step.length; k++) {
            long from = t * MS;
            for (int i = 0; i < 300; i++) b.add(batch(index++, t += step[k]));
            ab.add(k % 2 == 0 ? 1 : 15, from, t * MS + 1, b);
        }
        String s = ab.summary(15);
        // 10 ms / 12 ms and 10 ms / 11 ms: 0.833 and 0.909, mean 0.871
        assertTrue(s.contains("0.871 of its rate at 1 frame/s (mean of 2 windows, 0.833–0.909)"), s);
        assertTrue(s.endsWith("in run order: 0.83 0.91"), s);
        assertTrue(new FrameRateAb().summary(15).contains("run longer"));
    }
}
