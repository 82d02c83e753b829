package io.spikeworks.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.ValidationError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.model.ProjectTrees.errorsOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A deeponet layer that does not fit its project is refused at the JSON path of the mistake, saying why. */
class OperatorNetValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode sample(String file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(Path.of("sample-projects", file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode onet(ObjectNode p) {
        return (ObjectNode) p.get("network").get("layers").get(0);
    }

    private static ValidationError error(String path, String message) {
        return new ValidationError(path, message);
    }

    @Test
    void theSampleProjectsLoadAndDescribeTheirStacks() throws IOException {
        for (String file : List.of("poisson1d-deeponet-bptt.json", "poisson1d-deeponet-wp.json",
                "poisson1d-deeponet-fwd.json", "antiderivative-deeponet-bptt.json", "antiderivative-deeponet-wp.json",
                "antiderivative-deeponet-fwd.json", "diffusion-reaction-seponet-bptt.json",
                "diffusion-reaction-seponet-wp.json", "diffusion-reaction-seponet-fwd.json")) {
            Project p = new ProjectFiles().load(Path.of("sample-projects", file));
            assertEquals(List.of(), new ProjectValidator().validate(p), file);
        }
        Project sep = new ProjectFiles().load(Path.of("sample-projects", "diffusion-reaction-seponet-bptt.json"));
        OperatorNetGeometry g = OperatorNetGeometry.of(sep.network().layers().get(0).component());
        assertEquals(2, g.trunks().size(), "SepONet: one trunk per axis");
        assertArrayEquals(new int[]{100}, g.trunkInputs().get(0));
        assertArrayEquals(new int[]{101}, g.trunkInputs().get(1));
        assertEquals(1, g.trunks().get(1)[0]);
        assertEquals(g.latent(), g.branch()[g.branch().length - 1]);
    }

    @Test
    void moreSensorsThanTheRowHoldsIsRefused() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        onet(p).put("sensors", 101);
        assertEquals(List.of(error("$.network.layers[0]", "deeponet 'onet': sensors m = 101 takes the whole row of 101 "
                + "values (or more), leaving no coordinates for the trunk; m must be below 101")),
                errorsOf(p));
    }

    @Test
    void coordinatesThatDoNotMakeUpTheRowAreRefused() {
        ObjectNode p = sample("diffusion-reaction-seponet-bptt.json");
        onet(p).put("coordinates", 1);
        assertEquals(List.of(error("$.network.layers[0]", "deeponet 'onet': 100 sensors + 1 coordinate = 101 values per "
                + "row, but the input has 102; set coordinates to 2 or sensors to 101")),
                errorsOf(p));
    }

    @Test
    void aDeepOnetMustBeTheOnlyLayer() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        ArrayNode layers = (ArrayNode) p.get("network").get("layers");
        ObjectNode hidden = layers.insertObject(0);
        hidden.put("id", "pre").put("type", "dense").put("units", 101);
        hidden.set("neuron", onet(sample("poisson1d-deeponet-bptt.json")).get("neuron").deepCopy());
        List<ValidationError> errors = errorsOf(p);
        assertEquals(error("$.network.layers[1]", "layer 'onet' is a deeponet: it splits the rows [f at m sensors, "
                + "coordinates] itself and gives G(f)(y), so it must be the network's only layer; remove the other 1 layer"),
                errors.get(0), errors.toString());
    }

    @Test
    void aSpikeReadoutIsRefused() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        ((ObjectNode) p.get("network").get("readout")).put("type", "spike-count");
        assertEquals(List.of(error("$.network.readout", "readout 'spike-count' cannot read deeponet 'onet': its output G "
                + "is the membrane of a unit that never spikes; use membrane-mean")), errorsOf(p));
    }

    @Test
    void truncatedLocalBpttIsRefused() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        ObjectNode ttl = JSON.createObjectNode().put("type", "ttl-bptt");
        p.set("algorithm", ttl);
        assertEquals(List.of(error("$.algorithm.type", "ttl-bptt trains blocks of layers over windows of steps, but "
                + "deeponet 'onet' is one layer that needs all steps at once; use bptt or weight-perturbation")), errorsOf(p));
    }

    @Test
    void hiddenLayersNeedSpikingNeurons() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        ObjectNode li = JSON.createObjectNode().put("type", "leaky-integrator").put("beta", 0.9);
        onet(p).set("neuron", li);
        assertEquals(List.of(error("$.network.layers[0].neuron.type", "deeponet 'onet' gives its neuron to the hidden "
                + "layers of its branch and trunks, and leaky-integrator neurons never spike; pick a spiking neuron (e.g. "
                + "lif)")), errorsOf(p));
    }

    @Test
    void classLabelsAreRefusedByTheOutputSize() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        ((ObjectNode) p.get("dataset")).put("name", "mnist");
        ((ObjectNode) p.get("loss")).put("type", "ce-membrane");
        List<ValidationError> errors = errorsOf(p);
        // mnist rows are 784 values: the sensors and coordinates do not make them up either
        assertEquals("$.network.layers[0]", errors.get(0).path(), errors.toString());
    }

    @Test
    void anInnerLayerTooLargeForOneArrayIsRefusedBeforeAnythingIsAllocated() {
        ObjectNode p = sample("poisson1d-deeponet-bptt.json");
        onet(p).put("trunkUnits", 2_000_000_000L);
        List<ValidationError> errors = errorsOf(p);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("$.network.layers[0].trunkUnits", errors.get(0).path());
        assertEquals(true, errors.get(0).message().startsWith("deeponet 'onet' would have an inner layer of 1 × "
                + "2,000,000,000 weights"), errors.get(0).message());
    }
}
