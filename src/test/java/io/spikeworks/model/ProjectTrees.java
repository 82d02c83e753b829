package io.spikeworks.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.ValidationError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helper: project files as editable JSON trees, and the errors loading them gives. */
final class ProjectTrees {
    private ProjectTrees() {}

    static final Path SAMPLE = Path.of("sample-projects", "mnist-bptt.json");
    static final ObjectMapper MAPPER = new ObjectMapper();

    static String sampleText() {
        try {
            return Files.readString(SAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        try (InputStream in = ProjectTrees.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh mutable copy of the sample project's JSON. */
    static ObjectNode sample() {
        try {
            return (ObjectNode) MAPPER.readTree(sampleText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode layer(ObjectNode project, int index) {
        return (ObjectNode) project.get("network").get("layers").get(index);
    }

    static ObjectNode neuron(ObjectNode project, int layerIndex) {
        return (ObjectNode) layer(project, layerIndex).get("neuron");
    }

    static Project parse(JsonNode tree) {
        return new ProjectJson(ComponentCatalog.withBuiltIns()).parse(tree.toString(), "test.json");
    }

    static List<ValidationError> errorsOf(JsonNode tree) {
        return errorsOf(tree.toString());
    }

    static List<ValidationError> errorsOf(String json) {
        return assertThrows(ProjectValidationException.class,
                () -> new ProjectJson(ComponentCatalog.withBuiltIns()).parse(json, "test.json")).errors();
    }
}
