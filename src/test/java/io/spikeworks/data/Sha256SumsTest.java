package io.spikeworks.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Sha256SumsTest {
    @TempDir
    Path dir;

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    // FIPS 180-2 test vector for "abc"
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestMatchesTheStandardTestVector() {
        assertEquals(ABC_SHA256, Sha256Sums.sha256Hex(ABC));
    }

    @Test
    void acceptsAMatchingFile() throws IOException {
        Files.write(dir.resolve("a.bin"), ABC);
        Files.writeString(dir.resolve("SHA256SUMS"), "# made by hand\n" + ABC_SHA256.toUpperCase() + " *a.bin\n");
        Sha256Sums sums = Sha256Sums.readFrom(dir);
        assertEquals(ABC_SHA256, sums.expected("a.bin").orElseThrow());
        assertDoesNotThrow(() -> sums.check(dir.resolve("a.bin")));
    }

    @Test
    void checksumMismatchNamesTheFileAndBothDigests() throws IOException {
        Path file = Files.write(dir.resolve("train-images-idx3-ubyte.gz"), "abd".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("SHA256SUMS"), ABC_SHA256 + "  train-images-idx3-ubyte.gz\n");
        DatasetException e = assertThrows(DatasetException.class, () -> Sha256Sums.readFrom(dir).check(file));
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": checksum mismatch: SHA256SUMS says sha256 " + ABC_SHA256
                + ", file has "), e.getMessage());
    }

    @Test
    void fileNotListed() throws IOException {
        Path file = Files.write(dir.resolve("extra.gz"), ABC);
        Files.writeString(dir.resolve("SHA256SUMS"), ABC_SHA256 + "  other.gz\n");
        DatasetException e = assertThrows(DatasetException.class, () -> Sha256Sums.readFrom(dir).check(file));
        assertTrue(e.getMessage().startsWith(file + ": not listed in "), e.getMessage());
    }

    @Test
    void missingSumsFile() {
        DatasetException e = assertThrows(DatasetException.class, () -> Sha256Sums.readFrom(dir));
        assertEquals(dir.resolve("SHA256SUMS").toString(), e.file());
        assertTrue(e.problem().startsWith("missing"), e.getMessage());
    }

    @Test
    void malformedLineIsReportedWithItsNumber() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> Sha256Sums.parse("SHA256SUMS", ABC_SHA256 + "  a\nnot a checksum line\n"));
        assertEquals("SHA256SUMS: line 2 is not '<sha256 hex>  <file name>': not a checksum line", e.getMessage());
    }
}
