package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sample project's canvas layout fits the model pane of a 1280-pixel window (about 420 pixels wide) at a
 * readable zoom: the Fashion samples once stood in one 940-pixel row that fit only at 30 %.
 */
class SampleLayoutsTest {
    /** Node boxes are 140 wide; at 60 % zoom the widest layout still fits 420 pixels. */
    static final double MAX_WIDTH = 420 / 0.6;

    @Test
    void noSampleLaysItsChainOutInOneLongRow() throws Exception {
        ProjectFiles files = new ProjectFiles();
        try (Stream<Path> all = Files.list(Path.of("sample-projects"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".json")).toList()) {
                if (!Files.readString(f).contains("\"format\": \"spikeworks-project\"")) continue;
                Project p = files.load(f);
                double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
                for (NodePosition n : p.layout().values()) {
                    min = Math.min(min, n.x());
                    max = Math.max(max, n.x());
                }
                double width = max - min + 140;
                assertTrue(width <= MAX_WIDTH, f + ": layout " + width + " wide");
            }
        }
    }
}
