package io.spikeworks.ui.builder;

import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.*;

/** Recent files, the recovery file and the sample list, without a window. */
class FilesSupportTest {
    @TempDir
    Path tmp;

    @Test
    void recentFilesAreNewestFirstUniqueBoundedAndRemembered() throws Exception {
        Preferences node = Preferences.userRoot().node("io/spikeworks/test/recent-" + System.nanoTime());
        try {
            RecentFiles r = new RecentFiles(node);
            for (int i = 0; i < RecentFiles.MAX + 2; i++) r.add(tmp.resolve("p" + i + ".json"));
            r.add(tmp.resolve("p5.json"));
            List<Path> list = r.list();
            assertEquals(RecentFiles.MAX, list.size());
            assertEquals(tmp.resolve("p5.json"), list.get(0));
            assertEquals(list.stream().distinct().count(), list.size());
            assertEquals(list, new RecentFiles(node).list());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void autosaveWritesFindsAndClears() throws Exception {
        Autosave a = new Autosave(tmp.resolve("rec"));
        assertTrue(a.pending().isEmpty());
        // work in progress that is not a valid project yet: an unconnected layer with an out-of-range value
        io.spikeworks.edit.Draft d = io.spikeworks.edit.DraftEdits.addLayer(
                io.spikeworks.edit.Draft.of(Project.newDefault().withName("Work in progress")),
                io.spikeworks.edit.DraftEdits.newLayer(io.spikeworks.model.ComponentCatalog.standard(), "conv2d", "conv1")
                        .withParam("kernel", 99),
                new io.spikeworks.model.NodePosition(10, 400));
        a.write(d, tmp.resolve("orig.json"));
        Autosave.Recovery r = a.pending().orElseThrow();
        assertEquals(d, r.draft());
        assertEquals(tmp.resolve("orig.json").toAbsolutePath(), r.source());
        a.clear();
        assertTrue(a.pending().isEmpty());
        Files.createDirectories(tmp.resolve("rec"));
        Files.writeString(a.file(), "{ broken");
        assertTrue(a.pending().isEmpty(), "an unreadable recovery file is not offered");
    }

    @Test
    void samplesAreListedWithTheirDescriptions() {
        List<SampleProjects.Sample> samples = SampleProjects.list(Path.of("sample-projects"));
        SampleProjects.Sample s = samples.stream().filter(x -> x.file().getFileName().toString().equals("mnist-bptt.json"))
                .findFirst().orElseThrow();
        assertEquals("MNIST · BPTT · 784-256-10 LIF", s.name());
        assertFalse(s.description().isBlank());
        assertTrue(samples.stream().noneMatch(x -> x.file().getFileName().toString().equals("fbp-sweep.json")),
                "a sweep file is not a project to open");
        for (SampleProjects.Sample x : samples) {
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> new io.spikeworks.model.ProjectFiles().load(x.file()),
                    x.file() + " is listed, so it must open");
        }
        assertEquals("mnist-bptt-json".replace("-json", ".json").replace("mnist-bptt", "x"), ModelBuilder.fileNameFor("X"));
    }
}
