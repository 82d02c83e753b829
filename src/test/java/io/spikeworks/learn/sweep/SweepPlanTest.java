package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.symmetry.FrozenBackprop;
import io.spikeworks.learn.symmetry.RoundRobinTransport;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectValidationException;
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
        ProjectValidationException e = assertThrows(ProjectValidationException.class, () -> SweepPlan.load(tmp.resolve("s.json")));
        assertTrue(e.getMessage().contains("rate fbp phi=0") && e.getMessage().contains("$.algorithm.phi"), e.getMessage());
    }
}
