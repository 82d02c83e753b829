package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.symmetry.FrozenBackprop;
import io.spikeworks.learn.symmetry.RoundRobinTransport;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepPlanTest {
    @TempDir
    Path tmp;

    @Test
    void arraysExpandToTheirCartesianProduct() throws Exception {
        ObjectNode block = (ObjectNode) new ObjectMapper().readTree(
                "{\"type\": \"fbp\", \"phi\": 100, \"transport\": [\"random\", \"round-robin\"], \"fraction\": [0.1, 0.01]}");
        List<ObjectNode> runs = SweepPlan.expand(block);
        assertEquals(4, runs.size());
        assertEquals(List.of("fbp phi=100 transport=random fraction=0.1", "fbp phi=100 transport=random fraction=0.01",
                        "fbp phi=100 transport=round-robin fraction=0.1", "fbp phi=100 transport=round-robin fraction=0.01"),
                runs.stream().map(SweepPlan::describe).toList());
    }

    @Test
    void theShippedSweepCoversTheIssuesGridOnBothCodings() throws Exception {
        SweepPlan plan = SweepPlan.load(Path.of("sample-projects", "fbp-sweep.json"));
        assertEquals(28, plan.entries().size(), "BP, fBP×3, partial 3 schemes × 2 fractions, FA, DFA, SS, KP; × rate, TTFS");
        assertEquals(14, plan.entries().stream().filter(e -> e.coding().equals("ttfs")).count());
        for (SweepEntry e : plan.entries()) {
            var rule = LearningRules.create(e.project().algorithm());
            assertEquals(e.project().algorithm().type(), rule.id());
            assertEquals("fashion-mnist", e.project().dataset().name());
            assertEquals(25.0, e.project().algorithm().getDouble("surrogateScale"), "inherits the base's surrogate");
        }
        assertEquals(plan.entries().size(), plan.entries().stream().map(SweepEntry::folderName).distinct().count());
        SweepEntry partial = plan.entries().stream()
                .filter(e -> e.label().equals("ttfs fbp phi=100 transport=round-robin fraction=0.01")).findFirst().orElseThrow();
        assertEquals("ttfs", partial.project().encoder().type());
        FrozenBackprop fbp = (FrozenBackprop) LearningRules.create(partial.project().algorithm());
        assertEquals(100, fbp.phi());
        assertInstanceOf(RoundRobinTransport.class, fbp.scheme());
    }

    @Test
    void theSampleProjectsDifferOnlyInTheAlgorithm() throws Exception {
        ProjectFiles files = new ProjectFiles();
        for (String coding : List.of("", "-ttfs")) {
            Project bp = files.load(Path.of("sample-projects", "fashion-bp" + coding + ".json"));
            Project fbp = files.load(Path.of("sample-projects", "fashion-fbp" + coding + ".json"));
            assertEquals("bptt", bp.algorithm().type());
            assertEquals("fbp", fbp.algorithm().type());
            assertEquals(100, fbp.algorithm().getInt("phi"));
            assertEquals(bp.withAlgorithm(fbp.algorithm()).withName(fbp.name()).withDescription(fbp.description()), fbp);
        }
    }

    @Test
    void badParametersAreReportedWithTheRunsLabel() throws Exception {
        Files.copy(Path.of("sample-projects", "fashion-bp.json"), tmp.resolve("base.json"));
        Files.writeString(tmp.resolve("s.json"), """
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json"},
                 "algorithms": [{"type": "fbp", "phi": [0]}]}""");
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepPlan.load(tmp.resolve("s.json")));
        assertTrue(e.getMessage().contains("$.algorithms[0]: run 'rate fbp phi=0' (project base.json): $.algorithm.phi"),
                e.getMessage());
    }

    private String errorsOf(String sweep) throws Exception {
        Files.writeString(tmp.resolve("s.json"), sweep);
        return assertThrows(SweepFileException.class, () -> SweepPlan.load(tmp.resolve("s.json"))).getMessage();
    }

    private void base() throws Exception {
        if (!Files.exists(tmp.resolve("base.json"))) Files.copy(Path.of("sample-projects", "fashion-bp.json"), tmp.resolve("base.json"));
    }

    @Test
    void aCodingWhoseProjectIsNotAnObjectIsAnErrorWithItsPath() throws Exception {
        Files.writeString(tmp.resolve("list.json"), "[1, 2]");
        String m = errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "list.json"}, "algorithms": [{"type": "bptt"}]}""");
        assertEquals("s.json: $.codings.rate: list.json: $: must be a JSON object with \"format\": \"spikeworks-project\", got a list", m);
    }

    @Test
    void theSweepAndItsProjectsAreReadStrictly() throws Exception {
        base();
        assertTrue(errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json"}, "algorithms": [{"type": "bptt"}]} x""")
                .startsWith("s.json: $: invalid JSON at line 1"));
        String text = Files.readString(tmp.resolve("base.json")).replaceFirst("\"name\": \"fashion-mnist\"",
                "\"name\": \"fashion-mnist\", \"name\": \"mnist\"");
        Files.writeString(tmp.resolve("dup.json"), text);
        String m = errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "dup.json"}, "algorithms": [{"type": "bptt"}]}""");
        assertTrue(m.startsWith("s.json: $.codings.rate: dup.json: $.dataset: invalid JSON at line"), m);
        assertTrue(m.contains("the key 'name' is given twice in one object"), m);
    }

    @Test
    void anEmptyValueListAndAMissingTypeAreErrors() throws Exception {
        base();
        String m = errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json"},
                 "algorithms": [{"type": "fbp", "phi": []}, {"phi": 3}, "bptt"]}""");
        assertEquals(String.join("\n",
                "s.json: $.algorithms[0].phi: an empty list gives no runs; give at least one value",
                "s.json: $.algorithms[1].type: missing; every algorithm block names its algorithm",
                "s.json: $.algorithms[2]: must be an object such as {\"type\": \"bptt\"}, got text 'bptt'"), m);
    }

    @Test
    void aGridPastTheCapIsRefusedBeforeExpandingIt() throws Exception {
        base();
        String hundred = java.util.stream.IntStream.range(1, 101).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        String m = errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json", "ttfs": "base.json"},
                 "algorithms": [{"type": "fbp", "phi": %s, "fraction": %s, "transport": %s}]}""".formatted(hundred, hundred, hundred));
        assertEquals("s.json: $.algorithms: the grid makes 2,000,000 runs (2 codings × 1,000,000 algorithm settings); "
                + "a sweep runs at most 1,000: use fewer values, or split it into several sweeps", m);
    }

    @Test
    void everyCodingsProblemIsReportedTogether() throws Exception {
        assertTrue(errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "x.json"}, "algorithm": [],
                 "algorithms": [{"type": "bptt"}]}""").startsWith("s.json: $.algorithm: unknown field"));
        String m = errorsOf("""
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "nope.json", "ttfs": 3},
                 "algorithms": [{"type": "bptt"}]}""");
        assertEquals(List.of("s.json: $.codings.rate: no such file: " + tmp.resolve("nope.json").toAbsolutePath(),
                "s.json: $.codings.ttfs: must be a project file name, got 3"), m.lines().toList());
    }
}
