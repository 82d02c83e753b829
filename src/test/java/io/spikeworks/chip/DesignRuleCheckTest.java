package io.spikeworks.chip;

import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spikeworks.chip.TestProfiles.NONE;
import static io.spikeworks.chip.TestProfiles.chip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignRuleCheckTest {

    /** 784-128-10, the default project's network. */
    private static final List<LayerFootprint> MLP = List.of(
            LayerFootprint.dense("hidden1", 784, 128), LayerFootprint.dense("out", 128, 10));

    private static Violation only(CheckResult r) {
        assertEquals(1, r.violations().size(), r.report());
        return r.violations().get(0);
    }

    @Test
    void fitsOnLoihiWithTheMappingWorkedOutByHand() {
        ChipProfile loihi = ChipProfiles.builtInOnly().require("loihi");
        CheckResult r = DesignRuleCheck.check(MLP, loihi);
        assertTrue(r.fits(), r.report());
        // hidden1: 784 synapses × (8 forward + 8 feedback) bits = 12,544 bits per neuron;
        // 1,048,576 / 12,544 = 83.6 → 83 neurons per core → ceil(128 / 83) = 2 cores
        LayerMapping h = r.mapping().layers().get(0);
        assertEquals(12_544, h.synapseBitsPerNeuron());
        assertEquals(83, h.neuronsPerCore());
        assertEquals(2, h.cores());
        assertEquals(83 * 12_544, h.synapticBitsPerCore());
        assertEquals(784, h.inputsPerCore());
        // out: 128 × 16 = 2,048 bits per neuron, all 10 on one core; hidden1's neurons each reach that one core
        LayerMapping o = r.mapping().layers().get(1);
        assertEquals(1, o.cores());
        assertEquals(10, o.neuronsPerCore());
        assertEquals(1, h.destinationCores());
        assertEquals(0, o.destinationCores());
        assertEquals(3, r.mapping().totalCores());
        assertEquals(83 * 12_544, r.mapping().maxSynapticBitsPerCore());
        assertTrue(r.report().contains("fits: yes"), r.report());
    }

    @Test
    void theFloatReferenceFitsAnything() {
        ChipProfile ref = ChipProfiles.builtInOnly().defaultProfile();
        CheckResult r = DesignRuleCheck.check(List.of(LayerFootprint.dense("huge", 1_000_000, 1_000_000)), ref);
        assertTrue(r.fits());
        assertEquals(1, r.mapping().totalCores());
    }

    @Test
    void fanInBeyondTheLimitIsExactlyAFanInViolation() {
        CheckResult r = DesignRuleCheck.check(MLP, chip(8, false, NONE, NONE, NONE, 512L, NONE));
        Violation v = only(r);
        assertEquals(DesignRule.FAN_IN, v.rule());
        assertEquals("hidden1", v.layer());
        assertEquals(512, v.limit());
        assertEquals(784, v.need());
        assertEquals("hidden1 needs fan-in 784 > 512 per core limit: split into 2 cores, or use a conv layer", v.message());
        assertEquals(2, r.mapping().layers().get(0).fanInSplit());
        assertEquals(392, r.mapping().layers().get(0).inputsPerCore());
    }

    @Test
    void synapsesBeyondCoreMemoryAreExactlyAMemoryViolation() {
        // 784 × 8 = 6,272 bits > 6,000; out needs 128 × 8 = 1,024 and fits
        CheckResult r = DesignRuleCheck.check(MLP, chip(8, false, NONE, NONE, 6_000L, NONE, NONE));
        Violation v = only(r);
        assertEquals(DesignRule.SYNAPTIC_MEMORY, v.rule());
        assertEquals("hidden1", v.layer());
        assertEquals(6_000, v.limit());
        assertEquals(6_272, v.need());
        assertTrue(v.message().startsWith("hidden1 needs 6272 bits of synapses per neuron (784 inputs × 8 bits) > 6000 bits"),
                v.message());
        assertTrue(v.suggestion().startsWith("split into 2 cores"), v.suggestion());
    }

    @Test
    void aSeparateFeedbackNetworkDoublesTheMemoryNeed() {
        // 128 × 8 = 1,024 bits fits in 1,500 alone, but not with an 8-bit feedback copy (2,048)
        List<LayerFootprint> net = List.of(LayerFootprint.dense("out", 128, 10));
        assertTrue(DesignRuleCheck.check(net, chip(8, false, NONE, NONE, 1_500L, NONE, NONE)).fits());
        Violation v = only(DesignRuleCheck.check(net, chip(8, true, NONE, NONE, 1_500L, NONE, NONE)));
        assertEquals(DesignRule.SYNAPTIC_MEMORY, v.rule());
        assertEquals(2_048, v.need());
        assertTrue(v.problem().contains("+ 8-bit feedback copy"), v.problem());
    }

    @Test
    void tooManyDestinationCoresIsExactlyAFanOutViolation() {
        // 4 neurons per core: out's 10 neurons take 3 cores, so every hidden1 neuron sends to 3 cores > 2
        CheckResult r = DesignRuleCheck.check(MLP, chip(8, false, NONE, 4L, NONE, NONE, 2L));
        Violation v = only(r);
        assertEquals(DesignRule.FAN_OUT, v.rule());
        assertEquals("hidden1", v.layer());
        assertEquals(2, v.limit());
        assertEquals(3, v.need());
        assertTrue(v.message().startsWith("hidden1 neurons each send to 3 cores of out > 2 output edges per core limit"),
                v.message());
    }

    @Test
    void fanOutLimitsNeuronsPerCoreBeforeItIsViolated() {
        // out takes 3 cores; with 9 output edges per core, hidden1 can hold 3 neurons per core
        CheckResult r = DesignRuleCheck.check(MLP, chip(8, false, NONE, 4L, NONE, NONE, 9L));
        assertTrue(r.fits(), r.report());
        assertEquals(3, r.mapping().layers().get(0).neuronsPerCore());
        assertEquals(43, r.mapping().layers().get(0).cores());
        assertEquals(9, r.mapping().layers().get(0).outputEdgesPerCore());
    }

    @Test
    void tooManyCoresIsExactlyACoreCountViolation() {
        // 64 neurons per core: hidden1 needs 2 cores, out 1: 3 > 2
        CheckResult r = DesignRuleCheck.check(MLP, chip(8, false, 2L, 64L, NONE, NONE, NONE));
        Violation v = only(r);
        assertEquals(DesignRule.CORE_COUNT, v.rule());
        assertEquals(Violation.NETWORK, v.layer());
        assertEquals(2, v.limit());
        assertEquals(3, v.need());
        assertTrue(v.suggestion().contains("hidden1 uses 2 cores"), v.suggestion());
        assertTrue(r.report().contains("fits: no, 1 violation"), r.report());
    }

    @Test
    void aProjectIsCheckedFromItsModel() {
        Project project = Project.newDefault();
        List<LayerFootprint> layers = LayerFootprints.of(project, ComponentCatalog.standard());
        assertEquals(MLP, layers);
        CheckResult r = DesignRuleCheck.check(project, ComponentCatalog.standard(),
                chip(8, false, NONE, NONE, NONE, 512L, NONE));
        assertEquals(DesignRule.FAN_IN, only(r).rule());
    }

    @Test
    void convLayersAreSplitByTheirReceptiveFields() {
        // 16×12×12 → conv 5×5 → 32×8×8: 400 inputs per neuron
        List<LayerFootprint> net = List.of(LayerFootprint.conv("c2", 16, 12, 12, 32, 8, 8, 5, 1));
        Violation v = only(DesignRuleCheck.check(net, chip(8, false, NONE, NONE, NONE, 256L, NONE)));
        assertEquals("c2 needs fan-in 400 > 256 per core limit: split into 2 cores, or use a smaller kernel or fewer input channels",
                v.message());
        // with 1,024 inputs per core the neurons of two positions (800 inputs at most) share a core, three do not
        CheckResult r = DesignRuleCheck.check(net, chip(8, false, NONE, NONE, NONE, 1024L, NONE));
        assertTrue(r.fits(), r.report());
        LayerMapping c2 = r.mapping().layers().get(0);
        assertTrue(c2.inputsPerCore() <= 1024, r.report());
        assertTrue(c2.neuronsPerCore() >= 32, r.report());
    }
}
