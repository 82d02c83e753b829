package io.spikeworks.data.event;

import io.spikeworks.data.SplitMix64;
import io.spikeworks.data.TrainTestSplit;
import java.util.ArrayList;
import java.util.List;

/**
 * An event-camera task made on the spot: a bar sweeps across a 16×16 sensor in one of four directions (the class),
 * and each pixel the bar's leading edge enters fires one event in that time bin, as an ON event of a DVS would;
 * background noise adds a few random events. 16 bins per sample, 2,000 training and 500 test samples, fixed data
 * seeds. The direction is in the timing only: every sample's total picture is a filled square, so a model that
 * ignores time cannot do better than chance.
 */
public final class MovingBars {
    public static final int SIDE = 16;
    public static final int STEPS = 16;
    public static final int TRAIN_SIZE = 2000;
    public static final int TEST_SIZE = 500;
    public static final List<String> CLASSES = List.of("right", "left", "down", "up");
    /** Background events per sample, on average. */
    static final double NOISE_EVENTS = 8;

    private MovingBars() {}

    public static TrainTestSplit split() {
        return new TrainTestSplit(generate("moving-bars/train", TRAIN_SIZE, 0xBA55L),
                generate("moving-bars/test", TEST_SIZE, 0x7E57L));
    }

    static EventStreamSet generate(String name, int n, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        List<Integer> steps = new ArrayList<>();
        List<Integer> channels = new ArrayList<>();
        int[] offsets = new int[n + 1];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            int label = rng.nextInt(4);
            labels[i] = (byte) label;
            boolean[][] fired = new boolean[STEPS][SIDE * SIDE];
            // the edge enters one row or column per bin, from a random start (−4 … 4) so that timing varies
            int start = rng.nextInt(9) - 4;
            for (int line = 0; line < SIDE; line++) {
                int t = Math.min(STEPS - 1, Math.max(0, start + line));
                int pos = label == 0 || label == 2 ? line : SIDE - 1 - line;
                for (int k = 0; k < SIDE; k++) {
                    int x = label < 2 ? pos : k;
                    int y = label < 2 ? k : pos;
                    fired[t][y * SIDE + x] = true;
                }
            }
            int noise = (int) Math.round(NOISE_EVENTS * 2 * rng.nextDouble());
            for (int k = 0; k < noise; k++) fired[rng.nextInt(STEPS)][rng.nextInt(SIDE * SIDE)] = true;
            for (int t = 0; t < STEPS; t++)
                for (int c = 0; c < SIDE * SIDE; c++)
                    if (fired[t][c]) {
                        steps.add(t);
                        channels.add(c);
                    }
            offsets[i + 1] = steps.size();
        }
        return new EventStreamSet(name, new int[]{1, SIDE, SIDE}, STEPS, offsets,
                steps.stream().mapToInt(Integer::intValue).toArray(), channels.stream().mapToInt(Integer::intValue).toArray(),
                labels, CLASSES);
    }
}
