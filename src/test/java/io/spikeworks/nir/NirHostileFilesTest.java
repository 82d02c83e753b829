package io.spikeworks.nir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken and hostile files: a NirFormatException whose message names the node and field, never another exception. */
class NirHostileFilesTest {
    @TempDir
    Path dir;

    private String importFails(Path file) {
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirImport.read(file, null));
        return e.getMessage();
    }

    private String importFails(List<NirNode> chain) throws Exception {
        return importFails(chain, null);
    }

    private String importFails(List<NirNode> chain, List<NirEdge> edges) throws Exception {
        NirGraph g = NirGraph.chainOf(chain, Map.of());
        if (edges != null) g = new NirGraph(g.nodes(), edges, Map.of());
        Path f = dir.resolve("g.nir");
        NirWriter.write(g, f);
        return importFails(f);
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) assertTrue(message.contains(p), "'" + p + "' missing from: " + message);
    }

    private static NirNode input(long... shape) {
        return new NirNode("input", "Input", Map.of("shape", NirArray.int64(shape)));
    }

    private static NirNode affine(String name, int out, int in) {
        return new NirNode(name, "Affine", Map.of("weight", NirArray.float32(new int[]{out, in}, new float[out * in]),
                "bias", NirArray.float32(new int[]{out}, new float[out])));
    }

    private static NirNode lif(String name, int n) {
        Map<String, NirArray> f = new LinkedHashMap<>();
        f.put("tau", full(n, 1e-3));
        f.put("r", full(n, 10));
        f.put("v_leak", full(n, 0));
        f.put("v_threshold", full(n, 1));
        return new NirNode(name, "LIF", f);
    }

    private static NirArray full(int n, double v) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, v);
        return NirArray.float64(new int[]{n}, d);
    }

    private static NirNode output(long... shape) {
        return new NirNode("output", "Output", Map.of("shape", NirArray.int64(shape)));
    }

    @Test
    void aFileThatIsNotHdf5() throws Exception {
        Path f = Files.writeString(dir.resolve("model.nir"), "{\"not\": \"hdf5\"}");
        assertMentions(importFails(f), "model.nir", "not an HDF5 file");
        assertMentions(importFails(Files.write(dir.resolve("empty.nir"), new byte[0])), "empty.nir", "not an HDF5 file");
        assertMentions(importFails(dir.resolve("missing.nir")), "missing.nir", "no such file");
    }

    @Test
    void aTruncatedFile() throws Exception {
        byte[] whole = Files.readAllBytes(GoldenFiles.nir("a_lif784_zero"));
        Path f = Files.write(dir.resolve("cut.nir"), java.util.Arrays.copyOf(whole, whole.length / 3));
        assertMentions(importFails(f), "cut.nir");
    }

    @Test
    void hdf5WithoutAGraph() throws Exception {
        Path f = dir.resolve("plain.h5");
        try (WritableHdfFile h = HdfFile.write(f)) {
            h.putDataset("data", new float[]{1, 2, 3});
        }
        assertMentions(importFails(f), "plain.h5", "/node");
    }

    @Test
    void wrongTypes() throws Exception {
        Path f = dir.resolve("text.nir");
        try (WritableHdfFile h = HdfFile.write(f)) {
            WritableGroup root = h.putGroup("node");
            root.putDataset("type", "NIRGraph");
            root.putDataset("edges", new String[][]{{"input", "lif1"}});
            WritableGroup nodes = root.putGroup("nodes");
            WritableGroup in = nodes.putGroup("input");
            in.putDataset("type", "Input");
            in.putDataset("shape", new long[]{4});
            WritableGroup l = nodes.putGroup("lif1");
            l.putDataset("type", "LIF");
            l.putDataset("tau", "fast");
        }
        assertMentions(importFails(f), "lif1", "tau", "text");
        // a node type as a number
        Path g = dir.resolve("numbertype.nir");
        try (WritableHdfFile h = HdfFile.write(g)) {
            WritableGroup root = h.putGroup("node");
            root.putDataset("type", "NIRGraph");
            root.putDataset("edges", new String[][]{{"input", "fc"}});
            WritableGroup nodes = root.putGroup("nodes");
            WritableGroup in = nodes.putGroup("input");
            in.putDataset("type", "Input");
            in.putDataset("shape", new long[]{4});
            nodes.putGroup("fc").putDataset("type", 7L);
        }
        assertMentions(importFails(g), "fc", "type", "text");
    }

    @Test
    void missingFields() throws Exception {
        NirNode noTau = new NirNode("lif1", "LIF", Map.of("r", full(3, 1), "v_leak", full(3, 0), "v_threshold", full(3, 1)));
        assertMentions(importFails(List.of(input(4), affine("fc1", 3, 4), noTau, output(3))), "'lif1' (LIF)", "'tau'",
                "missing");
        NirNode noWeight = new NirNode("fc1", "Affine", Map.of("bias", full(3, 0)));
        assertMentions(importFails(List.of(input(4), noWeight, lif("lif1", 3), output(3))), "'fc1' (Affine)", "'weight'",
                "missing");
    }

    @Test
    void shapeMismatches() throws Exception {
        assertMentions(importFails(List.of(input(784), affine("fc1", 10, 5), lif("lif1", 10), output(10))),
                "'fc1' (Affine)", "'weight'", "[10, 5]", "784");
        assertMentions(importFails(List.of(input(4), affine("fc1", 3, 4), lif("lif1", 5), output(3))),
                "'lif1' (LIF)", "'tau'", "[5]", "[3]");
        assertMentions(importFails(List.of(input(4), affine("fc1", 3, 4), lif("lif1", 3), output(7))),
                "'output' (Output)", "'shape'");
    }

    @Test
    void badValues() throws Exception {
        NirNode nanWeight = new NirNode("fc1", "Affine", Map.of(
                "weight", NirArray.float32(new int[]{3, 4}, new float[]{0, 0, Float.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
                "bias", NirArray.float32(new int[]{3}, new float[3])));
        assertMentions(importFails(List.of(input(4), nanWeight, lif("lif1", 3), output(3))), "'fc1'", "'weight'",
                "value 2", "NaN");
        NirNode shortTau = new NirNode("lif1", "LIF", Map.of("tau", full(3, 1e-5), "r", full(3, 1), "v_leak", full(3, 0),
                "v_threshold", full(3, 1)));
        assertMentions(importFails(List.of(input(4), affine("fc1", 3, 4), shortTau, output(3))), "'lif1'", "'tau'",
                "shorter than dt");
        NirNode resetTo = new NirNode("lif1", "LIF", Map.of("tau", full(3, 1e-3), "r", full(3, 10), "v_leak", full(3, 0),
                "v_threshold", full(3, 1), "v_reset", full(3, -0.5)));
        assertMentions(importFails(List.of(input(4), affine("fc1", 3, 4), resetTo, output(3))), "'lif1'", "'v_reset'");
    }

    @Test
    void cyclesAndBranches() throws Exception {
        List<NirNode> chain = List.of(input(4), affine("fc1", 4, 4), lif("lif1", 4), output(4));
        assertMentions(importFails(chain, List.of(new NirEdge("input", "fc1"), new NirEdge("fc1", "lif1"),
                new NirEdge("lif1", "fc1"), new NirEdge("lif1", "output"))), "lif1", "fc1");
        assertMentions(importFails(chain, List.of(new NirEdge("fc1", "lif1"), new NirEdge("lif1", "fc1"),
                new NirEdge("input", "output"))), "cycle");
        assertMentions(importFails(chain, List.of(new NirEdge("input", "fc1"), new NirEdge("fc1", "lif1"),
                new NirEdge("lif1", "lif1"), new NirEdge("lif1", "output"))), "'lif1'", "itself");
        assertMentions(importFails(chain, List.of(new NirEdge("input", "fc1"), new NirEdge("fc1", "ghost"))),
                "ghost");
    }

    @Test
    void hugeDimensions() throws Exception {
        assertMentions(importFails(List.of(input(1_000_000_000L), affine("fc1", 1, 1), lif("lif1", 1), output(1))),
                "'input' (Input)", "'shape'", "1000000000");
        NirNode bigConv = new NirNode("conv", "Conv2d", Map.of(
                "weight", NirArray.float32(new int[]{1 << 20, 1, 1, 1}, new float[1 << 20]),
                "bias", NirArray.float32(new int[]{1 << 20}, new float[1 << 20])));
        assertMentions(importFails(List.of(input(1, 64, 64), bigConv, lif("lif1", 1), output(1))), "'conv' (Conv2d)",
                "neurons");
    }

    @Test
    void everyUnmappableNodeIsNamedWithItsType() throws Exception {
        NirNode delay = new NirNode("wait", "Delay", Map.of("delay", full(4, 1)));
        NirNode li = new NirNode("readout", "LI", Map.of("tau", full(4, 1), "r", full(4, 1), "v_leak", full(4, 0)));
        String m = importFails(List.of(input(4), affine("fc1", 4, 4), lif("lif1", 4), delay, affine("fc2", 4, 4), li,
                output(4)));
        assertMentions(m, "'wait' (Delay)", "'readout' (LI)");
    }

    @Test
    void writingUnderAFileOrOntoAFolderNamesThePathNotATempFile() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "keep");
        NirGraph g = NirGraph.chainOf(List.of(input(2), affine("fc", 3, 2)), Map.of());
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> NirWriter.write(g, notes.resolve("x.nir")));
        assertMentions(e.getMessage(), notes + " is a file, not a folder, so it cannot hold " + notes.resolve("x.nir"));
        Path folder = Files.createDirectory(dir.resolve("out.h5"));
        SpikeFiles.Spikes in = new SpikeFiles.Spikes(1, new int[]{2}, new byte[]{0, 1});
        e = assertThrows(java.io.IOException.class, () -> SpikeFiles.write(folder, in, Map.of(), Map.of()));
        assertMentions(e.getMessage(), folder + " is a folder, not a file");
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left behind");
        }
    }

    @Test
    void aFolderGivenAsTheNirOrSpikeFileIsCalledAFolderNotMissing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("net.nir"));
        assertMentions(importFails(folder), folder + ": is a folder, not a .nir file");
        NirFormatException e = assertThrows(NirFormatException.class, () -> SpikeFiles.readInput(folder));
        assertMentions(e.getMessage(), folder + ": is a folder, not an HDF5 spike file");
    }
}
