package io.spikeworks.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
     *                                    (text that is not UTF-8 or not JSON included)
     * @throws IOException                if the file cannot be read
     */
    public Project load(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = StrictJson.read(file);
        } catch (JsonSyntaxException e) {
            throw new ProjectValidationException(name, List.of(e.error()));
        }
        return json.read(root, name);
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
