package io.spikeworks.model.lesson;

import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.model.file.JsonPaths;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;
import io.spikeworks.model.file.ValidationError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        String name = file.getFileName().toString();
        try {
            StrictJson.requireNotFolder(file);
        } catch (JsonSyntaxException e) {
            throw new LessonValidationException(name, List.of(e.error()));
        }
        if (Files.size(file) > StrictJson.MAX_FILE_BYTES)
            throw new LessonValidationException(name, List.of(new ValidationError(JsonPaths.ROOT,
                    "the file is larger than any Spikeworks JSON file may be")));
        String text;
        try {
            text = StrictJson.decode(Files.readAllBytes(file)); // the same UTF-8 check as every other file
        } catch (JsonSyntaxException e) {
            throw new LessonValidationException(name, List.of(e.error()));
        }
        return json.parse(text, name);
    }

    /** Writes atomically: the file holds the old lesson or the new one, also after a crash. */
    public void save(Lesson lesson, Path file) throws IOException {
        AtomicFiles.writeString(file, json.toJson(lesson));
    }

    /** Whether a file is JSON that says it is a lesson ({@code "format": "spikeworks-lesson"}). */
    public static boolean isLesson(Path file) {
        try {
            var format = StrictJson.read(file).path("format");
            return format.isTextual() && format.asText().equals(LessonJson.FORMAT);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
