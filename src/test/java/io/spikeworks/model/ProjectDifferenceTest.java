package io.spikeworks.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ProjectDifferenceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLE = Path.of("sample-projects/antiderivative-bptt.json");

    private static ObjectNode sample() throws Exception {
        return (ObjectNode) MAPPER.readTree(Files.readString(SAMPLE));
    }

    @Test
    void everySampleProjectEqualsItselfAndItsOwnRoundTrip() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-projects"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String json = Files.readString(f);
                if (!json.contains("\"spikeworks-project\"")) continue; // sweeps live there too
                assertEquals(List.of(), ProjectDifference.between(json, json), f.toString());
                // written back by the model: the same settings, however the file spelled them
                String again = new ProjectJson().toJson(new ProjectJson().parse(json, f.toString()));
                assertEquals(List.of(), ProjectDifference.between(json, again), f.toString());
            }
        }
    }

    @Test
    void oneParameterChangedThroughTheModelIsTheOneChangeFound() throws Exception {
        String json = Files.readString(SAMPLE);
        Project p = new ProjectJson().parse(json, "a");
        ObjectNode edited = sample();
        ((ObjectNode) edited.get("training")).put("learningRate", 0.001);
        String changed = new ProjectJson().toJson(new ProjectJson().parse(edited.toString(), "b"));
        assertEquals(0.002, p.training().learningRate(), 0);
        List<ProjectDifference.Change> d = ProjectDifference.between(new ProjectJson().toJson(p), changed);
        assertEquals(List.of(new ProjectDifference.Change("training.learningRate", "0.002", "0.001")), d);
        assertEquals("lr 0.002 → 0.001", ProjectDifference.summary(d, 2));
    }

    @Test
    void whatDoesNotChangeTrainingIsLeftOutAndNumbersCompareByValue() throws Exception {
        ObjectNode a = sample();
        ObjectNode b = sample();
        b.put("name", "another name");
        b.put("description", "another text");
        ((ObjectNode) b.get("layout").get("hidden1")).put("x", 999.0);
        ((ObjectNode) b.get("training")).put("learningRate", new java.math.BigDecimal("2e-3"));
        assertEquals(List.of(), ProjectDifference.between(a.toString(), b.toString()));
        assertEquals("same settings", ProjectDifference.summary(List.of(), 2));
    }

    @Test
    void layersPairByIdSoAnInsertedLayerIsOneChange() throws Exception {
        ObjectNode a = sample();
        ObjectNode b = sample();
        ArrayNode layers = (ArrayNode) b.get("network").get("layers");
        ObjectNode extra = layers.get(0).deepCopy();
        extra.put("id", "hidden0");
        layers.insert(0, extra);
        ((ObjectNode) layers.get(2).get("neuron")).put("beta", 0.8); // hidden2, now third
        ((ObjectNode) b.get("algorithm")).put("type", "fa");
        List<ProjectDifference.Change> d = ProjectDifference.between(a.toString(), b.toString());
        assertEquals(3, d.size(), d.toString());
        assertEquals(new ProjectDifference.Change("network.layers.hidden2.neuron.beta", "0.9", "0.8"), d.get(0));
        assertEquals("neuron.beta 0.9 → 0.8", d.get(0).text());
        assertEquals("hidden0 added", d.get(1).text());
        assertNull(d.get(1).before());
        assertEquals("algorithm bptt → fa", d.get(2).text());
        assertEquals("neuron.beta 0.9 → 0.8, hidden0 added, +1 more", ProjectDifference.summary(d, 2));
        // the other way round the layer was removed
        List<String> back = ProjectDifference.between(b.toString(), a.toString()).stream()
                .map(ProjectDifference.Change::text).toList();
        assertEquals(List.of("hidden0 removed", "neuron.beta 0.8 → 0.9", "algorithm fa → bptt"), back);
    }

    @Test
    void numbersAreWrittenAsAPersonWould() {
        assertEquals("0.0005", ProjectDifference.number(new java.math.BigDecimal("5.0E-4")));
        assertEquals("20", ProjectDifference.number(new java.math.BigDecimal("20.0")));
        assertEquals("0", ProjectDifference.number(new java.math.BigDecimal("0.000")));
        assertEquals("-0.25", ProjectDifference.number(new java.math.BigDecimal("-0.250")));
        assertEquals("1e-8", ProjectDifference.number(new java.math.BigDecimal("1.0E-8")));
        assertEquals("1.5e7", ProjectDifference.number(new java.math.BigDecimal("15000000")));
        List<ProjectDifference.Change> d = ProjectDifference.between(
                "{\"training\": {\"learningRate\": 5.0E-4, \"epochs\": 20}}",
                "{\"training\": {\"learningRate\": 0.002, \"epochs\": 20.0}}");
        assertEquals("lr 0.0005 → 0.002", ProjectDifference.summary(d, 3));
    }

    @Test
    void textThatIsNoProjectSaysWhichOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProjectDifference.between("{}", "{\"training\": "));
        assertTrue(e.getMessage().startsWith("the second project is not JSON"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProjectDifference.between("[1]", "{}"));
        assertEquals("the first project is not a JSON object", e.getMessage());
    }
}
