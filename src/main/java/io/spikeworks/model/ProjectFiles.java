package io.spikeworks.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening and saving project files; see {@link ProjectJson} for the format. */
public final class ProjectFiles {

    private final ProjectJson json;

    public ProjectFiles() {
        this(new ProjectJson());
    }

    public ProjectFiles(ProjectJson json) {
        this.json = json;
    }

    /**
     * @return the complete, validated project
     * @throws ProjectValidationException listing every problem, each prefixed with the file name
     * @throws IOException                if the file cannot be read (or is not UTF-8)
     */
    public Project load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // Some Windows editors start UTF-8 files with a byte order mark, which JSON does not allow.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return json.parse(text, file.getFileName().toString());
    }

    /**
     * Writes atomically: the file is either the old project or the new one, also after a crash. The project
     * is not validated first, so work in progress can be saved; loading it reports what is left to fix.
     */
    public void save(Project project, Path file) throws IOException {
        byte[] bytes = json.toJson(project).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
