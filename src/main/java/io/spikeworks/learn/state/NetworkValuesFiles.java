package io.spikeworks.learn.state;

import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.sim.neuron.NeuronValues;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Weights files ({@code .swweights}), a project's starting weights: written atomically, floats as raw bits (so a
 * network loads bit for bit as saved), ending in a CRC-32 so a damaged file is refused. Layout (big-endian):
 * <pre>
 * magic "SWWGHT\r\n", int version
 * int params × (string name, float array)
 * int layers × (string layer id, float array α, float array β, float array θ)
 * long CRC-32 of everything before it
 * </pre>
 * A string is an int byte length and UTF-8; a float array an int length and the raw bits. Unlike a checkpoint it
 * holds no run position, optimiser state or project: it is where a run starts, not where one stopped.
 */
public final class NetworkValuesFiles {
    public static final String EXTENSION = ".swweights";
    private static final byte[] MAGIC = "SWWGHT\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** Larger than any tensor a workbench network holds; a bigger length means a damaged file. */
    private static final int MAX_NAME_BYTES = 1 << 16;

    private NetworkValuesFiles() {}

    /** The weights file that goes with a project file: {@code net.json} → {@code net.weights.swweights}, same folder. */
    public static Path besideProject(Path projectFile) {
        Path file = projectFile.toAbsolutePath().normalize();
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", "") + ".weights" + EXTENSION);
    }

    public static void write(Path file, NetworkValues values) throws IOException {
        AtomicFiles.write(file, target -> {
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(target, 1 << 16), crc));
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(values.params().size());
            for (Map.Entry<String, float[]> e : values.params().entrySet()) {
                BinaryFields.writeString(out, e.getKey());
                BinaryFields.writeFloats(out, e.getValue());
            }
            out.writeInt(values.neurons().size());
            for (Map.Entry<String, NeuronValues> e : values.neurons().entrySet()) {
                BinaryFields.writeString(out, e.getKey());
                BinaryFields.writeFloats(out, e.getValue().alpha());
                BinaryFields.writeFloats(out, e.getValue().beta());
                BinaryFields.writeFloats(out, e.getValue().threshold());
            }
            out.flush();
            new DataOutputStream(target).writeLong(crc.getValue());
        });
    }

    /** @throws IOException naming the file and what is wrong with it (not a weights file, truncated, damaged) */
    public static NetworkValues read(Path file) throws IOException {
        String name = file.toString();
        try (InputStream source = new BufferedInputStream(Files.newInputStream(file))) {
            CRC32 crc = new CRC32();
            DataInputStream in = new DataInputStream(new CheckedInputStream(source, crc));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new IOException(name + " is not a Spikeworks weights file");
            int version = in.readInt();
            if (version != VERSION) throw new IOException(name + " is a weights file of format version " + version
                    + "; this Spikeworks reads " + VERSION);
            int nParams = BinaryFields.count(in.readInt(), name);
            Map<String, float[]> params = new LinkedHashMap<>();
            for (int i = 0; i < nParams; i++) params.put(readName(in, name), BinaryFields.readFloats(in, name));
            int nLayers = BinaryFields.count(in.readInt(), name);
            Map<String, NeuronValues> neurons = new LinkedHashMap<>();
            for (int i = 0; i < nLayers; i++) {
                String layer = readName(in, name);
                float[] alpha = BinaryFields.readFloats(in, name);
                float[] beta = BinaryFields.readFloats(in, name);
                float[] threshold = BinaryFields.readFloats(in, name);
                try {
                    neurons.put(layer, new NeuronValues(alpha, beta, threshold));
                } catch (IllegalArgumentException e) {
                    throw new IOException(name + ": layer '" + layer + "': " + e.getMessage());
                }
            }
            long expected = crc.getValue();
            if (new DataInputStream(source).readLong() != expected) throw new IOException(name + " is damaged (checksum mismatch)");
            return new NetworkValues(params, neurons);
        } catch (EOFException e) {
            throw new IOException(name + " is truncated", e);
        }
    }

    private static String readName(DataInputStream in, String name) throws IOException {
        return BinaryFields.readString(in, name, MAX_NAME_BYTES, "name");
    }
}
