package io.spikeworks.session;

import io.spikeworks.learn.RunPosition;
import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.Score;
import io.spikeworks.learn.state.BinaryFields;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.sim.EngineCounters;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Checkpoint files ({@code .swckpt}): a small versioned binary format, written atomically, ending in a CRC-32 so
 * that a damaged file is refused instead of silently loaded. Floats are stored as their raw bits, so NaN payloads
 * and signed zeros survive and a restored run is bit-exact. Layout (big-endian):
 * <pre>
 * magic "SWCKPT\r\n", int version
 * string project JSON
 * position: int epoch, int nextBatch, long iteration, long samplesSeen, double epochLoss, int epochCorrect,
 *           int epochSamples, long epochNanos, long trainNanos, long trainSamples,
 *           (format 3:) the epoch's regression sums: long values, double sqError, targetSum, targetSqSum,
 *           int rows × (int epoch, long samplesSeen, 6 doubles, int extras × (string, double),
 *                       int classes (0: no matrix) × classes longs: the test confusion matrix, row-major)
 * counters: 7 longs
 * int params × (string name, float array)
 * int optimiser entries × (string key, int arrays × float array)
 * int learning-rule entries × (string key, int arrays × float array)
 * long CRC-32 of everything before it
 * </pre>
 * Strings are an int byte length and UTF-8; a float array is an int length and the raw bits. Format 1 files (before
 * the confusion matrices and the learning-rule state) are still read: their rows have no matrix and
 * {@link Checkpoint#keepsRuleState()} is false.
 */
public final class CheckpointFiles {
    public static final String EXTENSION = ".swckpt";
    static final byte[] MAGIC = "SWCKPT\r\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 3;
    /** Format 2: no regression sums in the position (runs before real-valued targets existed). */
    static final int VERSION_WITHOUT_REGRESSION = 2;
    /** The first format; it kept neither the rule's state nor the confusion matrices. */
    static final int VERSION_WITHOUT_RULE_STATE = 1;
    /** Larger than any tensor a workbench network holds; a bigger length means a damaged file, not a big one. */
    /** Data sets have at most 256 classes. */
    private static final int MAX_CLASSES = 256;
    /** A project or a name is text no longer than a JSON file Spikeworks reads; a longer length is damage. */
    private static final long MAX_TEXT_BYTES = io.spikeworks.model.file.StrictJson.MAX_FILE_BYTES;
    /** A learning rule keeps a few arrays per layer under one key. */
    private static final int MAX_STATE_ARRAYS = 1 << 16;

    private CheckpointFiles() {}

    public static void write(Path file, Checkpoint c) throws IOException {
        AtomicFiles.makeFolderFor(file);
        AtomicFiles.write(file, out -> writeTo(out, c));
    }

    public static Checkpoint read(Path file) throws IOException {
        // the system's own messages here are a bare file name (missing) or "Is a directory" (no name at all)
        if (Files.isDirectory(file)) throw new IOException(file + " is a folder, not a checkpoint file");
        InputStream opened;
        try {
            opened = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such checkpoint file");
        }
        try (InputStream in = new BufferedInputStream(opened)) {
            return readFrom(in, file.toString());
        }
    }

    public static void writeTo(OutputStream target, Checkpoint c) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(target, 1 << 16), crc));
        out.write(MAGIC);
        out.writeInt(VERSION);
        BinaryFields.writeString(out, c.projectJson());
        RunPosition p = c.position();
        out.writeInt(p.epoch());
        out.writeInt(p.nextBatch());
        out.writeLong(p.iteration());
        out.writeLong(p.samplesSeen());
        out.writeDouble(p.epochLoss());
        out.writeInt(p.epochCorrect());
        out.writeInt(p.epochSamples());
        out.writeLong(p.epochNanos());
        out.writeLong(p.trainNanos());
        out.writeLong(p.trainSamples());
        out.writeLong(p.epochScore().values());
        out.writeDouble(p.epochScore().sqError());
        out.writeDouble(p.epochScore().targetSum());
        out.writeDouble(p.epochScore().targetSqSum());
        out.writeInt(p.rows().size());
        for (EvaluationRow r : p.rows()) {
            out.writeInt(r.epoch());
            out.writeLong(r.samplesSeen());
            out.writeDouble(r.trainLoss());
            out.writeDouble(r.trainAccuracy());
            out.writeDouble(r.testLoss());
            out.writeDouble(r.testAccuracy());
            out.writeDouble(r.samplesPerSecond());
            out.writeDouble(r.learningRate());
            out.writeInt(r.extras().size());
            for (Map.Entry<String, Double> e : r.extras().entrySet()) {
                BinaryFields.writeString(out, e.getKey());
                out.writeDouble(e.getValue());
            }
            ConfusionMatrix m = r.testConfusion();
            out.writeInt(m == null ? 0 : m.classes());
            if (m != null) for (long v : m.counts()) out.writeLong(v);
        }
        EngineCounters k = c.counters();
        for (long v : new long[]{k.synapticOps, k.denseMacs, k.backwardMacs, k.skippedMacs, k.neuronUpdates, k.samples,
                k.backwardBytesPeak}) out.writeLong(v);
        out.writeInt(c.params().size());
        for (Map.Entry<String, float[]> e : c.params().entrySet()) {
            BinaryFields.writeString(out, e.getKey());
            BinaryFields.writeFloats(out, e.getValue());
        }
        writeState(out, c.optimizerState());
        writeState(out, c.keepsRuleState() ? c.ruleState() : Map.of());
        out.flush();
        long sum = crc.getValue();
        new DataOutputStream(target).writeLong(sum);
        target.flush();
    }

    public static Checkpoint readFrom(InputStream source, String name) throws IOException {
        CRC32 crc = new CRC32();
        DataInputStream in = new DataInputStream(new CheckedInputStream(source, crc));
        try {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) throw new IOException(name + " is not a Spikeworks checkpoint");
            int version = in.readInt();
            if (version != VERSION && version != VERSION_WITHOUT_REGRESSION && version != VERSION_WITHOUT_RULE_STATE)
                throw new IOException(name + " is a checkpoint of format version " + version + "; this Spikeworks reads "
                        + VERSION + (version > VERSION ? " (written by a newer Spikeworks)" : ""));
            String project = readText(in);
            int epoch = in.readInt();
            int nextBatch = in.readInt();
            long iteration = in.readLong();
            long samplesSeen = in.readLong();
            double epochLoss = in.readDouble();
            int epochCorrect = in.readInt();
            int epochSamples = in.readInt();
            long epochNanos = in.readLong();
            long trainNanos = in.readLong();
            long trainSamples = in.readLong();
            Score epochScore = Score.classes(epochSamples, epochCorrect);
            if (version >= 3) {
                long values = in.readLong();
                epochScore = new Score(epochSamples, epochCorrect, values, in.readDouble(), in.readDouble(), in.readDouble());
            }
            int nRows = BinaryFields.count(in.readInt(), name);
            List<EvaluationRow> rows = new ArrayList<>(nRows);
            for (int i = 0; i < nRows; i++) {
                int e = in.readInt();
                long seen = in.readLong();
                double trainLoss = in.readDouble();
                double trainAcc = in.readDouble();
                double testLoss = in.readDouble();
                double testAcc = in.readDouble();
                double sps = in.readDouble();
                double lr = in.readDouble();
                int nExtras = BinaryFields.count(in.readInt(), name);
                Map<String, Double> extras = new LinkedHashMap<>();
                for (int j = 0; j < nExtras; j++) extras.put(readText(in), in.readDouble());
                ConfusionMatrix confusion = version == VERSION_WITHOUT_RULE_STATE ? null : readConfusion(in, name);
                rows.add(new EvaluationRow(e, seen, trainLoss, trainAcc, testLoss, testAcc, sps, lr, extras, confusion));
            }
            EngineCounters k = new EngineCounters();
            k.synapticOps = in.readLong();
            k.denseMacs = in.readLong();
            k.backwardMacs = in.readLong();
            k.skippedMacs = in.readLong();
            k.neuronUpdates = in.readLong();
            k.samples = in.readLong();
            k.backwardBytesPeak = in.readLong();
            int nParams = BinaryFields.count(in.readInt(), name);
            Map<String, float[]> params = new LinkedHashMap<>();
            for (int i = 0; i < nParams; i++) params.put(readText(in), BinaryFields.readFloats(in, name));
            Map<String, float[][]> state = readState(in, name);
            Map<String, float[][]> ruleState = version == VERSION_WITHOUT_RULE_STATE ? null : readState(in, name);
            long expected = crc.getValue();
            long stored = new DataInputStream(source).readLong();
            if (stored != expected) throw new IOException(name + " is damaged (checksum mismatch)");
            RunPosition position = new RunPosition(epoch, nextBatch, iteration, samplesSeen, epochLoss, epochScore,
                    epochNanos, trainNanos, trainSamples, rows);
            return new Checkpoint(project, position, params, state, ruleState, k);
        } catch (EOFException e) {
            throw new IOException(name + " is truncated", e);
        }
    }

    private static void writeState(DataOutputStream out, Map<String, float[][]> state) throws IOException {
        out.writeInt(state.size());
        for (Map.Entry<String, float[][]> e : state.entrySet()) {
            BinaryFields.writeString(out, e.getKey());
            out.writeInt(e.getValue().length);
            for (float[] a : e.getValue()) BinaryFields.writeFloats(out, a);
        }
    }

    private static Map<String, float[][]> readState(DataInputStream in, String name) throws IOException {
        int n = BinaryFields.count(in.readInt(), name);
        Map<String, float[][]> state = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = readText(in);
            int arrayCount = BinaryFields.count(in.readInt(), name);
            if (arrayCount > MAX_STATE_ARRAYS) throw new IOException(name + " is damaged (" + arrayCount + " arrays under "
                    + "one rule state key)");
            float[][] arrays = new float[arrayCount][];
            for (int j = 0; j < arrays.length; j++) arrays[j] = BinaryFields.readFloats(in, name);
            state.put(key, arrays);
        }
        return state;
    }

    /** A row's matrix: its class count (0 for none), then the counts. */
    private static ConfusionMatrix readConfusion(DataInputStream in, String name) throws IOException {
        int classes = BinaryFields.count(in.readInt(), name);
        if (classes == 0) return null;
        if (classes > MAX_CLASSES) throw new IOException(name + " is damaged (a confusion matrix of " + classes + " classes)");
        long[] counts = new long[classes * classes];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readLong();
            if (counts[i] < 0) throw new IOException(name + " is damaged (a negative count in a confusion matrix)");
        }
        return new ConfusionMatrix(classes, counts);
    }

    private static String readText(DataInputStream in) throws IOException {
        return BinaryFields.readString(in, "checkpoint", MAX_TEXT_BYTES, "text");
    }
}
