package io.spikeworks.nir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.spikeworks.model.file.AtomicFiles;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Spike files as the NIR golden cases and the reference checker lay them out (HDF5):
 * <pre>
 *   /input           [T][…input shape]  0/1, row t = time step t
 *   /spikes/&lt;node&gt;   [T][…layer shape]  0/1, one per spiking layer, named like its NIR neuron node
 * </pre>
 * Trailing dimensions are C order, channels first; when reading, they may also be flat. Any integer or float element
 * type is read; spikes are written as 8-bit integers.
 */
public final class SpikeFiles {
    private SpikeFiles() {}

    /** T steps of input spikes, values 0/1 in NIR order. */
    public record Spikes(int steps, int[] shape, byte[] values) {
        public int width() {
            return values.length / Math.max(steps, 1);
        }
    }

    /** Reads {@code /input}. */
    public static Spikes readInput(Path file) throws NirFormatException {
        String where = file.toString();
        if (Files.isDirectory(file)) throw new NirFormatException(where + ": is a folder, not an HDF5 spike file");
        if (!Files.isRegularFile(file)) throw new NirFormatException(where + ": no such file");
        try (HdfFile h = new HdfFile(file)) {
            Node n = h.getChildren().get("input");
            if (!(n instanceof Dataset d))
                throw new NirFormatException(where + ": no dataset /input (the input spikes, [T][…])");
            int[] dims = d.getDimensions();
            if (dims.length < 2) throw new NirFormatException(where + ": /input must be [T][…], got shape " + Arrays.toString(dims));
            if (d.getSize() > NirReader.MAX_VALUES)
                throw new NirFormatException(where + ": /input " + Arrays.toString(dims) + " is too large");
            Class<?> t = d.getJavaType();
            if (!(t.isPrimitive() && t != boolean.class && t != char.class) && !Number.class.isAssignableFrom(t))
                throw new NirFormatException(where + ": /input must hold numbers 0 and 1, got " + t.getSimpleName());
            Object flat = d.getDataFlat();
            byte[] v = new byte[(int) d.getSize()];
            for (int i = 0; i < v.length; i++) {
                double x = ((Number) Array.get(flat, i)).doubleValue();
                if (x != 0 && x != 1)
                    throw new NirFormatException(where + ": /input value " + i + " is " + x + "; spikes are 0 or 1");
                v[i] = (byte) x;
            }
            return new Spikes(dims[0], Arrays.copyOfRange(dims, 1, dims.length), v);
        } catch (NirFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NirFormatException(where + ": not a readable HDF5 spike file: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the input and every layer's spikes, atomically.
     *
     * @param layers spikes by NIR node name, each steps × the size of its shape in {@code shapes}
     */
    public static void write(Path file, Spikes input, Map<String, byte[]> layers, Map<String, int[]> shapes)
            throws IOException {
        AtomicFiles.makeFolderFor(file);
        AtomicFiles.writeFile(file, temp -> {
            try (WritableHdfFile h = HdfFile.write(temp)) {
                h.putDataset("input", nested(input.steps(), input.shape(), input.values()));
                if (!layers.isEmpty()) { // jHDF cannot read back an empty group it wrote
                    WritableGroup g = h.putGroup("spikes");
                    for (Map.Entry<String, byte[]> e : layers.entrySet()) {
                        g.putDataset(e.getKey(), nested(input.steps(), shapes.get(e.getKey()), e.getValue()));
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static Object nested(int steps, int[] shape, byte[] v) {
        int[] dims = new int[shape.length + 1];
        dims[0] = steps;
        System.arraycopy(shape, 0, dims, 1, shape.length);
        Object out = Array.newInstance(byte.class, dims);
        fill(out, dims, 0, v, new int[]{0});
        return out;
    }

    private static void fill(Object arr, int[] dims, int d, byte[] v, int[] pos) {
        if (d == dims.length - 1) {
            System.arraycopy(v, pos[0], arr, 0, dims[d]);
            pos[0] += dims[d];
            return;
        }
        for (int i = 0; i < dims[d]; i++) fill(Array.get(arr, i), dims, d + 1, v, pos);
    }
}
