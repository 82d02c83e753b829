package io.spikeworks.cli;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path defaultProject() throws IOException {
        Path file = tmp.resolve("mnist.json");
        new ProjectFiles().save(Project.newDefault(), file);
        return file;
    }

    /** A user profile like Loihi but with 512 inputs per core, so the default 784-128-10 network does not fit. */
    private Path chipsWithNarrowFanIn() throws IOException {
        Path dir = tmp.resolve("chips");
        ChipProfiles profiles = ChipProfiles.load(dir);
        String text = io.spikeworks.chip.ChipProfileJson.toJson(profiles.require("loihi").withName("narrow", "Narrow"))
                .replace("\"value\" : 4096,\n      \"unit\" : \"inputs\"", "\"value\" : 512,\n      \"unit\" : \"inputs\"");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("narrow.json"), text);
        return dir;
    }

    @Test
    void theDefaultProjectFitsItsOwnProfileAndLoihi() throws IOException {
        Path project = defaultProject();
        Run own = run("check", project.toString(), "--chips-dir", tmp.resolve("none").toString());
        assertEquals(0, own.code(), own.err());
        assertTrue(own.out().contains("chip profile: float-reference"), own.out());
        assertTrue(own.out().contains("fits: yes"), own.out());

        Run loihi = run("check", project.toString(), "--chip", "loihi", "--chips-dir", tmp.resolve("none").toString());
        assertEquals(0, loihi.code(), loihi.err());
        assertTrue(loihi.out().contains("hidden1"), loihi.out());
        assertTrue(loihi.out().contains("cores used: 3 of 128"), loihi.out());
    }

    @Test
    void aNetworkThatDoesNotFitExitsWith3AndSaysWhy() throws IOException {
        Path project = defaultProject();
        Path chips = chipsWithNarrowFanIn();
        Run r = run("check", project.toString(), "--chip", "narrow", "--chips-dir", chips.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("hidden1 needs fan-in 784 > 512 per core limit: split into 2 cores, or use a conv layer"),
                r.out());
    }

    @Test
    void errorsExit1AndUsageExits2() throws IOException {
        Path project = defaultProject();
        Run unknownChip = run("check", project.toString(), "--chip", "truenorth", "--chips-dir", tmp.toString());
        assertEquals(1, unknownChip.code());
        assertTrue(unknownChip.err().contains("no chip profile 'truenorth'; known: float-reference, loihi"), unknownChip.err());

        Path otherChip = tmp.resolve("other-chip.json");
        Files.writeString(otherChip, Files.readString(project).replaceFirst("\"chipProfile\": \"[^\"]*\"",
                "\"chipProfile\": \"truenorth\""));
        Run projectsChip = run("check", otherChip.toString(), "--chips-dir", tmp.toString());
        assertEquals(1, projectsChip.code());
        assertTrue(projectsChip.err().startsWith("error: " + otherChip + ": $.chipProfile: no chip profile 'truenorth'; "
                + "known: float-reference, loihi"), projectsChip.err());

        Path notAFolder = Files.writeString(tmp.resolve("chips.txt"), "loihi");
        Run chipsFile = run("check", project.toString(), "--chips-dir", notAFolder.toString());
        assertEquals(2, chipsFile.code(), chipsFile.out());
        assertTrue(chipsFile.err().startsWith("error: --chips-dir: " + notAFolder + " is a file; give the folder holding "
                + "chip profiles (NAME.json)"), chipsFile.err());

        Run missing = run("check", tmp.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{ \"formatVersion\": 1 }");
        Run invalid = run("check", broken.toString());
        assertEquals(1, invalid.code());
        assertTrue(invalid.err().contains("broken.json"), invalid.err());

        assertEquals(2, run("check").code());
        assertEquals(2, run("check", project.toString(), "--bogus").code());
    }
}
