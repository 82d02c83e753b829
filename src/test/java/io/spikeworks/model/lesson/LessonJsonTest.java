package io.spikeworks.model.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.file.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The lesson file format: what it reads, every problem it reports (path and line), and that it writes what it reads. */
class LessonJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LessonJson.Vocabulary VIEWS = new LessonJson.Vocabulary(Set.of("activity", "learning", "spikeRaster"));
    private final LessonJson lessons = new LessonJson(ComponentCatalog.standard(), VIEWS);

    @TempDir
    Path tmp;

    static ObjectNode sampleLesson() throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "spikeworks-lesson");
        root.put("version", 1);
        root.put("title", "Test lesson");
        root.put("summary", "one line");
        root.set("project", JSON.readTree(Files.readString(Path.of("sample-projects/mnist-bptt.json"))));
        ArrayNode steps = root.putArray("steps");
        ObjectNode a = steps.addObject();
        a.put("title", "Look");
        a.put("text", "A **spike** is an event.");
        a.put("show", "spikeRaster");
        a.putArray("hidden").add("palette.*").add("algorithm.*");
        a.putArray("locked").add("training.epochs");
        ObjectNode b = steps.addObject();
        b.put("title", "Train a little");
        b.put("text", "Press Run.");
        b.putObject("set").put("training.epochs", 1).put("network.layers[0].neuron.beta", 0.8);
        b.put("prompt", "Predict the accuracy after 20 batches, then press Run.");
        b.putObject("until").put("batches", 20);
        ObjectNode c = steps.addObject();
        c.put("title", "Faster");
        c.put("text", "- one\n- two");
        c.putObject("set").put("training.learningRate", 0.001);
        c.putObject("until").put("score", 0.8);
        return root;
    }

    private Lesson parse(ObjectNode root) throws Exception {
        return lessons.parse(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), "t.lesson.json");
    }

    private List<String> problems(String text) {
        LessonValidationException e = assertThrows(LessonValidationException.class, () -> lessons.parse(text, "bad.json"));
        return e.getMessage().lines().toList();
    }

    private List<String> problems(ObjectNode root) throws Exception {
        return problems(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    @Test
    void readsStepsAndAppliesEachStepsSettingsOnTopOfTheLastOnes() throws Exception {
        Lesson l = parse(sampleLesson());
        assertEquals("Test lesson", l.title());
        assertEquals(3, l.size());
        assertEquals(List.of("palette.*", "algorithm.*"), l.step(0).hidden());
        assertEquals(StepEnd.USER, l.step(0).until());
        assertEquals(StepEnd.afterBatches(20), l.step(1).until());
        assertEquals(StepEnd.atScore(0.8), l.step(2).until());
        Project base = l.project();
        assertEquals(3, base.training().epochs());
        assertEquals(l.project(), l.stepProjects().get(0), "step 1 sets nothing");
        assertEquals(1, l.stepProjects().get(1).training().epochs());
        assertEquals(0.8, ((Number) l.stepProjects().get(1).network().layers().get(0).neuron().params().get("beta")).doubleValue());
        assertEquals(1, l.stepProjects().get(2).training().epochs(), "kept from step 2");
        assertEquals(0.001, ((Number) l.stepProjects().get(2).training().get("learningRate")).doubleValue(), 1e-12);
        assertEquals(42L, ((Number) l.stepProjects().get(2).training().get("seed")).longValue(), "the seed stays fixed");
    }

    @Test
    void writesWhatItReadsAndSavesAtomically() throws Exception {
        Lesson l = parse(sampleLesson());
        String text = lessons.toJson(l);
        Lesson again = lessons.parse(text, "again");
        assertEquals(l, again);
        assertEquals(text, lessons.toJson(again), "stable");
        LessonFiles files = new LessonFiles(lessons);
        Path f = tmp.resolve("x.lesson.json");
        files.save(l, f);
        assertEquals(l, files.load(f));
        assertTrue(LessonFiles.isLesson(f));
        assertFalse(LessonFiles.isLesson(Path.of("sample-projects/mnist-bptt.json")));
        try (var listing = Files.list(tmp)) {
            assertEquals(List.of(f), listing.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void everyProblemIsReportedWithItsPathAndLine() throws Exception {
        String text = """
                {
                  "format": "spikeworks-lesson",
                  "version": 1,
                  "title": "x",
                  "summery": "typo",
                  "project": %s,
                  "steps": [
                    {"title": "a", "text": "b", "show": "spikeRastr"},
                    {"title": "c", "text": "d",
                     "until": {"batches": 0}},
                    {"title": "e", "text": "f", "hidden": ["algoritm.lr", "palette.dense", "palette.warp"]}
                  ]
                }
                """.formatted(Files.readString(Path.of("sample-projects/mnist-bptt.json")).strip().replace("\n", "\n  "));
        List<String> p = problems(text);
        int projectLines = Files.readString(Path.of("sample-projects/mnist-bptt.json")).strip().split("\n").length;
        int stepsLine = 6 + projectLines;
        assertTrue(p.contains("bad.json: $.summery: unknown key (did you mean 'summary'?) (line 5)"), p.toString());
        assertTrue(p.contains("bad.json: $.steps[0].show: no live view or tab \"spikeRastr\" (did you mean 'spikeRaster'?) (line "
                + (stepsLine + 1) + ")"), p.toString());
        assertTrue(p.contains("bad.json: $.steps[1].until.batches: must be a whole number ≥ 1, got 0 (line " + (stepsLine + 3) + ")"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("bad.json: $.steps[2].hidden[0]: no section \"algoritm\" (did you mean 'algorithm'?)")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("bad.json: $.steps[2].hidden[2]: no layer type \"warp\" in the palette")), p.toString());
        assertEquals(5, p.size(), p.toString());
    }

    @Test
    void aSettingMustNameAnExistingValueAndKeepTheProjectValid() throws Exception {
        ObjectNode root = sampleLesson();
        ObjectNode set = (ObjectNode) root.get("steps").get(1).get("set");
        set.put("training.epoch", 2);
        set.put("network.layers[7].units", 3);
        List<String> p = problems(root);
        assertTrue(p.stream().anyMatch(s -> s.contains("$.steps[1].set['training.epoch']: the project has no setting \"epoch\" here (did you mean 'epochs'?)")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("$.steps[1].set['network.layers[7].units']: layers has no item 7")), p.toString());

        root = sampleLesson();
        ((ObjectNode) root.get("steps").get(2).get("set")).put("network.layers[0].neuron.beta", 1.5);
        p = problems(root);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("bad.json: $.steps[2].set: makes the project invalid: $.network.layers[0].neuron.beta: must be"), p.get(0));
    }

    @Test
    void projectProblemsAreReportedUnderTheProjectKey() throws Exception {
        ObjectNode root = sampleLesson();
        ((ObjectNode) root.get("project").get("training")).put("batchSize", -3);
        List<String> p = problems(root);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("bad.json: $.project.training.batchSize: ")), p.toString());
    }

    @Test
    void aLessonWhoseAlgorithmIsMissingSaysSoInOneLine() throws Exception {
        ObjectNode root = sampleLesson();
        ((ObjectNode) root.get("project").get("algorithm")).put("type", "eprop");
        List<String> p = problems(root);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("bad.json: $.project.algorithm.type: this lesson needs the \"eprop\" training algorithm,"
                + " which this version of Spikeworks does not have yet"), p.get(0));
    }

    @Test
    void wrongFilesAndVersionsAreRefusedClearly() throws Exception {
        assertEquals(List.of("bad.json: $: the file is empty (or only white space); expected a JSON object"), problems(""));
        assertTrue(problems("{\"format\": \"spikeworks-lesson\",\n \"version\": 1,,}").get(0)
                .startsWith("bad.json: $: invalid JSON at line 2, column 15"));
        assertEquals(List.of("bad.json: $.format: this is a \"spikeworks-project\" file, not a lesson (\"spikeworks-lesson\") (line 2)"),
                problems(Files.readString(Path.of("sample-projects/mnist-bptt.json"))));
        ObjectNode root = sampleLesson();
        root.put("version", 2);
        assertTrue(problems(root).get(0).contains("written by a newer Spikeworks (version 2)"));
        root = sampleLesson();
        ((ObjectNode) root.get("steps").get(0)).put("until", "never");
        assertTrue(problems(root).get(0).contains("$.steps[0].until: must be \"user\", {\"batches\": N} or {\"score\": x}"));
        root = sampleLesson();
        root.put("thumbnail", "../../etc/passwd");
        assertTrue(problems(root).get(0).contains("$.thumbnail: must be a file name next to the lesson"));
    }

    @Test
    void aFolderNamedLikeALessonIsRefusedNamingIt() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("x.lesson.json"));
        LessonValidationException e = assertThrows(LessonValidationException.class, () -> new LessonFiles(lessons).load(folder));
        assertEquals("x.lesson.json: $: is a folder, not a file; expected a JSON file", e.getMessage());
    }

    @Test
    void linesAreFoundForNestedPathsAndFallBackToTheNearestAncestor() {
        JsonLines lines = JsonLines.of("{\n \"a\": {\n  \"b c\": [\n   1,\n   {\"d\": 2}\n  ]\n }\n}");
        assertEquals(1, lines.lineOf("$"));
        assertEquals(2, lines.lineOf("$.a"));
        assertEquals(3, lines.lineOf("$.a['b c']"));
        assertEquals(4, lines.lineOf("$.a['b c'][0]"));
        assertEquals(5, lines.lineOf("$.a['b c'][1].d"));
        assertEquals(5, lines.lineOf("$.a['b c'][1].missing"), "a missing key: its object's line");
        assertEquals(List.of("a", "b c", "1", "d"), JsonLines.segments("$.a['b c'][1].d"));
    }
}
