package io.spikeworks.ui.builder;

import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The projects in {@code sample-projects/}, each with its name and one-line description, for the start page. */
public final class SampleProjects {
    public static final String DIRECTORY = "sample-projects";
    public static final String PROPERTY = "spikeworks.samples";

    public record Sample(Path file, String name, String description) {}

    private SampleProjects() {}

    /** -Dspikeworks.samples, ./sample-projects, or sample-projects next to the assets directory. */
    public static Optional<Path> locate(Path assetsRoot) {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        candidates.add(Path.of(DIRECTORY));
        if (assetsRoot != null && assetsRoot.toAbsolutePath().getParent() != null) {
            candidates.add(assetsRoot.toAbsolutePath().getParent().resolve(DIRECTORY));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /**
     * The samples in a directory, by file name; unreadable files are listed with the reason as description.
     * Other Spikeworks files there (sweeps: {@code "format": "spikeworks-sweep"}) are not projects and are skipped.
     */
    public static List<Sample> list(Path dir) {
        List<Sample> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                String description = "";
                try {
                    JsonNode root = StrictJson.read(f);
                    JsonNode format = root.get("format");
                    if (format != null && format.isTextual() && !format.asText().equals(ProjectJson.FORMAT)) continue;
                    if (root.hasNonNull("name")) name = root.get("name").asText();
                    if (root.hasNonNull("description")) description = root.get("description").asText();
                } catch (IOException e) {
                    description = "cannot be read: " + e.getMessage();
                } catch (JsonSyntaxException e) {
                    description = "cannot be read: " + e.error();
                }
                out.add(new Sample(f, name, firstSentence(description)));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(s -> s.file().getFileName().toString()));
        return out;
    }

    private static String firstSentence(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 157) + "…" : line;
    }
}
