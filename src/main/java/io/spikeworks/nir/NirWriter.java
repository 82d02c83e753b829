package io.spikeworks.nir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import io.spikeworks.model.file.AtomicFiles;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link NirGraph} as {@code nir.write} lays it out ({@code /version}, {@code /node/type},
 * {@code /node/edges}, {@code /node/nodes/<name>/…}, optional {@code /node/metadata}), contiguous, every field in
 * its element type. Strings come out fixed-length UTF-8, which the reference reader decodes. The file appears
 * whole or not at all: it is written beside the target and moved into place.
 */
public final class NirWriter {
    /** The NIR version whose layout and fields this writer follows. */
    public static final String NIR_VERSION = "1.0.7";

    private NirWriter() {}

    public static void write(NirGraph graph, Path file) throws IOException {
        AtomicFiles.makeFolderFor(file);
        AtomicFiles.writeFile(file, temp -> {
            try (WritableHdfFile hdf = HdfFile.write(temp)) {
                hdf.putDataset("version", NIR_VERSION);
                WritableGroup root = hdf.putGroup("node");
                root.putDataset("type", "NIRGraph");
                List<NirEdge> edges = graph.edges();
                String[][] pairs = new String[edges.size()][];
                for (int i = 0; i < pairs.length; i++) pairs[i] = new String[]{edges.get(i).source(), edges.get(i).target()};
                root.putDataset("edges", pairs);
                WritableGroup nodes = root.putGroup("nodes");
                for (NirNode node : graph.nodes().values()) {
                    WritableGroup g = nodes.putGroup(node.name());
                    g.putDataset("type", node.type());
                    for (Map.Entry<String, NirArray> f : node.fields().entrySet()) g.putDataset(f.getKey(), data(f.getValue()));
                    putMetadata(g, node.metadata());
                }
                putMetadata(root, graph.metadata());
            } catch (RuntimeException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static void putMetadata(WritableGroup g, Map<String, String> metadata) {
        if (metadata.isEmpty()) return;
        WritableGroup md = g.putGroup("metadata");
        for (Map.Entry<String, String> e : metadata.entrySet()) md.putDataset(e.getKey(), e.getValue());
    }

    /** The field as the nested Java array (or boxed scalar) jHDF writes with the field's element type. */
    static Object data(NirArray a) {
        int[] shape = a.shape();
        double[] v = a.values();
        if (shape.length == 0) {
            return switch (a.type()) {
                case FLOAT32 -> (float) v[0];
                case FLOAT64 -> v[0];
                case INT64 -> (long) v[0];
            };
        }
        Class<?> element = switch (a.type()) {
            case FLOAT32 -> float.class;
            case FLOAT64 -> double.class;
            case INT64 -> long.class;
        };
        Object out = Array.newInstance(element, shape);
        fill(out, shape, 0, v, new int[]{0}, a.type());
        return out;
    }

    private static void fill(Object arr, int[] shape, int dim, double[] v, int[] pos, NirArray.ElementType type) {
        int n = shape[dim];
        if (dim == shape.length - 1) {
            for (int i = 0; i < n; i++) {
                double x = v[pos[0]++];
                switch (type) {
                    case FLOAT32 -> ((float[]) arr)[i] = (float) x;
                    case FLOAT64 -> ((double[]) arr)[i] = x;
                    case INT64 -> ((long[]) arr)[i] = (long) x;
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) fill(Array.get(arr, i), shape, dim + 1, v, pos, type);
    }
}
