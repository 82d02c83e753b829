package io.spikeworks.ui.lesson;

import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.lesson.Lesson;
import io.spikeworks.model.lesson.LessonFiles;
import io.spikeworks.model.lesson.LessonJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The lessons shipped in sample-projects/lessons: all load, play fixed seeds, and cover the five topics. */
class SampleLessonsTest {
    private static final Path DIR = Path.of("sample-projects", LessonSetup.FOLDER);

    @Test
    void everyShippedLessonLoadsWithItsThumbnail() throws Exception {
        LessonFiles files = new LessonFiles(new LessonJson(ComponentCatalog.standard(), LessonSetup.vocabulary()));
        List<Lesson> lessons = new ArrayList<>();
        try (Stream<Path> found = Files.list(DIR)) {
            for (Path f : found.filter(p -> p.toString().endsWith(".lesson.json")).sorted().toList()) {
                Lesson l = files.load(f);
                assertNotNull(l.thumbnail(), f + " has a thumbnail");
                assertTrue(Files.isRegularFile(DIR.resolve(l.thumbnail())), f + ": " + l.thumbnail() + " exists");
                assertTrue(l.size() >= 3, f + " has steps");
                Object seed = l.project().training().get("seed");
                assertNotNull(seed, f + " fixes its seed");
                l.stepProjects().forEach(p -> assertEquals(seed, p.training().get("seed"), f + ": no step changes the seed"));
                lessons.add(l);
            }
        }
        assertTrue(lessons.size() >= 5, "at least five lessons: " + lessons.size());
        List<String> algorithms = lessons.stream().flatMap(l -> l.stepProjects().stream()).map(p -> p.algorithm().type()).distinct().toList();
        assertTrue(algorithms.containsAll(List.of("bptt", "fbp", "nbp", "weight-perturbation")), algorithms.toString());
        List<String> encoders = lessons.stream().flatMap(l -> l.stepProjects().stream()).map(p -> p.encoder().type()).distinct().toList();
        assertTrue(encoders.containsAll(List.of("poisson", "ttfs")), "rate and latency coding: " + encoders);
        assertTrue(lessons.stream().anyMatch(l -> l.steps().stream().anyMatch(s -> LifNeuronView.ID.equals(s.show()))),
                "the spike-and-membrane lesson shows the one-neuron view");
    }
}
