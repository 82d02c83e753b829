package io.spikeworks.chip;

import io.spikeworks.model.file.ValidationError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipProfileJsonTest {

    static String shipped(String name) {
        try (InputStream in = ChipProfileJsonTest.class.getResourceAsStream(ChipProfiles.RESOURCE_DIR + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<ValidationError> errors(String text) {
        ChipProfileException e = assertThrows(ChipProfileException.class, () -> ChipProfileJson.parse(text, "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        return e.errors();
    }

    private static boolean has(List<ValidationError> errors, String path, String fragment) {
        return errors.stream().anyMatch(e -> e.path().equals(path) && e.message().contains(fragment));
    }

    @Test
    void shippedLoihiReadsWithUnitsConverted() {
        ChipProfile p = ChipProfileJson.parse(shipped("loihi"), "loihi.json");
        assertEquals("loihi", p.name());
        assertEquals(8, p.forwardWeights().bitCount());
        assertTrue(p.forwardWeights().isSigned());
        assertTrue(p.separateFeedback());
        assertEquals(128, p.cores().count().limit());
        assertEquals(1024, p.cores().neuronsPerCore().limit());
        assertEquals(128 * 1024 * 8, p.cores().synapticMemoryBitsPerCore().limit(), "128 KiB in bits");
        assertEquals(16384L * 64, p.cores().synapticMemoryBitsPerCore().limit(), "nengo-loihi MAX_SYNAPSE_BITS");
        assertEquals(23.6e-12, p.energy().perSynapticOp().si(), 1e-24);
        assertEquals(125e-6, p.stepTime().si(), 1e-15);
        assertFalse(p.energy().perSynapticOp().isEstimate());
        assertTrue(p.energy().perTransportedBit().isEstimate());
    }

    @Test
    void floatReferenceHasNoLimits() {
        ChipProfile p = ChipProfileJson.parse(shipped("float-reference"), "float-reference.json");
        assertTrue(p.forwardWeights().isFloat());
        assertTrue(p.cores().count().isUnlimited());
        assertNull(p.cores().maxFanInPerCore().value());
        assertEquals(Long.MAX_VALUE, p.cores().maxFanInPerCore().limit());
        assertEquals(0, p.state().neuronStateBits());
    }

    @Test
    void writingAndReadingGivesTheSameProfile() {
        for (String name : List.of("float-reference", "loihi", "loihi2", "fbp-accelerator")) {
            ChipProfile p = ChipProfileJson.parse(shipped(name), name + ".json");
            String written = ChipProfileJson.toJson(p);
            assertEquals(p, ChipProfileJson.parse(written, name + ".json"), name);
            assertEquals(written, ChipProfileJson.toJson(ChipProfileJson.parse(written, "again")), "stable text");
        }
    }

    @Test
    void negativeEnergyNamesTheField() {
        String bad = shipped("loihi").replace("\"value\": 23.6, \"unit\": \"pJ\"", "\"value\": -1, \"unit\": \"pJ\"");
        List<ValidationError> errors = errors(bad);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("$.energy.perSynapticOp", errors.get(0).path());
        assertEquals("must be ≥ 0, got -1", errors.get(0).message());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String bad = shipped("loihi")
                .replace("\"perSynapticOp\"", "\"perSynapticOps\"")                                  // typo: unknown + missing
                .replace("\"value\": 52, \"unit\": \"pJ\"", "\"value\": 52, \"unit\": \"pj\"")         // wrong unit
                .replace("\"count\": { \"value\": 128, \"unit\": \"cores\", \"source\": \"Davies et al. 2018, IEEE Micro 38(1), p. 86: 'a manycore mesh comprising 128 neuromorphic cores'\" }",
                        "\"count\": { \"value\": 128.5 }")                                          // fraction, no source
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        List<ValidationError> errors = errors(bad);
        assertTrue(has(errors, "$.energy.perSynapticOps", "unknown field"), errors.toString());
        assertTrue(has(errors, "$.energy.perSynapticOp", "missing"), errors.toString());
        assertTrue(has(errors, "$.energy.perNeuronUpdate.unit", "must be one of J, mJ"), errors.toString());
        assertTrue(has(errors, "$.cores.count", "must be a whole number"), errors.toString());
        assertTrue(has(errors, "$.cores.count.source", "missing"), errors.toString());
        assertTrue(has(errors, "$.formatVersion", "newer Spikeworks"), errors.toString());
        assertEquals(6, errors.size(), errors.toString());
    }

    @Test
    void blankSourceNullEnergyAndSignedOneBitAreErrors() {
        String bad = shipped("loihi")
                .replace("\"source\": \"Davies et al. 2018 Table 2: energy per synaptic update (pairwise STDP) 120 pJ\"", "\"source\": \"  \"")
                .replace("\"value\": 0.053, \"unit\": \"pJ\"", "\"value\": null, \"unit\": \"pJ\"")
                .replaceFirst("\"value\": 8, \"unit\": \"bit\"", "\"value\": 1, \"unit\": \"bit\"");
        List<ValidationError> errors = errors(bad);
        assertTrue(has(errors, "$.energy.perWeightUpdate.source", "must be a citation"), errors.toString());
        assertTrue(has(errors, "$.energy.perTransportedBit.value", "only core limits may be null"), errors.toString());
        assertTrue(has(errors, "$.forwardWeights.bits", "signed format needs at least 2 bits"), errors.toString());
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        List<ValidationError> errors = errors("{\n  \"name\": \"x\",\n  oops\n}");
        assertEquals(1, errors.size());
        assertEquals("$", errors.get(0).path());
        assertTrue(errors.get(0).message().contains("line 3"), errors.get(0).message());
    }

    @Test
    void wrongTypesAndBadNamesAreNamed() {
        String bad = shipped("float-reference").replace("\"name\": \"float-reference\"", "\"name\": \"Float Ref\"")
                .replace("\"clip\": { \"value\": false", "\"clip\": { \"value\": \"no\"")
                .replace("\"cores\": {", "\"cores\": { \"extra\": 1,")
                .replace("\"count\": { \"value\": null", "\"count\": { \"value\": 4, \"unit\": \"KiB\"");
        List<ValidationError> errors = errors(bad);
        assertTrue(has(errors, "$.name", "lower case"), errors.toString());
        assertTrue(has(errors, "$.state.clip.value", "true or false"), errors.toString());
        assertTrue(has(errors, "$.cores.extra", "unknown field"), errors.toString());
        assertTrue(has(errors, "$.cores.count.unit", "not a scaling unit; got 'KiB'"), errors.toString());
        assertEquals(4, errors.size(), errors.toString());
    }

    @Test
    void stateWidthConstrainsTheNeuronModel() {
        ChipProfile loihi = ChipProfileJson.parse(shipped("loihi"), "loihi.json");
        var lif = io.spikeworks.sim.neuron.NeuronModel.lif(0.9, 1, io.spikeworks.sim.neuron.ResetMode.SUBTRACT, 0);
        assertEquals(24, loihi.state().constrain(lif).stateBits());
        ChipProfile ref = ChipProfileJson.parse(shipped("float-reference"), "f.json");
        assertEquals(lif, ref.state().constrain(lif));
    }

    @Test
    void roundingIsNearestUnlessTheProfileAsksForStochastic() {
        ChipProfile nearest = ChipProfileJson.parse(shipped("loihi"), "loihi.json");
        assertEquals(Rounding.NEAREST, nearest.forwardWeights().rounding());
        String text = shipped("loihi").replaceFirst("\"signed\": \\{", "\"rounding\": \"stochastic\", \"signed\": {");
        ChipProfile stochastic = ChipProfileJson.parse(text, "loihi-stochastic.json");
        assertEquals(Rounding.STOCHASTIC, stochastic.forwardWeights().rounding());
        assertEquals(Rounding.NEAREST, stochastic.feedbackWeights().rounding(), "only the first format was changed");
        assertEquals(stochastic, ChipProfileJson.parse(ChipProfileJson.toJson(stochastic), "again"), "round trip keeps it");
        String wrong = shipped("loihi").replaceFirst("\"signed\": \\{", "\"rounding\": \"up\", \"signed\": {");
        assertTrue(has(errors(wrong), "$.forwardWeights.rounding", "must be \"nearest\" or \"stochastic\""));
    }
}
