package io.spikeworks.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening and saving lesson files; see {@link LessonJson} for the format. */
public final class LessonFiles {
    private final LessonJson json;

    public LessonFiles(LessonJson json) {
        this.json = json;
    }

    /**
     * @throws LessonValidationException listing every problem with its JSON path and line
     * @throws IOException               if the file cannot be read
     */
    public Lesson load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return json.parse(text, file.getFileName().toString());
    }

    /** Writes atomically: the file holds the old lesson or the new one, also after a crash. */
    public void save(Lesson lesson, Path file) throws IOException {
        AtomicFiles.writeString(file, json.toJson(lesson));
    }

    /** Whether a file is JSON that says it is a lesson ({@code "format": "spikeworks-lesson"}). */
    public static boolean isLesson(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            var format = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).path("format");
            return format.isTextual() && format.asText().equals(LessonJson.FORMAT);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
