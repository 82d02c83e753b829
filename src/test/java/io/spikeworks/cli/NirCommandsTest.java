package io.spikeworks.cli;

import io.jhdf.HdfFile;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.nir.NirReader;
import io.spikeworks.nir.SpikeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NirCommandsTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path golden(String name, String file) throws URISyntaxException {
        return Path.of(NirCommandsTest.class.getResource("/io/spikeworks/nir/golden/" + name + "/" + file).toURI());
    }

    @Test
    void importWritesAProjectAndShowsTheDerivedParameters() throws Exception {
        Path out = tmp.resolve("a.json");
        Run r = run("import-nir", golden("a_lif784_zero", "net.nir").toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("dt = 1.0E-4 s, from the default"), r.out());
        assertTrue(r.out().contains("fc1 + lif1: Affine → dense 256, LIF → lif 'lif1'; β = 1 − dt/τ"), r.out());
        Project p = new ProjectFiles().load(out);
        assertEquals("mnist", p.dataset().name());
        assertEquals("zero", p.network().layers().get(0).neuron().getString("reset"));
        assertEquals(1.1, p.network().layers().get(0).neuron().getDouble("threshold"), 1e-7);

        Run dt = run("import-nir", golden("a_lif784_zero", "net.nir").toString(), tmp.resolve("b.json").toString(),
                "--dt", "1e-3");
        assertEquals(1, dt.code(), dt.out());
        assertTrue(dt.err().contains("'lif1' (LIF), field 'tau'") && dt.err().contains("shorter than dt"), dt.err());
    }

    @Test
    void importRefusesWhatMakesNoValidProjectAndWritesNothing() throws Exception {
        Path out = tmp.resolve("c.json");
        Run r = run("import-nir", golden("c_cuba", "net.nir").toString(), out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no bundled data set has 100 inputs and 10 classes"), r.err());
        assertFalse(Files.exists(out));

        Path notHdf5 = Files.writeString(tmp.resolve("x.nir"), "hello");
        Run bad = run("import-nir", notHdf5.toString(), out.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("error: " + notHdf5 + ": not an HDF5 file"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void importOntoAFolderWritesNoWeightsFileEither() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("a.json"));
        Run r = run("import-nir", golden("a_lif784_zero", "net.nir").toString(), folder.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals("error: " + folder + " is a folder, not a file", r.err().strip());
        try (var listing = Files.list(tmp)) {
            assertEquals(java.util.List.of(folder), listing.toList(), "nothing written beside it");
        }
    }

    @Test
    void aBadDtIsAUsageErrorForEveryNirCommand() throws Exception {
        String nir = golden("a_lif784_zero", "net.nir").toString();
        for (String[] args : new String[][]{
                {"import-nir", nir, tmp.resolve("i.json").toString(), "--dt", "-1"},
                {"export-nir", nir, tmp.resolve("e.nir").toString(), "--dt", "-1"},
                {"simulate", nir, "--input", tmp.resolve("in.h5").toString(), "--record",
                        tmp.resolve("s.h5").toString(), "--dt", "-1"}}) {
            Run r = run(args);
            assertEquals(SpikeworksCli.USAGE, r.code(), args[0] + ": " + r.err());
            assertTrue(r.err().startsWith("error: --dt must be a positive number of seconds, got -1.0"), r.err());
        }
    }

    @Test
    void exportRefusesALossyProjectUnlessAllowed() throws Exception {
        Path out = tmp.resolve("m.nir");
        Run refused = run("export-nir", "sample-projects/mnist-bptt.json", out.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("lossy: hidden1: reset by subtraction"), refused.err());
        assertTrue(refused.err().contains("--allow-lossy"), refused.err());
        assertTrue(refused.out().contains("note: encoder: 'poisson' is not part of the graph"), refused.out());
        assertFalse(Files.exists(out));

        Run allowed = run("export-nir", "sample-projects/mnist-bptt.json", out.toString(), "--allow-lossy");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("marked LOSSY"), allowed.out());
        assertEquals("true", NirReader.read(out).metadata().get("lossy"));
    }

    /**
     * b's network (a's values with snnTorch's subtract reset) exported: the graph, which resets to zero, differs from
     * the original in the 477 of 7980 bits snnTorch's re-import does (expected.json).
     */
    @Test
    void exportCountsHowMuchALossyGraphDisagrees() throws Exception {
        Path json = tmp.resolve("b.json");
        assertEquals(0, run("import-nir", golden("b_lif784_subtract", "net.nir").toString(), json.toString()).code());
        // the project keeps b's mean β and θ, not per-neuron values: this checks the count, not b's exact spikes
        Files.writeString(json, Files.readString(json).replace("\"zero\"", "\"subtract\""));
        Path input = inputFile("b_lif784_subtract", new int[]{784});
        Run r = run("export-nir", json.toString(), tmp.resolve("b.nir").toString(), "--input", input.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*the NIR graph differs from Spikeworks in [1-9]\\d* of 7980 bits \\(\\d+ in lif1, "
                + "\\d+ in lif2\\).*"), r.out());
        assertFalse(Files.exists(tmp.resolve("b.nir")));
    }

    /** simulate on a golden file records the spikes snnTorch recorded, named like the file's neuron nodes. */
    @Test
    void simulateReproducesAGoldenCase() throws Exception {
        Path rec = tmp.resolve("rec.h5");
        Path input = inputFile("d_conv_avgpool", new int[]{1, 12, 12});
        Run r = run("simulate", golden("d_conv_avgpool", "net.nir").toString(), "--input", input.toString(),
                "--record", rec.toString());
        assertEquals(0, r.code(), r.err());
        for (String node : new String[]{"lif1", "lif2", "lif3"}) {
            assertArrayEquals(npyBytes(golden("d_conv_avgpool", "spikes." + node + ".npy")), recorded(rec, node), node);
        }
    }

    /** The project and its export give the same spikes under simulate, keyed by the same node names. */
    @Test
    void exportedProjectSimulatesLikeTheProject() throws Exception {
        String json = Files.readString(Path.of("sample-projects/mnist-bptt.json")).replace("\"subtract\"", "\"zero\"");
        Path project = Files.writeString(tmp.resolve("zero.json"), json);
        Path nir = tmp.resolve("zero.nir");
        assertEquals(0, run("export-nir", project.toString(), nir.toString()).code());
        Path input = inputFile("a_lif784_zero", new int[]{784});
        Path a = tmp.resolve("a.h5"), b = tmp.resolve("b.h5");
        assertEquals(0, run("simulate", project.toString(), "--input", input.toString(), "--record", a.toString()).code());
        assertEquals(0, run("simulate", nir.toString(), "--input", input.toString(), "--record", b.toString()).code());
        for (String node : new String[]{"hidden1", "out"}) assertArrayEquals(recorded(a, node), recorded(b, node), node);
        int spikes = 0;
        for (byte v : recorded(a, "hidden1")) spikes += v;
        assertTrue(spikes > 0);
    }

    /**
     * import-nir writes the weights file next to the project; saved elsewhere the project takes a copy along; loaded
     * from there, simulate gives snnTorch's recorded spikes, 0 mismatches (and without the file, other spikes).
     */
    @Test
    void anImportedProjectKeepsItsWeightsThroughSaveAndLoad() throws Exception {
        Path imported = tmp.resolve("imported").resolve("a.json");
        Files.createDirectories(imported.getParent());
        Run r = run("import-nir", golden("a_lif784_zero", "net.nir").toString(), imported.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a.weights.swweights"), r.out());
        assertTrue(Files.isRegularFile(imported.resolveSibling("a.weights.swweights")));
        assertTrue(Files.readString(imported).contains("\"weights\": \"a.weights.swweights\""));

        Path moved = tmp.resolve("elsewhere").resolve("b.json");
        Files.createDirectories(moved.getParent());
        new ProjectFiles().save(new ProjectFiles().load(imported), moved);
        assertTrue(Files.readString(moved).contains("\"weights\": \"b.weights.swweights\""), Files.readString(moved));
        assertArrayEquals(Files.readAllBytes(imported.resolveSibling("a.weights.swweights")),
                Files.readAllBytes(moved.resolveSibling("b.weights.swweights")));

        Path input = inputFile("a_lif784_zero", new int[]{784});
        Path rec = tmp.resolve("rec.h5");
        Run sim = run("simulate", moved.toString(), "--input", input.toString(), "--record", rec.toString());
        assertEquals(0, sim.code(), sim.err());
        assertTrue(sim.out().contains("weights: the project's weights file b.weights.swweights"), sim.out());
        int bits = 0;
        for (String node : new String[]{"lif1", "lif2"}) {
            byte[] want = npyBytes(golden("a_lif784_zero", "spikes." + node + ".npy"));
            assertEquals(0, mismatches(want, recorded(rec, node)), node);
            bits += want.length;
        }
        assertTrue(bits > 0);

        Path seeded = Files.writeString(tmp.resolve("elsewhere").resolve("seeded.json"),
                Files.readString(moved).replace("\"weights\": \"b.weights.swweights\",", ""));
        Path rec2 = tmp.resolve("rec2.h5");
        assertEquals(0, run("simulate", seeded.toString(), "--input", input.toString(), "--record", rec2.toString()).code());
        assertTrue(mismatches(npyBytes(golden("a_lif784_zero", "spikes.lif2.npy")), recorded(rec2, "lif2")) > 0);
    }

    /** A weights file that is missing, damaged or made for another network is an error naming the field and file. */
    @Test
    void aWeightsFileThatIsMissingOrDoesNotFitIsRefused() throws Exception {
        Path project = tmp.resolve("a.json");
        assertEquals(0, run("import-nir", golden("a_lif784_zero", "net.nir").toString(), project.toString()).code());
        Path input = inputFile("a_lif784_zero", new int[]{784});
        String rec = tmp.resolve("r.h5").toString();

        String json = Files.readString(project);
        assertTrue(json.contains("\"units\": 256"), json);
        Path narrower = Files.writeString(tmp.resolve("narrower.json"), json.replace("\"units\": 256", "\"units\": 100"));
        Run misfit = run("simulate", narrower.toString(), "--input", input.toString(), "--record", rec);
        assertEquals(1, misfit.code());
        assertTrue(misfit.err().startsWith("error: $.weights (") && misfit.err().contains("a.weights.swweights")
                && misfit.err().contains("does not fit the project's network")
                && misfit.err().contains("parameter 'lif1.weight' holds 200704 values, the network needs 78400"), misfit.err());
        assertFalse(misfit.err().contains("Exception"), misfit.err());
        assertFalse(Files.exists(Path.of(rec)));
        Run check = run("check", narrower.toString());
        assertEquals(1, check.code());
        assertTrue(check.err().contains("is not a valid project:") && check.err().contains("$.weights (")
                && check.err().contains("parameter 'lif1.weight' holds 200704 values"), check.err());
        Run fits = run("check", project.toString());
        assertTrue(fits.out().contains("weights: a.weights.swweights fits the network"), fits.out() + fits.err());

        Path weights = tmp.resolve("a.weights.swweights");
        byte[] good = Files.readAllBytes(weights);
        byte[] damaged = good.clone();
        damaged[good.length / 2] ^= 4;
        Files.write(weights, damaged);
        Run bad = run("simulate", project.toString(), "--input", input.toString(), "--record", rec);
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("$.weights: ") && bad.err().contains("damaged (checksum mismatch)"), bad.err());

        Files.delete(weights);
        Run missing = run("simulate", project.toString(), "--input", input.toString(), "--record", rec);
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("a.json: $.weights: no such file: " + weights.toAbsolutePath().normalize()),
                missing.err());
    }

    private static int mismatches(byte[] a, byte[] b) {
        assertEquals(a.length, b.length);
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    @Test
    void simulateSaysWhenTheInputDoesNotFit() throws Exception {
        Path input = inputFile("c_cuba", new int[]{100});
        Run r = run("simulate", "sample-projects/mnist-bptt.json", "--input", input.toString(), "--record",
                tmp.resolve("r.h5").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("/input has 100 values per step") && r.err().contains("784"), r.err());
    }

    private Path inputFile(String name, int[] shape) throws Exception {
        byte[] v = npyBytes(golden(name, "input.npy"));
        int width = 1;
        for (int d : shape) width *= d;
        Path f = tmp.resolve(name + "-input.h5");
        SpikeFiles.write(f, new SpikeFiles.Spikes(v.length / width, shape, v), Map.of(), Map.of());
        return f;
    }

    private static byte[] recorded(Path file, String node) {
        try (HdfFile h = new HdfFile(file)) {
            Object flat = h.getDatasetByPath("spikes/" + node).getDataFlat();
            return (byte[]) flat;
        }
    }

    /** The data of a .npy file of bytes (format 1.0 header). */
    private static byte[] npyBytes(Path p) throws Exception {
        byte[] all = Files.readAllBytes(p);
        ByteBuffer b = ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int headerLen = Short.toUnsignedInt(b.getShort(8));
        return java.util.Arrays.copyOfRange(all, 10 + headerLen, all.length);
    }
}
