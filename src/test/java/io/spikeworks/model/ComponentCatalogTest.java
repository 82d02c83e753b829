package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spikeworks.model.ComponentFamily.ALGORITHM;
import static io.spikeworks.model.ComponentFamily.LAYER;
import static io.spikeworks.model.ComponentFamily.NEURON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentCatalogTest {

    private final ComponentCatalog catalog = ComponentCatalog.withBuiltIns();

    @Test
    void listsBuiltInsInRegistrationOrder() {
        assertEquals(List.of("dense", "conv2d", "maxpool", "avgpool", "flatten", "deeponet"), catalog.typeIds(LAYER));
        assertEquals(List.of("lif", "if", "cuba-lif", "single-spike", "leaky-integrator"), catalog.typeIds(NEURON));
        assertEquals(List.of("poisson", "rate", "ttfs", "direct", "events"), catalog.typeIds(ComponentFamily.ENCODER));
        assertEquals(List.of("spike-count", "membrane-sum", "membrane-max", "first-spike-time", "membrane-mean"),
                catalog.typeIds(ComponentFamily.READOUT));
        assertEquals(List.of("bptt", "fbp", "fa", "dfa", "sign-symmetry", "kolen-pollack", "nbp",
                "weight-perturbation", "forward-gradient", "ttl-bptt"), catalog.typeIds(ALGORITHM));
        assertEquals(List.of("ce-count", "ce-membrane", "mse-count", "ttfs-temporal", "mse-regression"),
                catalog.typeIds(ComponentFamily.LOSS));
        assertEquals(List.of("sgd", "adam"), catalog.typeIds(ComponentFamily.OPTIMIZER));
        assertEquals(List.of("constant", "step", "cosine"), catalog.typeIds(ComponentFamily.SCHEDULE));
        assertEquals(List.of("fast-sigmoid", "arctan", "triangle", "rectangular"),
                catalog.typeIds(ComponentFamily.SURROGATE));
        assertEquals(List.of("mnist", "fashion-mnist", "mnist20-binary", "fashion-binary", "cifar10", "cifar100", "sine-1d",
                "moving-bars", "mnist-saccade-events", "fashion-saccade-events", "n-mnist", "dvs-gesture",
                "mexican-hat-2d", "poisson1d", "antiderivative1d", "diffusion-reaction"), catalog.typeIds(ComponentFamily.DATASET));
        assertEquals(List.of("beta", "tau", "dt", "threshold", "reset", "refractory"),
                catalog.require(NEURON, "lif").paramKeys());
    }

    @Test
    void registerAddsATypeThatPickersAndLoadingSee() {
        ComponentSpec eprop = ComponentSpec.of(ALGORITHM, "node-perturbation", "Node perturbation",
                "Estimates gradients by perturbing neuron inputs; needs only forward passes.",
                ParamSpec.ofDouble("sigma", "σ").greaterThan(0).withDefault(1e-3).withHelp("perturbation size"));
        catalog.register(eprop);
        assertEquals("node-perturbation", catalog.typeIds(ALGORITHM).get(catalog.typeIds(ALGORITHM).size() - 1));
        assertEquals(eprop, catalog.list(ALGORITHM).get(catalog.typeIds(ALGORITHM).size() - 1));

        var tree = ProjectTrees.sample();
        tree.withObjectProperty("algorithm").removeAll().put("type", "node-perturbation").put("sigma", 0.01);
        Project p = new ProjectJson(catalog).parse(tree.toString(), "wp.json");
        assertEquals(0.01, p.algorithm().getDouble("sigma"));
        // the application-wide catalog was not touched
        assertTrue(ComponentCatalog.standard().find(ALGORITHM, "node-perturbation").isEmpty());
    }

    @Test
    void registeringATypeTwiceIsRefused() {
        ComponentSpec again = ComponentSpec.of(NEURON, "lif", "LIF", "");
        assertThrows(IllegalArgumentException.class, () -> catalog.register(again));
    }

    @Test
    void everySurrogateBpttOffersIsDescribedInTheSurrogateFamily() {
        ParamSpec surrogate = catalog.require(ALGORITHM, "bptt").param("surrogate");
        assertEquals(catalog.typeIds(ComponentFamily.SURROGATE), surrogate.choices());
    }

    @Test
    void lookupByFamilyAndType() {
        assertEquals("Leaky integrate-and-fire", catalog.require(NEURON, "lif").displayName());
        assertTrue(catalog.find(LAYER, "lif").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.require(NEURON, "izh"));
        assertEquals("unknown neuron type 'izh'; known: lif, if, cuba-lif, single-spike, leaky-integrator", e.getMessage());
    }

    @Test
    void everyBuiltInHasHelpAndValidDefaults() {
        for (ComponentFamily family : ComponentFamily.values()) {
            assertFalse(catalog.list(family).isEmpty(), family.name());
            for (ComponentSpec spec : catalog.list(family)) {
                assertFalse(spec.help().isBlank(), spec.type());
                for (ParamSpec param : spec.params()) {
                    assertFalse(param.help().isBlank(), spec.type() + "." + param.key());
                    if (param.defaultValue() != null) {
                        assertEquals(java.util.Optional.empty(), param.problemWith(param.defaultValue()));
                    }
                }
            }
        }
    }

    @Test
    void metadataTheValidatorAndEngineUse() {
        assertTrue(catalog.require(LAYER, "conv2d").has(ComponentTrait.SPIKING));
        assertFalse(catalog.require(LAYER, "maxpool").has(ComponentTrait.SPIKING));
        DatasetFacts cifar100 = catalog.require(ComponentFamily.DATASET, "cifar100").datasetFacts();
        assertEquals(TensorShape.of(3, 32, 32), cifar100.inputShape());
        assertEquals(100, cifar100.classCount());
        assertTrue(catalog.require(ComponentFamily.DATASET, "cifar10").has(ComponentTrait.NEEDS_PATH));
        assertFalse(catalog.require(ComponentFamily.DATASET, "mnist").has(ComponentTrait.NEEDS_PATH));
        assertTrue(catalog.require(ComponentFamily.LOSS, "ttfs-temporal").has(ComponentTrait.CLASSIFICATION));
        assertFalse(catalog.require(ComponentFamily.LOSS, "mse-regression").has(ComponentTrait.CLASSIFICATION));
        ParamSpec stateBits = catalog.require(NEURON, "cuba-lif").param("stateBits");
        assertEquals("bits", stateBits.unit());
        assertEquals(0.0, stateBits.min());
        assertEquals(32.0, stateBits.max());
    }
}
