package io.spikeworks.ui.builder;

import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftJson;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.file.StrictJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The recovery file: unsaved work (the whole draft, valid or not) written every few minutes to {@code recovery.json} in a directory (atomically,
 * like any save), with the path of the file it belongs to in {@code recovery.source}. Removed after a save, New,
 * Open or a normal exit; found on the next start only after a crash. No JavaFX here; the builder's timer calls
 * {@link #write}.
 */
public final class Autosave {
    public static final String FILE = "recovery.json";
    public static final String SOURCE = "recovery.source";

    private final Path directory;
    private final DraftJson json = new DraftJson(ComponentCatalog.standard());

    public Autosave(Path directory) {
        this.directory = directory;
    }

    /** {@code ~/.spikeworks/recovery}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".spikeworks", "recovery");
    }

    public Path file() {
        return directory.resolve(FILE);
    }

    public void write(Draft draft, Path source) throws IOException {
        Files.createDirectories(directory);
        io.spikeworks.model.file.AtomicFiles.writeString(file(), json.write(draft));
        Path src = directory.resolve(SOURCE);
        if (source == null) Files.deleteIfExists(src);
        else Files.writeString(src, source.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    public void clear() {
        try {
            Files.deleteIfExists(file());
            Files.deleteIfExists(directory.resolve(SOURCE));
        } catch (IOException ignored) {
            // a stale recovery file is offered once more, no harm
        }
    }

    /** What a crashed session left behind. */
    public record Recovery(Draft draft, Path source, FileTime written) {}

    /** The recovery file's project, if there is a readable one. */
    public Optional<Recovery> pending() {
        Path f = file();
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            Draft d = json.read(StrictJson.decode(Files.readAllBytes(f)));
            Path src = null;
            Path s = directory.resolve(SOURCE);
            if (Files.isRegularFile(s)) {
                String text = Files.readString(s, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) src = Path.of(text);
            }
            return Optional.of(new Recovery(d, src, Files.getLastModifiedTime(f)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
