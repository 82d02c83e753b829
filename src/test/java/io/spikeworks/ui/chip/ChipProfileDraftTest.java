package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.chip.Rounding;
import io.spikeworks.chip.SourcedValue;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The editor's model, without a stage: every change re-validates with the file format's own rules. */
class ChipProfileDraftTest {
    private static final ChipProfiles SHIPPED = ChipProfiles.builtInOnly();

    private static ChipProfileDraft loihi() {
        return new ChipProfileDraft(SHIPPED.require("loihi").withName("my-loihi", "My Loihi"));
    }

    @Test
    void theFieldTableCoversEveryPartOfEveryShippedProfile() {
        for (String name : SHIPPED.names()) {
            ChipProfile p = SHIPPED.require(name);
            Map<ChipField, Object> values = new EnumMap<>(ChipField.class);
            for (ChipField f : ChipField.values()) values.put(f, f.get(p));
            assertEquals(p, ChipField.assemble(p.name(), values), name);
        }
    }

    @Test
    void errorPathsMapToTheirField() {
        assertEquals(ChipField.ENERGY_SYNAPTIC_OP, ChipField.forPath("$.energy.perSynapticOp"));
        assertEquals(ChipField.ENERGY_SYNAPTIC_OP, ChipField.forPath("$.energy.perSynapticOp.source"));
        assertEquals(ChipField.FEEDBACK_SEPARATE, ChipField.forPath("$.feedbackNetworkSeparate.value"));
        assertEquals(ChipField.FORWARD_ROUNDING, ChipField.forPath("$.forwardWeights.rounding"));
        assertNull(ChipField.forPath("$"));
        assertNull(ChipField.forPath("$.energy"));
        assertEquals("forwardBits", ChipField.FORWARD_BITS.id());
        assertEquals("energyTransportedBit", ChipField.ENERGY_TRANSPORTED_BIT.id());
    }

    @Test
    void anUntouchedDraftIsValidAndUnchanged() {
        for (String name : SHIPPED.names()) {
            ChipProfileDraft d = new ChipProfileDraft(SHIPPED.require(name));
            assertTrue(d.isValid(), name + ": " + d.getErrors());
            assertFalse(d.isDirty(), name);
            assertEquals(SHIPPED.require(name), d.result().orElseThrow());
        }
    }

    @Test
    void numbersAreShownAsTyped() {
        assertEquals("128", ChipProfileDraft.formatNumber(128));
        assertEquals("23.6", ChipProfileDraft.formatNumber(23.6));
        assertEquals("0.053", ChipProfileDraft.formatNumber(0.053));
        assertEquals("0.000000001", ChipProfileDraft.formatNumber(1e-9));
        ChipProfileDraft d = loihi();
        assertEquals("0.053", d.input(ChipField.ENERGY_TRANSPORTED_BIT).textProperty().get());
        assertEquals("pJ", d.input(ChipField.ENERGY_TRANSPORTED_BIT).unitProperty().get());
    }

    @Test
    void changingBitsAndSourceGivesTheNewProfile() {
        ChipProfileDraft d = loihi();
        d.input(ChipField.FORWARD_BITS).textProperty().set("4");
        d.input(ChipField.FORWARD_BITS).sourceProperty().set("estimate: what if 4 bits");
        assertTrue(d.isValid(), d.getErrors().toString());
        assertTrue(d.isDirty());
        SourcedValue bits = d.result().orElseThrow().forwardWeights().bits();
        assertEquals(4.0, bits.value());
        assertEquals("estimate: what if 4 bits", bits.source());
        assertTrue(bits.isEstimate());
        d.input(ChipField.FORWARD_BITS).textProperty().set("8");
        d.input(ChipField.FORWARD_BITS).sourceProperty().set(SHIPPED.require("loihi").forwardWeights().bits().source());
        assertFalse(d.isDirty(), "back to the original");
    }

    @Test
    void negativeEnergyIsReportedOnItsField() {
        ChipProfileDraft d = loihi();
        d.input(ChipField.ENERGY_SYNAPTIC_OP).textProperty().set("-1");
        assertFalse(d.isValid());
        assertTrue(d.result().isEmpty());
        String error = d.input(ChipField.ENERGY_SYNAPTIC_OP).getError();
        assertTrue(error.contains("must be ≥ 0"), error);
        assertEquals("", d.input(ChipField.ENERGY_NEURON_UPDATE).getError());
        assertEquals("$.energy.perSynapticOp", d.getErrors().get(0).path());
        d.input(ChipField.ENERGY_SYNAPTIC_OP).textProperty().set("0");
        assertTrue(d.isValid());
        assertEquals("", d.input(ChipField.ENERGY_SYNAPTIC_OP).getError());
    }

    @Test
    void typosMissingSourcesAndImpossibleFormatsAreCaught() {
        ChipProfileDraft d = loihi();
        d.input(ChipField.STEP_TIME).textProperty().set("12x");
        assertTrue(d.input(ChipField.STEP_TIME).getError().contains("must be a number"), d.input(ChipField.STEP_TIME).getError());
        d.input(ChipField.STEP_TIME).textProperty().set("125");

        d.input(ChipField.ENERGY_WEIGHT_UPDATE).sourceProperty().set("  ");
        assertTrue(d.input(ChipField.ENERGY_WEIGHT_UPDATE).getError().startsWith("Source: "),
                d.input(ChipField.ENERGY_WEIGHT_UPDATE).getError());
        d.input(ChipField.ENERGY_WEIGHT_UPDATE).sourceProperty().set("estimate: guess");

        d.input(ChipField.FORWARD_BITS).textProperty().set("1");
        assertTrue(d.input(ChipField.FORWARD_BITS).getError().contains("signed format needs at least 2 bits"));
        d.input(ChipField.FORWARD_SIGNED).flagProperty().set(false);
        assertTrue(d.isValid(), d.getErrors().toString());

        d.input(ChipField.STATE_BITS).textProperty().set("4.5");
        assertTrue(d.input(ChipField.STATE_BITS).getError().contains("whole number"));
        d.input(ChipField.STATE_BITS).textProperty().set("16");

        d.input(ChipField.ENERGY_NEURON_UPDATE).unitProperty().set("furlong");
        assertTrue(d.input(ChipField.ENERGY_NEURON_UPDATE).getError().startsWith("Unit: "));
        d.input(ChipField.ENERGY_NEURON_UPDATE).unitProperty().set("nJ");
        d.input(ChipField.DISPLAY_NAME).textProperty().set("");
        assertTrue(d.input(ChipField.DISPLAY_NAME).getError().contains("must not be empty"));
        d.input(ChipField.DISPLAY_NAME).textProperty().set("Mine");
        assertTrue(d.isValid(), d.getErrors().toString());
        assertEquals(52e-9, d.result().orElseThrow().energy().perNeuronUpdate().si(), 1e-20);
    }

    @Test
    void emptyCoreLimitsMeanNoLimitOtherEmptyNumbersAreErrors() {
        ChipProfileDraft d = loihi();
        d.input(ChipField.CORE_COUNT).textProperty().set("");
        assertTrue(d.isValid(), d.getErrors().toString());
        assertTrue(d.result().orElseThrow().cores().count().isUnlimited());
        d.input(ChipField.STEP_TIME).textProperty().set(" ");
        assertFalse(d.isValid());
        assertTrue(d.input(ChipField.STEP_TIME).getError().contains("missing"));
    }

    @Test
    void roundingIsEditable() {
        ChipProfileDraft d = loihi();
        d.input(ChipField.FORWARD_ROUNDING).roundingProperty().set(Rounding.STOCHASTIC);
        assertEquals(Rounding.STOCHASTIC, d.result().orElseThrow().forwardWeights().rounding());
    }
}
