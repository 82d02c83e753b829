package io.spikeworks.data.event;

import io.spikeworks.data.DatasetException;
import io.spikeworks.data.TrainTestSplit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * DVS128 Gesture (Amir et al. 2017) as distributed, for users who have it: a folder with {@code trials_to_train.txt}
 * and {@code trials_to_test.txt} (one {@code .aedat} file name a line), each recording {@code userNN_light.aedat}
 * beside its {@code userNN_light_labels.csv} ({@code class,startTime_usec,endTime_usec}, classes 1–11). Each labelled
 * span of a recording is one sample, cut into T equal frames.
 *
 * <p>The recordings are AEDAT 3.1 (iniVation's format): text header lines starting with {@code #} up to
 * {@code #!END-HEADER\r\n}, then packets. A packet has a 28-byte little-endian header (event type int16, source
 * int16, event size int32, timestamp offset int32, timestamp overflow int32, capacity int32, count int32, valid count
 * int32) and capacity × size bytes of events. Polarity events (type 1, 8 bytes) hold a 32-bit word (bit 0 valid,
 * bit 1 polarity with 1 = ON, bits 2–16 y, bits 17–31 x) and a 32-bit timestamp in µs, extended by overflow × 2³¹;
 * other event types are skipped. The 128×128 sensor is pooled 4×4 into 32×32 (ours: the input size of the
 * converted sets; a cell fires when any of its 16 pixels does).
 */
public final class DvsGestureFolder {
    public static final String ID = "dvs-gesture";
    public static final int SENSOR = 128;
    public static final int POOL = 4;
    public static final int SIDE = SENSOR / POOL;
    static final int PACKET_HEADER = 28;
    static final int POLARITY_EVENT = 1;
    public static final List<String> CLASSES = List.of("hand clap", "right hand wave", "left hand wave",
            "right arm clockwise", "right arm counter-clockwise", "left arm clockwise", "left arm counter-clockwise",
            "arm roll", "air drums", "air guitar", "other");

    private DvsGestureFolder() {}

    public static TrainTestSplit load(Path root, int steps) {
        EventStreamSet train = loadSplit(root, "trials_to_train.txt", ID + "/train", steps);
        // without this, training starts on nothing and fails as "loss became NaN"
        if (train.size() == 0)
            throw new DatasetException(root.resolve("trials_to_train.txt").toString(), "lists no recording with a "
                    + "labelled gesture, so there is nothing to train on");
        return new TrainTestSplit(train, loadSplit(root, "trials_to_test.txt", ID + "/test", steps));
    }

    static EventStreamSet loadSplit(Path root, String listName, String name, int steps) {
        Path list = root.resolve(listName);
        if (!Files.isRegularFile(list))
            throw new DatasetException(list.toString(), "no such file; a DVS Gesture folder holds trials_to_train.txt, "
                    + "trials_to_test.txt and the .aedat recordings with their _labels.csv files");
        int[] shape = {2, SIDE, SIDE};
        PackedEvents.Builder packed = new PackedEvents.Builder();
        int[] scratch = new int[2 * SIDE * SIDE * steps];
        List<Byte> labels = new ArrayList<>();
        for (String line : lines(list)) {
            String trial = line.strip();
            if (trial.isEmpty()) continue;
            Path recording = root.resolve(trial);
            String stem = trial.endsWith(".aedat") ? trial.substring(0, trial.length() - ".aedat".length()) : trial;
            List<long[]> spans = readLabels(root.resolve(stem + "_labels.csv"));
            EventFrames[] frames = new EventFrames[spans.size()];
            for (int s = 0; s < frames.length; s++) frames[s] = new EventFrames(shape, steps);
            readRecording(recording, spans, frames);
            for (int s = 0; s < frames.length; s++) {
                frames[s].drainTo(packed, scratch);
                labels.add((byte) spans.get(s)[0]);
            }
        }
        byte[] l = new byte[labels.size()];
        for (int i = 0; i < l.length; i++) l[i] = labels.get(i);
        return EventStreamSet.ofPacked(name, shape, steps, packed.build(), l, CLASSES);
    }

    /** Rows {class − 1, start µs, end µs}, checked. */
    static List<long[]> readLabels(Path file) {
        String f = file.toString();
        List<String> rows = lines(file);
        List<long[]> spans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).strip();
            if (row.isEmpty() || i == 0 && row.startsWith("class")) continue;
            String[] cells = row.split(",");
            try {
                if (cells.length != 3) throw new NumberFormatException();
                int cls = Integer.parseInt(cells[0].strip());
                long start = Long.parseLong(cells[1].strip());
                long end = Long.parseLong(cells[2].strip());
                if (cls < 1 || cls > CLASSES.size())
                    throw new DatasetException(f, "line " + (i + 1) + ": class " + cls + " is not one of 1-" + CLASSES.size());
                if (end <= start)
                    throw new DatasetException(f, "line " + (i + 1) + ": span ends (" + end + " µs) before it starts ("
                            + start + " µs)");
                spans.add(new long[]{cls - 1, start, end});
            } catch (NumberFormatException e) {
                throw new DatasetException(f, "line " + (i + 1) + ": expected class,startTime_usec,endTime_usec, got '"
                        + row + "'");
            }
        }
        return spans;
    }

    /** Marks every valid polarity event that falls in a span into that span's frames. */
    static void readRecording(Path file, List<long[]> spans, EventFrames[] frames) {
        String f = file.toString();
        byte[] bytes = NmnistFolder.read(file);
        int at = headerEnd(f, bytes);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int steps = frames.length == 0 ? 1 : frames[0].steps();
        while (at < bytes.length) {
            if (bytes.length - at < PACKET_HEADER)
                throw new DatasetException(f, "truncated: packet header at byte " + at + " needs " + PACKET_HEADER
                        + " bytes, " + (bytes.length - at) + " left");
            int type = buf.getShort(at);
            int size = buf.getInt(at + 4);
            int overflow = buf.getInt(at + 12);
            int capacity = buf.getInt(at + 20);
            int count = buf.getInt(at + 24);
            if (size <= 0 || capacity < 0 || count < 0 || count > capacity)
                throw new DatasetException(f, "packet at byte " + at + " says " + count + " of " + capacity
                        + " events of " + size + " bytes (corrupt)");
            long payload = (long) capacity * size;
            int from = at + PACKET_HEADER;
            if (payload > bytes.length - from)
                throw new DatasetException(f, "truncated: packet at byte " + at + " holds " + payload
                        + " bytes of events, " + (bytes.length - from) + " left");
            if (type == POLARITY_EVENT) {
                if (size != 8)
                    throw new DatasetException(f, "polarity packet at byte " + at + " has " + size
                            + "-byte events, expected 8 (corrupt)");
                for (int e = 0; e < count; e++) {
                    int p = from + 8 * e;
                    int data = buf.getInt(p);
                    if ((data & 1) == 0) continue;
                    long time = (long) overflow << 31 | buf.getInt(p + 4) & 0xFFFFFFFFL;
                    int polarity = data >>> 1 & 1;
                    int y = data >>> 2 & 0x7FFF;
                    int x = data >>> 17 & 0x7FFF;
                    if (x >= SENSOR || y >= SENSOR)
                        throw new DatasetException(f, "event at byte " + p + " is at (" + x + ", " + y + "), outside "
                                + "the " + SENSOR + "×" + SENSOR + " sensor (corrupt, or not a DVS128 recording)");
                    int s = span(spans, time);
                    if (s < 0) continue;
                    long start = spans.get(s)[1], end = spans.get(s)[2];
                    int t = (int) ((time - start) * steps / (end - start));
                    frames[s].mark(t, polarity, y / POOL, x / POOL, SIDE);
                }
            }
            at = (int) (from + payload);
        }
    }

    /** Index of the span holding time t, or −1 (spans are few: a linear look is enough). */
    private static int span(List<long[]> spans, long t) {
        for (int s = 0; s < spans.size(); s++) if (t >= spans.get(s)[1] && t < spans.get(s)[2]) return s;
        return -1;
    }

    /** Byte after the AEDAT 3.1 header's {@code #!END-HEADER} line. */
    static int headerEnd(String f, byte[] bytes) {
        byte[] first = "#!AER-DAT3".getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < first.length || !Arrays.equals(Arrays.copyOf(bytes, first.length), first))
            throw new DatasetException(f, "not an AEDAT 3 file: it does not start with #!AER-DAT3 (byte 0)");
        int at = 0;
        while (at < bytes.length) {
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') end++;
            String line = new String(bytes, at, end - at, StandardCharsets.US_ASCII).strip();
            if (bytes[at] != '#')
                throw new DatasetException(f, "header line at byte " + at + " does not start with # before #!END-HEADER");
            at = end + 1;
            if (line.equals("#!END-HEADER")) return at;
        }
        throw new DatasetException(f, "truncated: no #!END-HEADER line (header runs to byte " + bytes.length + ")");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
