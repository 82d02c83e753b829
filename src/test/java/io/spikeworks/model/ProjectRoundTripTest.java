package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectRoundTripTest {

    private final ProjectJson json = new ProjectJson(ComponentCatalog.withBuiltIns());

    @Test
    void sampleLoadsWithTheDocumentedSettings() {
        Project p = json.parse(ProjectTrees.sampleText(), "mnist-bptt.json");
        assertEquals("MNIST · BPTT · 784-256-10 LIF", p.name());
        assertEquals("mnist", p.dataset().name());
        assertEquals("poisson", p.encoder().type());
        assertEquals(1.0, p.encoder().getDouble("gain"));
        assertEquals(List.of("hidden1", "out"), p.network().layers().stream().map(LayerSpec::id).toList());
        LayerSpec hidden = p.network().layers().get(0);
        assertEquals(256, hidden.component().getInt("units"));
        assertEquals(0.9, hidden.neuron().getDouble("beta"));
        assertEquals("subtract", hidden.neuron().getString("reset"));
        assertEquals(10, p.network().layers().get(1).component().getInt("units"));
        assertEquals("spike-count", p.network().readout().type());
        assertEquals("fast-sigmoid", p.algorithm().getString("surrogate"));
        assertEquals(25.0, p.algorithm().getDouble("surrogateScale"));
        assertEquals("ce-count", p.loss().type());
        assertEquals("float-reference", p.chipProfile());
        TrainingSpec t = p.training();
        assertEquals(List.of(3, 128, 25), List.of(t.epochs(), t.batchSize(), t.timeSteps()));
        assertEquals(42L, t.seed());
        assertEquals(5e-4, t.learningRate());
        assertEquals("adam", t.optimizer().type());
        assertEquals("constant", t.schedule().type());
        double previousX = Double.NEGATIVE_INFINITY;
        for (String node : List.of(Project.INPUT_NODE, "hidden1", "out", Project.READOUT_NODE)) {
            assertTrue(p.layout().get(node).x() > previousX, node + " is right of the previous node");
            previousX = p.layout().get(node).x();
        }
        assertEquals(List.of(), new ProjectValidator(ComponentCatalog.withBuiltIns()).validate(p));
    }

    @Test
    void sampleRoundTripsAndIsWrittenExactlyAsStored() {
        Project p = json.parse(ProjectTrees.sampleText(), "mnist-bptt.json");
        assertEquals(p, json.parse(json.toJson(p), "again"));
        assertEquals(ProjectTrees.sampleText(), json.toJson(p), "the sample is in canonical form");
    }

    @Test
    void convProjectRoundTripsWithDefaultsFilledIn() {
        Project p = json.parse(ProjectTrees.resourceText("cifar10-conv.json"), "cifar10-conv.json");
        String written = json.toJson(p);
        assertEquals(p, json.parse(written, "again"));
        assertEquals(written, json.toJson(json.parse(written, "again")), "writing is stable");

        LayerSpec c1 = p.network().layers().get(0);
        assertEquals(3, c1.component().getInt("kernel"), "default filled in");
        assertEquals(8, c1.neuron().getInt("stateBits"));
        assertEquals(0.9, c1.neuron().getDouble("beta"), "default filled in");
        assertTrue(p.network().layers().get(1).component().findInt("stride").isEmpty());
        assertNull(p.network().layers().get(1).neuron());
        assertEquals(Math.exp(-0.1), DerivedParams.membraneDecay(p.network().layers().get(2).neuron()), 1e-12);
        assertEquals(-7L, p.training().seed());
        assertEquals("loihi2", p.chipProfile());
        assertEquals(5000, p.dataset().limitTrain());
        assertNull(p.dataset().limitTest());
        assertEquals(new NodePosition(600.5, -20), p.layout().get("out"));
        assertTrue(written.contains("\"stride\": null"), "unset optional parameters are written as null");
        assertEquals("3×32×32 → 16×32×32 → 16×16×16 → 32×8×8 → 32×3×3 → 288 → 10",
                ShapeInference.infer(p, ComponentCatalog.withBuiltIns()).summary());
    }

    @Test
    void heldOutSamplesAreWrittenOnlyWhenSet() {
        Project p = json.parse(ProjectTrees.resourceText("cifar10-conv.json"), "cifar10-conv.json");
        assertNull(p.dataset().holdOut());
        assertFalse(json.toJson(p).contains("holdOut"), "files of projects without one stay as they were");
        Project held = p.withDataset(p.dataset().withHoldOut(500));
        String written = json.toJson(held);
        assertTrue(written.contains("\"holdOut\": 500"), written);
        assertEquals(held, json.parse(written, "again"));
        assertEquals(500, json.parse(written, "again").dataset().holdOut());
    }

    @Test
    void minimalFileLoadsWithDefaultsForEverythingOptional() {
        String minimal = """
                {"format": "spikeworks-project", "version": 1.0, "name": "tiny",
                 "dataset": {"name": "fashion-mnist"},
                 "encoder": {"type": "rate"},
                 "network": {"layers": [{"id": "out", "type": "dense", "units": 10,
                                         "neuron": {"type": "single-spike"}}],
                             "readout": {"type": "first-spike-time"}},
                 "algorithm": {"type": "bptt"},
                 "loss": {"type": "ttfs-temporal"},
                 "training": {"optimizer": {"type": "adam"}, "schedule": {"type": "cosine"}}}
                """;
        Project p = json.parse(minimal, "tiny.json");
        assertEquals("", p.description());
        assertEquals(Project.DEFAULT_CHIP_PROFILE, p.chipProfile());
        assertEquals(Map.of(), p.layout());
        assertEquals(1.0, p.network().layers().get(0).neuron().getDouble("beta"));
        assertEquals(5.0, p.loss().getDouble("tau"));
        for (ParamSpec setting : TrainingSpec.PARAMS) {
            assertEquals(setting.defaultValue(), p.training().get(setting.key()), setting.key());
        }
    }

    @Test
    void newDefaultIsValidAndRoundTrips() {
        Project p = Project.newDefault();
        assertEquals(List.of(), new ProjectValidator().validate(p));
        assertEquals(p, new ProjectJson().parse(new ProjectJson().toJson(p), "new"));
    }

    @Test
    void inputShapeAndNonAsciiTextSurvive() {
        Project p = Project.newDefault()
                .withName("Tiếng Việt — ✓ \"quoted\"")
                .withNetwork(Project.newDefault().network().withInputShape(TensorShape.of(784)));
        assertEquals(p, json.parse(json.toJson(p), "again"));
    }
}
