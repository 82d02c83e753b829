package io.spikeworks.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;
import io.spikeworks.model.file.ValidationError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Opening and saving project files; see {@link ProjectJson} for the format. */
public final class ProjectFiles {
    /** Where a project names its weights file. */
    public static final String WEIGHTS_FIELD = "$.weights";

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
        Project project = json.read(root, name);
        if (project.weights() == null) return project;
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path weights;
        try {
            weights = folder.resolve(project.weights()).normalize();
        } catch (InvalidPathException e) {
            throw new ProjectValidationException(name, List.of(new ValidationError(WEIGHTS_FIELD,
                    "'" + project.weights() + "' is not a file path: " + e.getReason())));
        }
        if (!Files.isRegularFile(weights))
            throw new ProjectValidationException(name, List.of(new ValidationError(WEIGHTS_FIELD, "no such file: "
                    + weights + " (a relative path is resolved against the project's folder)")));
        return project.withWeights(weights.toString());
    }

    /**
     * Writes atomically: the file is either the old project or the new one, also after a crash. The project
     * is not validated first, so work in progress can be saved; loading it reports what is left to fix. A weights
     * file that is not yet in the project's folder is copied there first (as {@code <name>.weights.<ext>}), so the
     * folder holds everything the project needs; the file names it relative to that folder.
     */
    public void save(Project project, Path file) throws IOException {
        Project written = project.weights() == null ? project : project.withWeights(weightsBeside(project.weights(), file));
        byte[] bytes = json.toJson(written).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The weights file's name in {@code projectFile}'s folder, after copying it there when it is elsewhere. */
    private static String weightsBeside(String weights, Path projectFile) throws IOException {
        Path source = Path.of(weights).toAbsolutePath().normalize();
        Path folder = projectFile.toAbsolutePath().normalize().getParent();
        if (folder.equals(source.getParent())) return source.getFileName().toString();
        if (!Files.isRegularFile(source))
            throw new IOException("the project's weights file " + source + " is gone; cannot copy it next to " + projectFile);
        String sourceName = source.getFileName().toString();
        int dot = sourceName.lastIndexOf('.');
        String extension = dot > 0 ? sourceName.substring(dot) : "";
        String projectName = projectFile.getFileName().toString().replaceFirst("\\.json$", "");
        String target = projectName + ".weights" + extension;
        AtomicFiles.write(folder.resolve(target), out -> Files.copy(source, out));
        return target;
    }
}
