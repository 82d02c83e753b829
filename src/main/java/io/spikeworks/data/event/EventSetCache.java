package io.spikeworks.data.event;

import io.spikeworks.data.DatasetException;
import io.spikeworks.model.file.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Converted event sets kept on disk, so a conversion runs once. One file per set and T, beside the user's other
 * Spikeworks state ({@code ~/.spikeworks/cache/events}, or {@value #PROPERTY} / {@value #ENV}). The file names what
 * it was made from (a key: set, T, seed, settings, source images' hash) and ends with the SHA-256 of everything
 * before it; a file whose key differs, or that is truncated or corrupt, is converted again and replaced
 * (atomically, so a crash never leaves half a file).
 *
 * <p>Format (big-endian): magic {@code SWEVENTS}, format version (int), key (UTF), name (UTF), steps (int), shape
 * rank and sizes (ints), class count and names (UTF each), sample count n (int), n label bytes, n + 1 byte offsets
 * and n + 1 event offsets (ints), the packed event bytes (length int, bytes), then 32 bytes of SHA-256.
 */
public final class EventSetCache {
    public static final String PROPERTY = "spikeworks.cache";
    public static final String ENV = "SPIKEWORKS_CACHE";
    static final byte[] MAGIC = {'S', 'W', 'E', 'V', 'E', 'N', 'T', 'S'};
    static final int FORMAT_VERSION = 1;

    private final Path directory;

    public EventSetCache(Path directory) {
        this.directory = directory;
    }

    /** {@value #PROPERTY}, else {@value #ENV}, else {@code ~/.spikeworks/cache/events}. */
    public static Path defaultDirectory() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) p = System.getenv(ENV);
        if (p != null && !p.isBlank()) return Path.of(p);
        return Path.of(System.getProperty("user.home"), ".spikeworks", "cache", "events");
    }

    public Path file(String stem) {
        return directory.resolve(stem + ".events");
    }

    /**
     * The cached set of {@code stem} if its file holds {@code key} intact; otherwise builds it, writes it and
     * returns it. A cache that cannot be written (read-only home) costs only the next run's conversion.
     */
    public EventStreamSet loadOrBuild(String stem, String key, Supplier<EventStreamSet> build) {
        Path file = file(stem);
        if (Files.exists(file)) {
            try {
                return read(file, key);
            } catch (DatasetException e) {
                System.err.println(e.getMessage() + "; converting again");
            }
        }
        EventStreamSet set = build.get();
        try {
            write(file, key, set);
        } catch (IOException e) {
            System.err.println(file + ": cannot keep the converted set (" + e.getMessage() + "); it is converted "
                    + "again next time");
        }
        return set;
    }

    /** Writes a set atomically. */
    public static void write(Path file, String key, EventStreamSet set) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        PackedEvents events = set.packedEvents();
        int n = set.size();
        AtomicFiles.write(file, raw -> {
            MessageDigest sha = sha256();
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), sha));
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(key);
            out.writeUTF(set.name());
            out.writeInt(set.steps());
            int[] shape = set.sampleShape();
            out.writeInt(shape.length);
            for (int d : shape) out.writeInt(d);
            out.writeInt(set.classNames().size());
            for (String c : set.classNames()) out.writeUTF(c);
            out.writeInt(n);
            for (int i = 0; i < n; i++) out.writeByte(set.label(i));
            int[] byteOffsets = events.byteOffsets();
            int[] eventOffsets = events.eventOffsets();
            for (int i = 0; i <= n; i++) out.writeInt(byteOffsets[i]);
            for (int i = 0; i <= n; i++) out.writeInt(eventOffsets[i]);
            out.writeInt(byteOffsets[n]);
            out.write(events.bytes(), 0, byteOffsets[n]);
            out.flush();
            out.write(sha.digest()); // computed before these bytes pass the digest stream, so it covers what precedes
            out.flush();
        });
    }

    /**
     * Reads a cached set, checking the key and the checksum.
     *
     * @throws DatasetException naming the file and, for a damaged file, the byte offset where reading failed
     */
    public static EventStreamSet read(Path file, String key) {
        String f = file.toString();
        MessageDigest sha = sha256();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int size = (int) Math.min(Integer.MAX_VALUE - 8, Files.size(file));
            Counting counting = new Counting(raw);
            DigestInputStream digesting = new DigestInputStream(counting, sha);
            DataInputStream in = new DataInputStream(digesting);
            try {
                byte[] magic = in.readNBytes(MAGIC.length);
                if (!Arrays.equals(magic, MAGIC)) throw new DatasetException(f, "not a Spikeworks event cache (byte 0)");
                int version = in.readInt();
                if (version != FORMAT_VERSION)
                    throw new DatasetException(f, "cache format " + version + ", this version reads " + FORMAT_VERSION);
                String stored = in.readUTF();
                if (!stored.equals(key)) throw new DatasetException(f, "made from other data or settings (" + stored + ")");
                String name = in.readUTF();
                int steps = in.readInt();
                int rank = count(in, counting, f, "shape rank", 8);
                int[] shape = new int[rank];
                for (int i = 0; i < rank; i++) shape[i] = in.readInt();
                int classes = count(in, counting, f, "class count", 256);
                List<String> names = new ArrayList<>(classes);
                for (int i = 0; i < classes; i++) names.add(in.readUTF());
                int n = count(in, counting, f, "sample count", size);
                byte[] labels = in.readNBytes(n);
                if (labels.length != n) throw new EOFException();
                int[] byteOffsets = new int[n + 1];
                int[] eventOffsets = new int[n + 1];
                for (int i = 0; i <= n; i++) byteOffsets[i] = in.readInt();
                for (int i = 0; i <= n; i++) eventOffsets[i] = in.readInt();
                int length = count(in, counting, f, "event byte count", size);
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length) throw new EOFException();
                byte[] expected = sha.digest();
                digesting.on(false);
                long at = counting.count;
                byte[] stored32 = in.readNBytes(32);
                if (stored32.length != 32) throw new EOFException();
                if (!MessageDigest.isEqual(expected, stored32))
                    throw new DatasetException(f, "checksum mismatch: the SHA-256 at byte " + at + " does not match the "
                            + "content (corrupt)");
                if (in.read() != -1) throw new DatasetException(f, "unexpected bytes after the checksum at byte " + (at + 32));
                try {
                    return EventStreamSet.ofPacked(name, shape, steps, PackedEvents.of(bytes, byteOffsets, eventOffsets),
                            labels, names);
                } catch (IllegalArgumentException e) {
                    throw new DatasetException(f, "inconsistent content: " + e.getMessage());
                }
            } catch (EOFException e) {
                throw new DatasetException(f, "truncated at byte " + counting.count);
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(f, "no such file");
        } catch (IOException e) {
            throw new DatasetException(f, "cannot read: " + e.getMessage(), e);
        }
    }

    private static int count(DataInputStream in, Counting counting, String f, String what, int max) throws IOException {
        long at = counting.count;
        int v = in.readInt();
        if (v < 0 || v > max) throw new DatasetException(f, what + " " + v + " at byte " + at + " is impossible (corrupt)");
        return v;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Counts the bytes read, for messages that say where a file went wrong. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
