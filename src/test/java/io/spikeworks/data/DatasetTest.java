package io.spikeworks.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetTest {
    /** 10 samples of 2 channels × 1×2; sample i has bytes {i, 255-i, 10*i, 0}, label i mod 3. */
    private static Dataset twoChannelSet() {
        int n = 10;
        byte[] pixels = new byte[n * 4];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            pixels[i * 4] = (byte) i;
            pixels[i * 4 + 1] = (byte) (255 - i);
            pixels[i * 4 + 2] = (byte) (10 * i);
            pixels[i * 4 + 3] = 0;
            labels[i] = (byte) (i % 3);
        }
        return Dataset.of("test", pixels, labels, new int[]{2, 1, 2}, List.of("a", "b", "c"));
    }

    @Test
    void describesItself() {
        Dataset d = twoChannelSet();
        assertEquals(10, d.size());
        assertArrayEquals(new int[]{2, 1, 2}, d.sampleShape());
        assertEquals(4, d.sampleLength());
        assertEquals(2, d.channels());
        assertEquals(3, d.numClasses());
        assertEquals(List.of("a", "b", "c"), d.classNames());
        assertEquals(1, d.label(7));
        assertArrayEquals(new int[]{4, 3, 3}, d.classHistogram());
    }

    @Test
    void unitRangeScalesBytesToZeroOne() {
        Dataset d = twoChannelSet();
        float[] dest = new float[6];
        d.copySample(9, dest, 1);
        assertArrayEquals(new float[]{0, 9 / 255f, 246 / 255f, 90 / 255f, 0, 0}, dest);
    }

    @Test
    void unsignedBytesAbove127StayPositive() {
        Dataset d = Dataset.of("hi", new byte[]{(byte) 200, (byte) 255}, new byte[]{0}, new int[]{1, 1, 2},
                List.of("x"));
        float[] dest = new float[2];
        d.copySample(0, dest, 0);
        assertArrayEquals(new float[]{200 / 255f, 1f}, dest);
    }

    @Test
    void standardisationUsesPerChannelStatistics() {
        Dataset d = twoChannelSet();
        Normalization stats = d.channelStatistics();
        float[] mean = stats.mean(2);
        // channel 0 holds i and 255-i: mean 127.5/255 for every sample
        assertEquals(0.5f, mean[0], 1e-6f);
        // channel 1 holds 10*i and 0: mean of 10*i over 20 values, i = 0..9 → 22.5/255
        assertEquals(22.5f / 255f, mean[1], 1e-6f);

        Dataset standardized = d.withNormalization(stats);
        float[] all = new float[d.size() * d.sampleLength()];
        int[] indices = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        standardized.fillBatch(indices, 0, 10, all, new int[10]);
        for (int c = 0; c < 2; c++) {
            double sum = 0, sumSq = 0;
            for (int i = 0; i < 10; i++) {
                for (int k = 0; k < 2; k++) {
                    float v = all[i * 4 + c * 2 + k];
                    sum += v;
                    sumSq += v * v;
                }
            }
            assertEquals(0, sum / 20, 1e-5, "channel " + c + " mean");
            assertEquals(1, sumSq / 20, 1e-4, "channel " + c + " variance");
        }
    }

    @Test
    void fillBatchWritesSamplesAndLabelsInIndexOrder() {
        Dataset d = twoChannelSet();
        float[] features = new float[3 * 4];
        int[] labels = new int[3];
        d.fillBatch(new int[]{99, 5, 2, 7}, 1, 3, features, labels);
        assertArrayEquals(new int[]{2, 2, 1}, labels);
        float[] expected = new float[4];
        d.copySample(7, expected, 0);
        assertArrayEquals(expected, Arrays.copyOfRange(features, 8, 12));
    }

    @Test
    void fillBatchRejectsSmallBuffers() {
        Dataset d = twoChannelSet();
        assertThrows(IllegalArgumentException.class, () -> d.fillBatch(new int[]{0, 1}, 0, 2, new float[7], new int[2]));
        assertThrows(IllegalArgumentException.class, () -> d.fillBatch(new int[]{0, 1}, 0, 2, new float[8], new int[1]));
        assertThrows(IndexOutOfBoundsException.class, () -> d.label(10));
    }

    @Test
    void limitKeepsTheFirstSamples() {
        Dataset d = twoChannelSet();
        Dataset first4 = d.limit(4);
        assertEquals(4, first4.size());
        for (int i = 0; i < 4; i++) assertEquals(d.label(i), first4.label(i));
        assertSame(d, d.limit(10));
        assertSame(d, d.limit(1000));
        assertEquals(2, first4.limit(2).size());
        assertEquals(0, d.limit(0).size());
    }

    @Test
    void selectAndViewsOfViewsMapToTheRightSamples() {
        Dataset d = twoChannelSet();
        Dataset picked = d.select(new int[]{9, 3, 5}).select(new int[]{2, 0});
        byte[] raw = new byte[4];
        picked.copyRawSample(0, raw, 0);
        assertArrayEquals(new byte[]{5, (byte) 250, 50, 0}, raw);
        assertEquals(0, picked.label(1));
    }

    @Test
    void validationSplitIsDisjointCompleteAndSeeded() {
        Dataset d = twoChannelSet();
        TrainValidationSplit a = d.splitValidation(3, 42);
        assertEquals(7, a.train().size());
        assertEquals(3, a.validation().size());
        boolean[] seen = new boolean[10];
        for (Dataset part : List.of(a.train(), a.validation())) {
            byte[] raw = new byte[4];
            for (int i = 0; i < part.size(); i++) {
                part.copyRawSample(i, raw, 0);
                int original = raw[0];
                assertTrue(!seen[original], "sample " + original + " in both parts");
                seen[original] = true;
            }
        }
        for (boolean s : seen) assertTrue(s);

        assertEquals(rawFirstBytes(a.validation()), rawFirstBytes(d.splitValidation(3, 42).validation()));
        assertEquals(2, d.splitValidation(0.2, 1).validation().size());
        boolean anyDiffers = false;
        for (long seed = 0; seed < 5 && !anyDiffers; seed++) {
            anyDiffers = !rawFirstBytes(d.splitValidation(3, seed).validation()).equals(rawFirstBytes(a.validation()));
        }
        assertTrue(anyDiffers, "other seeds should give other splits");
    }

    private static List<Integer> rawFirstBytes(Dataset d) {
        byte[] raw = new byte[4];
        Integer[] out = new Integer[d.size()];
        for (int i = 0; i < d.size(); i++) {
            d.copyRawSample(i, raw, 0);
            out[i] = (int) raw[0];
        }
        return List.of(out);
    }

    @Test
    void normalisationCarriesThroughViews() {
        Dataset d = twoChannelSet();
        Normalization n = Normalization.standardize(new float[]{0.5f, 0.5f}, new float[]{0.25f, 0.25f});
        Dataset view = d.withNormalization(n).limit(3);
        assertEquals(n, view.normalization());
        float[] dest = new float[4];
        view.copySample(0, dest, 0);
        assertEquals((0 - 0.5f) / 0.25f, dest[0], 1e-6f);
        assertNotEquals(d.normalization(), view.normalization());
    }

    @Test
    void rejectsInconsistentInput() {
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.of("x", new byte[5], new byte[1], new int[]{1, 2, 2}, List.of("a")));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.of("x", new byte[4], new byte[]{1}, new int[]{1, 2, 2}, List.of("a")));
        assertThrows(IllegalArgumentException.class,
                () -> twoChannelSet().withNormalization(Normalization.standardize(new float[]{0}, new float[]{1})));
    }
}
