package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetsCommandTest {
    private static final Path ASSETS = Path.of("assets");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A copy of the bundled assets to damage. */
    private Path copyOfAssets() throws IOException {
        Path copy = tmp.resolve("assets");
        try (Stream<Path> files = Files.walk(ASSETS.resolve("datasets"))) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(ASSETS.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return copy;
    }

    @Test
    void listsBundledSetsWithCountsShapeSizeAndLocation() {
        Run r = run("datasets", "--assets", ASSETS.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
        String mnist = r.outLines().stream().filter(l -> l.startsWith("mnist ")).findFirst().orElseThrow();
        assertTrue(mnist.contains("train 60000") && mnist.contains("test 10000") && mnist.contains("1×28×28")
                && mnist.contains("classes 10") && mnist.contains("11,369,320 bytes")
                && mnist.endsWith(ASSETS.toAbsolutePath().resolve("datasets/mnist").toString()), mnist);
        assertTrue(r.out().contains("fashion-mnist  train 60000"), r.out());
    }

    @Test
    void verifyPassesOnTheBundledData() {
        Run r = run("datasets", "verify", "--assets", ASSETS.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
        assertEquals(List.of(
                "mnist          train 60000 × 1×28×28  classes 10  "
                        + "[5923 6742 5958 6131 5842 5421 5918 6265 5851 5949]  sha256 ok",
                "mnist          test  10000 × 1×28×28  classes 10  "
                        + "[980 1135 1032 1010 982 892 958 1028 974 1009]  sha256 ok",
                "fashion-mnist  train 60000 × 1×28×28  classes 10  "
                        + "[6000 6000 6000 6000 6000 6000 6000 6000 6000 6000]  sha256 ok",
                "fashion-mnist  test  10000 × 1×28×28  classes 10  "
                        + "[1000 1000 1000 1000 1000 1000 1000 1000 1000 1000]  sha256 ok"), r.outLines());
    }

    @Test
    void verifyReportsEveryProblemOfACorruptedCopyAndFails() throws IOException {
        Path copy = copyOfAssets();
        Path mnistLabels = copy.resolve("datasets/mnist/train-labels-idx1-ubyte.gz");
        byte[] content = Files.readAllBytes(mnistLabels);
        Files.write(mnistLabels, Arrays.copyOf(content, content.length / 2));
        Path fashionImages = copy.resolve("datasets/fashion-mnist/t10k-images-idx3-ubyte.gz");
        Files.delete(fashionImages);

        Run r = run("datasets", "verify", "--assets", copy.toString());
        assertEquals(1, r.code());
        List<String> out = r.outLines();
        assertEquals(4, out.size(), r.out());
        assertEquals("mnist          train unreadable  sha256 FAILED", out.get(0));
        assertTrue(out.get(1).endsWith("sha256 ok"), out.get(1));
        assertTrue(out.get(2).endsWith("sha256 ok"), out.get(2));
        assertEquals("fashion-mnist  test  unreadable  sha256 FAILED", out.get(3));

        List<String> err = r.errLines();
        assertEquals(List.of(
                "error: " + mnistLabels + ": checksum mismatch",
                "error: " + mnistLabels + ": truncated",
                "error: " + fashionImages + ": missing"),
                err.stream().map(l -> l.replaceFirst("(: (checksum mismatch|truncated)).*", "$1")).toList());
    }

    @Test
    void verifySelectedSetsAndOptionBeforeTheSubcommand() throws IOException {
        Path copy = copyOfAssets();
        Files.write(copy.resolve("datasets/fashion-mnist/train-images-idx3-ubyte.gz"), new byte[]{1, 2, 3});
        Run r = run("datasets", "--assets", copy.toString(), "verify", "mnist");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.outLines().size());
        Run bad = run("datasets", "verify", "--assets", copy.toString(), "fashion-mnist");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("train-images-idx3-ubyte.gz: wrong magic"), bad.err());
    }

    @Test
    void listFailsOnACorruptHeader() throws IOException {
        Path copy = copyOfAssets();
        Path images = copy.resolve("datasets/mnist/t10k-images-idx3-ubyte.gz");
        Files.write(images, new byte[]{0, 0, 8});
        Run r = run("datasets", "--assets", copy.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("mnist          unreadable"), r.out());
        assertEquals(List.of("error: " + images + ": truncated: file ends inside the 4-byte IDX magic (3 bytes)"),
                r.errLines());
    }

    @Test
    void missingAssetsDirectoryIsAOneLineError() {
        Path nowhere = tmp.resolve("nowhere");
        Run r = run("datasets", "verify", "--assets", nowhere.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("error: " + nowhere.toAbsolutePath()
                + ": assets directory given explicitly does not exist or is not a directory"), r.errLines());
    }

    @Test
    void unknownSetIsAUsageError() {
        Run r = run("datasets", "verify", "--assets", ASSETS.toString(), "cifar-10");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: unknown data set 'cifar-10'; known: mnist, fashion-mnist"), r.err());
    }
}
