package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SweepResultJsonTest {
    static SweepResult sample(String label, SweepStatus status) {
        return sample(label, status, SweepResult.HeldOutChoice.NONE);
    }

    static SweepResult sample(String label, SweepStatus status, SweepResult.HeldOutChoice heldOut) {
        return new SweepResult("rate", "fbp", 100, "round-robin", 0.01, 2, 512, 0.8125, 0.1 + 0.2, Double.POSITIVE_INFINITY,
                Double.NaN, 1e300, 0, 12.5, Double.MIN_VALUE, -0.0, 3.25, null, 5,
                new SweepResult.CostReductions(Double.NaN, 0.25, Double.NEGATIVE_INFINITY), heldOut, label, status,
                "loss became NaN, \"quoted\"\nsecond line");
    }

    @Test
    void everyFigureSurvivesTheRoundTripBitForBit() {
        SweepResult r = sample("rate fbp phi=100", SweepStatus.DIVERGED);
        ObjectNode n = SweepResultJson.write(r);
        assertEquals("inf", n.get("reduction").asText());
        assertEquals(true, n.get("weightsCopied").isNull(), "NaN is null");
        SweepResult back = SweepResultJson.read(n, "$");
        // records compare doubles by their bits (Double.compare), so NaN, -0.0 and 0.1 + 0.2 must come back exactly
        assertEquals(r, back);
        SweepOutcome o = new SweepOutcome(r, Map.of("metrics.csv", "epoch\n1\n", "summary.json", "{}\n"));
        assertEquals(o, SweepOutcome.fromJson(o.toJson()));
    }

    @Test
    void theHeldOutChoiceIsWrittenOnlyWhenTheRunHeldSamplesOutAndComesBackExactly() {
        ObjectNode none = SweepResultJson.write(sample("x", SweepStatus.OK));
        assertFalse(none.has("chosenEpoch") || none.has("heldOutAccuracy") || none.has("chosenTestAccuracy"), none.toString());
        assertEquals(SweepResult.HeldOutChoice.NONE, SweepResultJson.read(none, "$").heldOut());

        SweepResult r = sample("x", SweepStatus.OK, new SweepResult.HeldOutChoice(7, 0.1 + 0.7, 0.8125));
        ObjectNode n = SweepResultJson.write(r);
        assertEquals(7, n.get("chosenEpoch").asInt());
        assertEquals(r, SweepResultJson.read(n, "$"));
        n.put("chosenEpoch", -1);
        assertEquals("$.chosenEpoch: must be a whole number ≥ 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> SweepResultJson.read(n, "$")).getMessage());
    }

    @Test
    void aBrokenRowNamesItsField() {
        ObjectNode n = SweepResultJson.write(sample("x", SweepStatus.OK));
        n.put("status", "done");
        assertEquals("$.runs[2].status: must be ok, diverged or failed, got 'done'",
                assertThrows(IllegalArgumentException.class, () -> SweepResultJson.read(n, "$.runs[2]")).getMessage());
        ObjectNode m = SweepResultJson.write(sample("x", SweepStatus.OK));
        m.put("testAccuracy", "high");
        assertEquals("$.testAccuracy: must be a number, null, \"inf\" or \"-inf\", got \"high\"",
                assertThrows(IllegalArgumentException.class, () -> SweepResultJson.read(m, "$")).getMessage());
        ObjectNode u = SweepResultJson.write(sample("x", SweepStatus.OK));
        u.put("colour", 1);
        assertEquals("$.colour: unknown field", assertThrows(IllegalArgumentException.class,
                () -> SweepResultJson.read(u, "$")).getMessage());
    }
}
