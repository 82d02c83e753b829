package io.spikeworks.data.event;

import io.spikeworks.data.DatasetException;
import io.spikeworks.data.TrainTestSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real N-MNIST (Orchard et al. 2015) as distributed, for users who have it: a folder with {@code Train/} and
 * {@code Test/}, each holding one folder per digit {@code 0} … {@code 9} of {@code .bin} recordings. A recording is
 * a list of 40-bit events, 5 bytes each: x (8 bits), y (8 bits), polarity (1 bit, 1 = ON) and a timestamp in µs
 * (23 bits), big-endian. Events go to a 2×34×34 sensor (channel 0 OFF, 1 ON); each recording's span, time 0 to
 * its last timestamp, is cut into T equal frames. Files are read in name order, so the set is the same every time.
 */
public final class NmnistFolder {
    public static final String ID = "n-mnist";
    public static final int SENSOR = 34;
    static final int EVENT_BYTES = 5;
    static final List<String> CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private NmnistFolder() {}

    public static TrainTestSplit load(Path root, int steps) {
        EventStreamSet train = loadSplit(root, "Train", ID + "/train", steps);
        // without this, training starts on nothing and fails as "loss became NaN"
        if (train.size() == 0)
            throw new DatasetException(root.resolve("Train").toString(), "no .bin recordings in any of its digit folders "
                    + "0-9, so there is nothing to train on");
        return new TrainTestSplit(train, loadSplit(root, "Test", ID + "/test", steps));
    }

    static EventStreamSet loadSplit(Path root, String folder, String name, int steps) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir))
            throw new DatasetException(dir.toString(), "no such folder; an N-MNIST folder holds Train/ and Test/, each "
                    + "with one folder per digit 0-9 of .bin files");
        int[] shape = {2, SENSOR, SENSOR};
        EventFrames frames = new EventFrames(shape, steps);
        PackedEvents.Builder packed = new PackedEvents.Builder();
        int[] scratch = new int[frames.channels() * steps];
        List<Byte> labels = new ArrayList<>();
        for (int digit = 0; digit < CLASSES.size(); digit++) {
            Path classDir = dir.resolve(CLASSES.get(digit));
            if (!Files.isDirectory(classDir))
                throw new DatasetException(classDir.toString(), "no such folder: N-MNIST has one folder per digit 0-9");
            for (Path file : binFiles(classDir)) {
                byte[] bytes = read(file);
                mark(file.toString(), bytes, steps, frames);
                frames.drainTo(packed, scratch);
                labels.add((byte) digit);
            }
        }
        byte[] l = new byte[labels.size()];
        for (int i = 0; i < l.length; i++) l[i] = labels.get(i);
        return EventStreamSet.ofPacked(name, shape, steps, packed.build(), l, CLASSES);
    }

    /** One recording's events into the frames, checked. */
    static void mark(String file, byte[] bytes, int steps, EventFrames frames) {
        if (bytes.length % EVENT_BYTES != 0)
            throw new DatasetException(file, "truncated: " + bytes.length + " bytes is not a whole number of 5-byte "
                    + "events; the last event, from byte " + bytes.length / EVENT_BYTES * EVENT_BYTES + ", is cut short");
        long last = 0;
        for (int at = 0; at < bytes.length; at += EVENT_BYTES) last = Math.max(last, timestamp(bytes, at));
        long span = last + 1;
        for (int at = 0; at < bytes.length; at += EVENT_BYTES) {
            int x = bytes[at] & 0xFF;
            int y = bytes[at + 1] & 0xFF;
            if (x >= SENSOR || y >= SENSOR)
                throw new DatasetException(file, "event at byte " + at + " is at (" + x + ", " + y + "), outside the "
                        + SENSOR + "×" + SENSOR + " sensor (corrupt, or not an N-MNIST file)");
            int polarity = (bytes[at + 2] & 0x80) != 0 ? 1 : 0;
            int t = (int) (timestamp(bytes, at) * steps / span);
            frames.mark(t, polarity, y, x, SENSOR);
        }
    }

    private static long timestamp(byte[] b, int at) {
        return (long) (b[at + 2] & 0x7F) << 16 | (b[at + 3] & 0xFF) << 8 | (b[at + 4] & 0xFF);
    }

    private static List<Path> binFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir.toString(), "cannot list: " + e.getMessage(), e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
