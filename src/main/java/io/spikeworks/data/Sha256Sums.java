package io.spikeworks.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Expected SHA-256 digests read from a file in {@code sha256sum} format ({@code <hex>  <name>} per line). */
public final class Sha256Sums {
    public static final String FILE_NAME = "SHA256SUMS";

    private final String source;
    private final Map<String, String> digests;

    private Sha256Sums(String source, Map<String, String> digests) {
        this.source = source;
        this.digests = digests;
    }

    /** Reads {@code SHA256SUMS} from {@code directory}. */
    public static Sha256Sums readFrom(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new DatasetException(file.toString(), "missing: cannot verify checksums without it");
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses sums text; {@code source} names it in messages. Blank lines and {@code #} comments are skipped. */
    public static Sha256Sums parse(String source, String text) {
        Map<String, String> digests = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            // "<64 hex> <space or *><name>": a space for text mode, * for binary mode.
            if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-fA-F]{64}") || line.charAt(64) != ' '
                    || (line.charAt(65) != ' ' && line.charAt(65) != '*')) {
                throw new DatasetException(source, "line " + (i + 1) + " is not '<sha256 hex>  <file name>': "
                        + abbreviate(line));
            }
            digests.put(line.substring(66), line.substring(0, 64).toLowerCase());
        }
        return new Sha256Sums(source, Map.copyOf(digests));
    }

    public Set<String> fileNames() {
        return digests.keySet();
    }

    public Optional<String> expected(String fileName) {
        return Optional.ofNullable(digests.get(fileName));
    }

    /** Reads {@code file} and checks it against its listed digest. */
    public void check(Path file) {
        check(file.toString(), file.getFileName().toString(), IdxReader.readFile(file));
    }

    /**
     * Checks bytes already in memory, so a file is read once for both checking and parsing.
     *
     * @param file     names the file in messages
     * @param listedAs its name in the sums file
     */
    public void check(String file, String listedAs, byte[] content) {
        String expected = digests.get(listedAs);
        if (expected == null) throw new DatasetException(file, "not listed in " + source);
        String actual = sha256Hex(content);
        if (!actual.equals(expected)) {
            throw new DatasetException(file, "checksum mismatch: " + FILE_NAME + " says sha256 " + expected
                    + ", file has " + actual);
        }
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
