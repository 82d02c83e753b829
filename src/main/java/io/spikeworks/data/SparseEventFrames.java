package io.spikeworks.data;

import java.util.Arrays;
import java.util.List;

/**
 * Event frames made on the spot for speed tests of event-driven networks (bench configuration E): a 2×34×34
 * sensor (polarity, y, x, the size of N-MNIST's frames), 20 time bins, about 5 % of the cells active in each bin.
 * Half of a sample's events fall anywhere; the other half fall in its class's own 10×10 patch (ten patches, one
 * per class), so a network can learn the task, but nothing about the events resembles a real recording.
 * 2,560 training and 640 test samples, fixed data seeds.
 */
public final class SparseEventFrames {
    public static final int[] SHAPE = {2, 34, 34};
    public static final int STEPS = 20;
    public static final double ACTIVE_SHARE = 0.05;
    public static final int TRAIN_SIZE = 2560;
    public static final int TEST_SIZE = 640;
    private static final int PATCH = 10;
    private static final List<String> CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private SparseEventFrames() {}

    public static TrainTestSplit split() {
        return new TrainTestSplit(generate("sparse-events/train", TRAIN_SIZE, 0xE5E7L),
                generate("sparse-events/test", TEST_SIZE, 0x7E57E5L));
    }

    static EventStreamSet generate(String name, int n, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        int side = SHAPE[1];
        int cells = SHAPE[0] * side * side;
        int perStep = (int) Math.round(ACTIVE_SHARE * cells);
        int[] steps = new int[n * STEPS * perStep];
        int[] channels = new int[steps.length];
        int[] offsets = new int[n + 1];
        byte[] labels = new byte[n];
        int[] drawn = new int[perStep];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int label = rng.nextInt(CLASSES.size());
            labels[i] = (byte) label;
            int py = (label / 5) * 12 + 4;
            int px = (label % 5) * 6;
            for (int t = 0; t < STEPS; t++) {
                for (int k = 0; k < perStep; k++) {
                    int polarity = rng.nextInt(2);
                    int y, x;
                    if ((k & 1) == 0) {
                        y = py + rng.nextInt(PATCH);
                        x = Math.min(side - 1, px + rng.nextInt(PATCH));
                    } else {
                        y = rng.nextInt(side);
                        x = rng.nextInt(side);
                    }
                    drawn[k] = (polarity * side + y) * side + x;
                }
                Arrays.sort(drawn);
                for (int k = 0; k < perStep; k++) {
                    if (k > 0 && drawn[k] == drawn[k - 1]) continue; // the same cell twice is one event
                    steps[count] = t;
                    channels[count++] = drawn[k];
                }
            }
            offsets[i + 1] = count;
        }
        return new EventStreamSet(name, SHAPE, STEPS, offsets, Arrays.copyOf(steps, count), Arrays.copyOf(channels, count),
                labels, CLASSES);
    }
}
