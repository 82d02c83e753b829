package io.spikeworks.learn.nbp;

import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NbpProjectCheckTest {
    static String sample() throws Exception {
        return Files.readString(Path.of("sample-projects/mnist-bptt.json"));
    }

    static Project parse(String json) {
        return new ProjectJson().parse(json, "test.json");
    }

    static String binaryDirect(String json) {
        return json.replace("\"name\": \"mnist\"", "\"name\": \"mnist20-binary\"")
                .replace("\"type\": \"poisson\",\n    \"gain\": 1.0", "\"type\": \"direct\"");
    }

    @Test
    void binaryDataDirectEncoderAndTwoDenseLayersPass() throws Exception {
        assertEquals(List.of(), NbpProjectCheck.problems(parse(binaryDirect(sample()))));
    }

    @Test
    void greyDataAndARateEncoderAreRefusedWithTheReason() throws Exception {
        List<String> p = NbpProjectCheck.problems(parse(sample()));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("data set 'mnist'"), p.get(0));
        assertTrue(p.get(1).startsWith("encoder 'poisson'") && p.get(1).contains("'direct'"), p.get(1));
    }

    @Test
    void aThirdDenseLayerIsRefused() throws Exception {
        Project ok = parse(binaryDirect(sample()));
        Project three = ok.withNetwork(ok.network().withLayerInserted(1, ok.network().layers().get(0).withId("extra")));
        List<String> p = NbpProjectCheck.problems(three);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("3 dense layers"), p.get(0));
    }
}
