package io.spikeworks.data.event;

import io.spikeworks.data.DatasetException;
import io.spikeworks.data.TrainTestSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** N-MNIST and DVS Gesture folders written here, byte by byte from the formats' descriptions, and read back. */
class RecordedEventFoldersTest {
    @TempDir
    Path dir;

    /** One N-MNIST event: x, y, then polarity in the top bit of a 23-bit µs timestamp, big-endian. */
    static byte[] nmnistEvent(int x, int y, boolean on, int micros) {
        return new byte[]{(byte) x, (byte) y, (byte) ((on ? 0x80 : 0) | micros >>> 16 & 0x7F), (byte) (micros >>> 8),
                (byte) micros};
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    void writeNmnist(Path root) throws IOException {
        for (String split : new String[]{"Train", "Test"})
            for (int d = 0; d < 10; d++) Files.createDirectories(root.resolve(split).resolve(Integer.toString(d)));
        // train: one 3 and one 7; span 0…299,999 µs → 10 frames of 30 ms
        Files.write(root.resolve("Train/3/00001.bin"), concat(nmnistEvent(0, 0, true, 0),
                nmnistEvent(33, 2, false, 150_000), nmnistEvent(5, 6, true, 299_999)));
        Files.write(root.resolve("Train/7/00002.bin"), concat(nmnistEvent(1, 1, false, 10)));
        Files.write(root.resolve("Test/0/00003.bin"), concat(nmnistEvent(2, 3, true, 5), nmnistEvent(2, 3, true, 6),
                nmnistEvent(4, 4, false, 1000)));
    }

    @Test
    void nmnistRecordingsBecomeFramesOfTheirSpan() throws IOException {
        writeNmnist(dir);
        TrainTestSplit s = NmnistFolder.load(dir, 10);
        EventStreamSet train = (EventStreamSet) s.train();
        assertEquals(2, train.size());
        assertEquals(3, train.label(0));
        assertEquals(7, train.label(1));
        assertArrayEquals(new int[]{2, 34, 34}, train.sampleShape());
        int[] t = new int[3], c = new int[3];
        assertEquals(3, train.copyEvents(0, t, c));
        assertArrayEquals(new int[]{0, 5, 9}, t); // 150,000 of 300,000 µs is frame 5; the last event frame 9
        // planes first: ON (1)·34·34 + y·34 + x
        assertArrayEquals(new int[]{1156, 2 * 34 + 33, 1156 + 6 * 34 + 5}, c);
        EventStreamSet test = (EventStreamSet) s.test();
        assertEquals(2, test.eventCount(0), "two events in one cell (5 and 6 µs, both frame 0) are one frame spike");
    }

    @Test
    void aTruncatedOrCorruptNmnistFileIsNamedWithItsByteOffset() throws IOException {
        writeNmnist(dir);
        Path f = dir.resolve("Train/3/00001.bin");
        byte[] good = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(good, 13));
        DatasetException e = assertThrows(DatasetException.class, () -> NmnistFolder.load(dir, 10));
        assertEquals(f + ": truncated: 13 bytes is not a whole number of 5-byte events; the last event, from byte 10, "
                + "is cut short", e.getMessage());
        Files.write(f, concat(nmnistEvent(1, 1, true, 0), nmnistEvent(40, 1, true, 3)));
        e = assertThrows(DatasetException.class, () -> NmnistFolder.load(dir, 10));
        assertEquals(f + ": event at byte 5 is at (40, 1), outside the 34×34 sensor (corrupt, or not an N-MNIST file)",
                e.getMessage());
        e = assertThrows(DatasetException.class, () -> NmnistFolder.load(dir.resolve("nowhere"), 10));
        assertEquals(dir.resolve("nowhere/Train") + ": no such folder; an N-MNIST folder holds Train/ and Test/, each with "
                + "one folder per digit 0-9 of .bin files", e.getMessage());
    }

    /** An AEDAT 3.1 polarity event: valid bit, polarity bit 1, y from bit 2, x from bit 17; then the timestamp. */
    static void polarity(ByteBuffer b, int x, int y, boolean on, int micros) {
        b.putInt(1 | (on ? 2 : 0) | y << 2 | x << 17).putInt(micros);
    }

    static byte[] packet(int type, int eventSize, int overflow, int count, ByteBuffer events) {
        ByteBuffer b = ByteBuffer.allocate(28 + count * eventSize).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) type).putShort((short) 1).putInt(eventSize).putInt(4).putInt(overflow).putInt(count)
                .putInt(count).putInt(count);
        b.put(events.array(), 0, count * eventSize);
        return b.array();
    }

    @Test
    void anNmnistFolderWithoutTrainingRecordingsSaysSo() throws IOException {
        writeNmnist(dir);
        Files.delete(dir.resolve("Train/3/00001.bin"));
        Files.delete(dir.resolve("Train/7/00002.bin"));
        DatasetException e = assertThrows(DatasetException.class, () -> NmnistFolder.load(dir, 10));
        assertEquals(dir.resolve("Train") + ": no .bin recordings in any of its digit folders 0-9, so there is nothing "
                + "to train on", e.getMessage());
    }

    @Test
    void aGestureFolderWhoseTrainingListIsEmptySaysSo() throws IOException {
        writeGesture(dir);
        Files.writeString(dir.resolve("trials_to_train.txt"), "\n");
        DatasetException e = assertThrows(DatasetException.class, () -> DvsGestureFolder.load(dir, 4));
        assertEquals(dir.resolve("trials_to_train.txt") + ": lists no recording with a labelled gesture, so there is "
                + "nothing to train on", e.getMessage());
    }

    static ByteBuffer events(int n) {
        return ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
    }

    void writeGesture(Path root) throws IOException {
        Files.createDirectories(root);
        byte[] header = "#!AER-DAT3.1\r\n#Format: RAW\r\n#!END-HEADER\r\n".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer a = events(4);
        polarity(a, 0, 0, true, 1_000);      // before any gesture: dropped
        polarity(a, 127, 5, false, 2_000);   // gesture 1 (class 3), frame 0 of 4 over 2,000…6,000 µs
        polarity(a, 8, 127, true, 5_999);    // gesture 1, frame 3
        a.putInt(0 | 2 << 17).putInt(3_000); // not valid (bit 0 clear): dropped
        ByteBuffer special = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(7).putInt(0);
        ByteBuffer late = events(1);
        polarity(late, 64, 64, true, 500); // with overflow 1: 2³¹ + 500 µs, in gesture 2 (class 11)
        Files.write(root.resolve("user01_led.aedat"), concat(header, packet(1, 8, 0, 4, a), packet(0, 8, 0, 1, special),
                packet(1, 8, 1, 1, late)));
        long big = (1L << 31);
        Files.writeString(root.resolve("user01_led_labels.csv"), "class,startTime_usec,endTime_usec\n3,2000,6000\n11,"
                + big + "," + (big + 1000) + "\n");
        Files.writeString(root.resolve("trials_to_train.txt"), "user01_led.aedat\n");
        Files.writeString(root.resolve("trials_to_test.txt"), "\n");
    }

    @Test
    void gestureRecordingsBecomeOneSamplePerLabelledSpanPooledTo32() throws IOException {
        writeGesture(dir);
        TrainTestSplit s = DvsGestureFolder.load(dir, 4);
        EventStreamSet train = (EventStreamSet) s.train();
        assertEquals(2, train.size());
        assertEquals(0, s.test().size());
        assertEquals(2, train.label(0));
        assertEquals(10, train.label(1));
        int[] t = new int[2], c = new int[2];
        assertEquals(2, train.copyEvents(0, t, c));
        assertArrayEquals(new int[]{0, 3}, t);
        // (127, 5) OFF → pooled (31, 1), channel 0·1024 + 1·32 + 31; (8, 127) ON → (2, 31), 1024 + 31·32 + 2
        assertArrayEquals(new int[]{32 + 31, 1024 + 31 * 32 + 2}, c);
        assertEquals(1, train.copyEvents(1, t, c));
        assertEquals(1024 + 16 * 32 + 16, c[0]);
    }

    @Test
    void aTruncatedOrCorruptGestureFileIsNamedWithItsByteOffset() throws IOException {
        writeGesture(dir);
        Path f = dir.resolve("user01_led.aedat");
        byte[] good = Files.readAllBytes(f);
        int headerLength = "#!AER-DAT3.1\r\n#Format: RAW\r\n#!END-HEADER\r\n".length();
        Files.write(f, Arrays.copyOf(good, headerLength + 28 + 20));
        DatasetException e = assertThrows(DatasetException.class, () -> DvsGestureFolder.load(dir, 4));
        assertEquals(f + ": truncated: packet at byte " + headerLength + " holds 32 bytes of events, 20 left", e.getMessage());
        Files.write(f, Arrays.copyOf(good, headerLength + 10));
        e = assertThrows(DatasetException.class, () -> DvsGestureFolder.load(dir, 4));
        assertEquals(f + ": truncated: packet header at byte " + headerLength + " needs 28 bytes, 10 left", e.getMessage());
        Files.write(f, "#!AER-DAT2.0\r\n".getBytes(StandardCharsets.US_ASCII));
        e = assertThrows(DatasetException.class, () -> DvsGestureFolder.load(dir, 4));
        assertEquals(f + ": not an AEDAT 3 file: it does not start with #!AER-DAT3 (byte 0)", e.getMessage());
        Files.write(f, good);
        Path labels = dir.resolve("user01_led_labels.csv");
        Files.writeString(labels, "class,startTime_usec,endTime_usec\n12,0,5\n");
        e = assertThrows(DatasetException.class, () -> DvsGestureFolder.load(dir, 4));
        assertEquals(labels + ": line 2: class 12 is not one of 1-11", e.getMessage());
    }
}
