package io.spikeworks.nir;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a .nir file (HDF5, as {@code nir.write} lays it out: {@code /node/type}, {@code /node/edges},
 * {@code /node/nodes/<name>/<field>}) into a {@link NirGraph}. Accepts variable- and fixed-length strings, contiguous
 * and gzip-chunked arrays and any numeric element type. Every problem is reported as a {@link NirFormatException}
 * naming the file, node and field, never as an HDF5 library exception.
 */
public final class NirReader {
    /** More values than any network Spikeworks can run; a larger array means a hostile or damaged file. */
    static final long MAX_VALUES = 1L << 26;
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private NirReader() {}

    public static NirGraph read(Path file) throws NirFormatException {
        String where = file.toString();
        if (Files.isDirectory(file)) throw new NirFormatException(where + ": is a folder, not a .nir file");
        if (!Files.isRegularFile(file)) throw new NirFormatException(where + ": no such file");
        try {
            if (!hasHdf5Signature(file)) throw new NirFormatException(where + ": not an HDF5 file (a .nir file is HDF5)");
        } catch (IOException e) {
            throw new NirFormatException(where + ": cannot read: " + e.getMessage(), e);
        }
        try (HdfFile hdf = new HdfFile(file)) {
            Node root = hdf.getChildren().get("node");
            if (!(root instanceof Group graph)) throw new NirFormatException(where + ": no group /node (the graph); not a NIR file");
            return readGraph(graph, where + ": /node");
        } catch (NirFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NirFormatException(where + ": damaged or unsupported HDF5 content: " + describe(e), e);
        }
    }

    private static boolean hasHdf5Signature(Path file) throws IOException {
        // HDF5 may sit behind a user block of 512·2^k bytes; NIR files have none, but accept them
        try (var ch = Files.newByteChannel(file)) {
            long size = ch.size();
            byte[] head = new byte[8];
            for (long at = 0; at + 8 <= size && at <= (1L << 20); at = at == 0 ? 512 : at * 2) {
                ch.position(at);
                var buf = java.nio.ByteBuffer.wrap(head);
                while (buf.hasRemaining() && ch.read(buf) > 0) { /* fill */ }
                if (java.util.Arrays.equals(head, HDF5_SIGNATURE)) return true;
            }
            return false;
        }
    }

    private static NirGraph readGraph(Group graph, String where) throws NirFormatException {
        String type = text(graph, "type", where);
        if (!type.equals("NIRGraph")) throw new NirFormatException(where + "/type: must be NIRGraph, got '" + type + "'");
        Node nodesGroup = graph.getChildren().get("nodes");
        if (!(nodesGroup instanceof Group ng)) throw new NirFormatException(where + "/nodes: missing (the graph's nodes)");
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : ng.getChildren().entrySet()) {
            String nodeWhere = "node '" + e.getKey() + "'";
            if (!(e.getValue() instanceof Group g)) throw new NirFormatException(nodeWhere + ": is a dataset, must be a group");
            nodes.put(e.getKey(), readNode(e.getKey(), g, nodeWhere));
        }
        List<NirEdge> edges = readEdges(graph, where);
        Map<String, String> metadata = new LinkedHashMap<>();
        if (graph.getChildren().get("metadata") instanceof Group md) readMetadata(md, "", metadata, where + "/metadata");
        return new NirGraph(nodes, edges, metadata);
    }

    private static NirNode readNode(String name, Group g, String where) throws NirFormatException {
        String type = text(g, "type", where);
        Map<String, NirArray> fields = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : g.getChildren().entrySet()) {
            String key = e.getKey();
            if (key.equals("type")) continue;
            String fieldWhere = where + ", field '" + key + "'";
            if (e.getValue() instanceof Group sub) {
                if (key.equals("metadata")) {
                    readMetadata(sub, "", metadata, fieldWhere);
                } else if (type.equals("NIRGraph")) {
                    continue; // nested graphs are reported by the mapping, by type
                } else {
                    throw new NirFormatException(fieldWhere + ": is a group, must be a numeric dataset");
                }
                continue;
            }
            if (type.equals("NIRGraph")) continue;
            Dataset d = (Dataset) e.getValue();
            if (d.getJavaType() == String.class) {
                if (key.equals("padding") || key.equals("input_shape"))
                    throw new NirFormatException(fieldWhere + ": '" + scalarText(d, fieldWhere)
                            + "' (a text setting) is not supported; give the numbers");
                throw new NirFormatException(fieldWhere + ": holds text, must hold numbers");
            }
            fields.put(key, numeric(d, fieldWhere));
        }
        return new NirNode(name, type, fields, metadata);
    }

    private static void readMetadata(Group g, String prefix, Map<String, String> out, String where) throws NirFormatException {
        for (Map.Entry<String, Node> e : g.getChildren().entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Group sub) {
                readMetadata(sub, key + ".", out, where);
            } else {
                Dataset d = (Dataset) e.getValue();
                if (d.getSize() > 4096) continue; // large metadata arrays are not settings
                Object v = d.getData();
                out.put(key, v != null && v.getClass().isArray() ? arrayText(v) : String.valueOf(v));
            }
        }
    }

    private static String arrayText(Object a) {
        StringBuilder sb = new StringBuilder();
        int n = Array.getLength(a);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append('\n');
            Object v = Array.get(a, i);
            sb.append(v != null && v.getClass().isArray() ? arrayText(v) : String.valueOf(v));
        }
        return sb.toString();
    }

    private static List<NirEdge> readEdges(Group graph, String where) throws NirFormatException {
        Node n = graph.getChildren().get("edges");
        if (n == null) throw new NirFormatException(where + "/edges: missing (the graph's connections)");
        if (!(n instanceof Dataset d)) throw new NirFormatException(where + "/edges: must be a dataset of (source, target) names");
        if (d.getJavaType() != String.class) throw new NirFormatException(where + "/edges: must hold node names (text)");
        if (d.getSize() > MAX_VALUES) throw new NirFormatException(where + "/edges: " + d.getSize() + " names, too many");
        List<NirEdge> edges = new ArrayList<>();
        if (d.isEmpty() || d.getSize() == 0) return edges;
        int[] dims = d.getDimensions();
        if (dims.length != 2 || dims[1] != 2)
            throw new NirFormatException(where + "/edges: must have shape (E, 2), got " + java.util.Arrays.toString(dims));
        Object data = d.getData();
        for (int i = 0; i < dims[0]; i++) {
            Object row = Array.get(data, i);
            edges.add(new NirEdge(String.valueOf(Array.get(row, 0)), String.valueOf(Array.get(row, 1))));
        }
        return edges;
    }

    private static String text(Group g, String key, String where) throws NirFormatException {
        Node n = g.getChildren().get(key);
        if (n == null) throw new NirFormatException(where + ", field '" + key + "': missing");
        if (!(n instanceof Dataset d) || d.getJavaType() != String.class)
            throw new NirFormatException(where + ", field '" + key + "': must be text");
        return scalarText(d, where + ", field '" + key + "'");
    }

    private static String scalarText(Dataset d, String where) throws NirFormatException {
        if (d.getSize() != 1) throw new NirFormatException(where + ": must be a single text value, got " + d.getSize());
        Object v = d.getData();
        while (v != null && v.getClass().isArray()) v = Array.get(v, 0);
        return String.valueOf(v);
    }

    private static NirArray numeric(Dataset d, String where) throws NirFormatException {
        long size = d.getSize();
        if (size > MAX_VALUES)
            throw new NirFormatException(where + ": " + java.util.Arrays.toString(d.getDimensions()) + " is " + size
                    + " values, more than the " + MAX_VALUES + " Spikeworks reads");
        Class<?> t = d.getJavaType();
        NirArray.ElementType type;
        if (t == float.class || t == Float.class) type = NirArray.ElementType.FLOAT32;
        else if (t == double.class || t == Double.class) type = NirArray.ElementType.FLOAT64;
        else if (t == long.class || t == int.class || t == short.class || t == byte.class || t == Long.class
                || t == Integer.class || t == Short.class || t == Byte.class) type = NirArray.ElementType.INT64;
        else throw new NirFormatException(where + ": element type " + t.getSimpleName() + " is not a number");
        int[] shape = d.isScalar() ? new int[0] : d.getDimensions();
        double[] values = new double[(int) size];
        if (size > 0) {
            Object flat = d.isScalar() ? d.getData() : d.getDataFlat();
            if (flat instanceof Number num) {
                values[0] = num.doubleValue();
            } else if (flat != null && flat.getClass().isArray() && Array.getLength(flat) == size) {
                for (int i = 0; i < values.length; i++) values[i] = ((Number) Array.get(flat, i)).doubleValue();
            } else {
                throw new NirFormatException(where + ": could not read its " + size + " values");
            }
        }
        return new NirArray(type, shape, values);
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
