package io.spikeworks.model;

import io.spikeworks.model.file.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProjectFilesTest {

    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles(new ProjectJson(ComponentCatalog.withBuiltIns()));

    private List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.sorted().toList();
        }
    }

    @Test
    void sampleProjectLoads() throws IOException {
        Project p = files.load(ProjectTrees.SAMPLE);
        assertEquals("MNIST · BPTT · 784-256-10 LIF", p.name());
    }

    @Test
    void saveThenLoadGivesTheSameProject() throws IOException {
        Path file = dir.resolve("p.json");
        Project p = Project.newDefault().withName("saved");
        files.save(p, file);
        assertEquals(p, files.load(file));
        assertEquals(new ProjectJson().toJson(p), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), filesIn(dir), "no temp file left behind");
    }

    @Test
    void aFolderNamedLikeAProjectIsRefusedNamingIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("p.json"));
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> files.load(folder));
        assertEquals("p.json: $: is a folder, not a file; expected a JSON file", e.getMessage());
    }

    /** The weights file: relative to the project's folder in the file, resolved on load, copied along by Save As. */
    @Test
    void aWeightsFileIsNamedRelativeToTheProjectAndTravelsWithIt() throws IOException {
        Path weights = Files.write(dir.resolve("p.weights.bin"), new byte[]{1, 2, 3});
        Path file = dir.resolve("p.json");
        files.save(Project.newDefault().withWeights(weights.toString()), file);
        assertTrue(Files.readString(file).contains("\"weights\": \"p.weights.bin\""), Files.readString(file));
        assertEquals(weights.toString(), files.load(file).weights());

        Path other = Files.createDirectories(dir.resolve("sub")).resolve("q.json");
        files.save(files.load(file), other);
        assertTrue(Files.readString(other).contains("\"weights\": \"q.weights.bin\""), Files.readString(other));
        assertEquals(List.of(other, dir.resolve("sub").resolve("q.weights.bin")), filesIn(dir.resolve("sub")),
                "the copy and no temp file");
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), boxed(Files.readAllBytes(dir.resolve("sub").resolve("q.weights.bin"))));

        Files.delete(dir.resolve("sub").resolve("q.weights.bin"));
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> files.load(other));
        assertEquals("q.json: $.weights: no such file: " + dir.resolve("sub").resolve("q.weights.bin")
                + " (a relative path is resolved against the project's folder)", e.getMessage());
    }

    @Test
    void aBlankWeightsFieldIsAnErrorAtItsPath() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), new ProjectJson().toJson(Project.newDefault())
                .replace("\"layout\": {", "\"weights\": \" \",\n  \"layout\": {"));
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> files.load(file));
        assertTrue(e.getMessage().contains("$.weights: must name a weights file"), e.getMessage());
        String noWeights = new ProjectJson().toJson(Project.newDefault());
        assertFalse(noWeights.contains("weights"), "projects without one keep their files as they were");
    }

    private static List<Byte> boxed(byte[] b) {
        java.util.ArrayList<Byte> l = new java.util.ArrayList<>();
        for (byte v : b) l.add(v);
        return l;
    }

    @Test
    void saveReplacesAnExistingFileCompletely() throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "x".repeat(100_000));
        Project p = Project.newDefault();
        files.save(p, file);
        assertEquals(new ProjectJson().toJson(p), Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void failedWriteLeavesTheTargetUntouchedAndNoTempFile() throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "old content");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("{\"format\": \"spikeworks-pro".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void failedWriteOfANewFileCreatesNothing() {
        Path file = dir.resolve("new.json");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("serialiser bug");
        }));
        assertFalse(Files.exists(file));
        assertTrue(listing().isEmpty());
    }

    @Test
    void savingOntoAFolderOrUnderAFileSaysSoAndWritesNothing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("p.json"));
        IOException onFolder = assertThrows(IOException.class, () -> files.save(Project.newDefault(), folder));
        assertEquals(folder + " is a folder, not a file", onFolder.getMessage());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "keep");
        Path under = notes.resolve("sub").resolve("p.json");
        IOException underFile = assertThrows(IOException.class, () -> files.save(Project.newDefault(), under));
        assertEquals(notes + " is a file, not a folder, so it cannot hold " + under, underFile.getMessage());
        assertEquals(List.of(notes, folder), filesIn(dir), "no temp file left behind");
        assertEquals(List.of(), filesIn(folder));
        assertEquals("keep", Files.readString(notes));
    }

    @Test
    void savingIntoAMissingFolderNamesTheFolder() {
        Path file = dir.resolve("gone").resolve("p.json");
        IOException e = assertThrows(IOException.class, () -> files.save(Project.newDefault(), file));
        assertEquals(dir.resolve("gone") + ": no such folder; cannot write p.json", e.getMessage());
    }

    private List<Path> listing() {
        try {
            return filesIn(dir);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void saveIntoAMissingDirectoryFailsWithoutSideEffects() {
        Path file = dir.resolve("missing").resolve("p.json");
        assertThrows(IOException.class, () -> files.save(Project.newDefault(), file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void savedOverFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        files.save(Project.newDefault(), file);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void byteOrderMarkIsTolerated() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + ProjectTrees.sampleText(), StandardCharsets.UTF_8);
        assertEquals(files.load(ProjectTrees.SAMPLE), files.load(file));
    }

    @Test
    void loadErrorsNameTheFile() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, ProjectTrees.sampleText().replace("\"units\": 256", "\"units\": -1"));
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> files.load(file));
        assertEquals("broken.json", e.sourceName());
        assertEquals("broken.json: $.network.layers[0].units: must be at least 1, got -1", e.getMessage());
    }

    @Test
    void missingFileIsAnIoError() {
        assertThrows(IOException.class, () -> files.load(dir.resolve("nope.json")));
        assertTrue(listing().isEmpty());
    }
}
