package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentTest {

    private final ComponentCatalog catalog = ComponentCatalog.withBuiltIns();
    private final ComponentSpec lifSpec = catalog.require(ComponentFamily.NEURON, "lif");

    @Test
    void defaultsAreFilledInSoGettersNeedNoFallback() {
        Component lif = Component.defaults(lifSpec);
        assertEquals(0.9, lif.getDouble("beta"));
        assertEquals(1.0, lif.getDouble("threshold"));
        assertEquals("subtract", lif.getString("reset"));
        assertEquals(0, lif.getInt("refractory"));
        assertTrue(lif.findDouble("tau").isEmpty());
        assertEquals(List.of("beta", "dt", "threshold", "reset", "refractory"), List.copyOf(lif.params().keySet()));
    }

    @Test
    void withReturnsAChangedCopyAndEqualityIsByValue() {
        Component lif = Component.defaults(lifSpec);
        Component leaky = lif.with("beta", 0.5);
        assertEquals(0.9, lif.getDouble("beta"));
        assertEquals(0.5, leaky.getDouble("beta"));
        assertNotEquals(lif, leaky);
        assertEquals(lif, leaky.with("beta", 0.9));
        assertEquals(lif, leaky.with("beta", null), "unsetting returns to the default");
        assertEquals(lif.hashCode(), Component.of(lifSpec, "beta", 0.9, "refractory", 0).hashCode());
        assertEquals(lif, Component.of(lifSpec, "refractory", 0L, "threshold", 1));
    }

    @Test
    void paramsAreImmutable() {
        Component lif = Component.defaults(lifSpec);
        assertThrows(UnsupportedOperationException.class, () -> lif.params().put("beta", 0.1));
    }

    @Test
    void unknownKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Component(lifSpec, Map.of("bta", 0.5)));
        assertThrows(IllegalArgumentException.class, () -> Component.defaults(lifSpec).with("bta", 0.5));
        assertThrows(IllegalArgumentException.class, () -> Component.defaults(lifSpec).getDouble("alpha"));
    }

    @Test
    void requiredParameterWithoutValueIsUnsetUntilGiven() {
        Component dense = catalog.create(ComponentFamily.LAYER, "dense");
        assertFalse(dense.isSet("units"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> dense.getInt("units"));
        assertEquals("dense.units is not set", e.getMessage());
        assertEquals(256, dense.with("units", 256).getInt("units"));
    }

    @Test
    void derivedValues() {
        Component lif = Component.defaults(lifSpec);
        assertEquals(0.9, DerivedParams.membraneDecay(lif));
        assertEquals(Math.exp(-0.5), DerivedParams.membraneDecay(lif.with("tau", 4.0).with("dt", 2.0)), 1e-12);
        assertEquals(1.0, DerivedParams.membraneDecay(catalog.create(ComponentFamily.NEURON, "if")));
        Component pool = catalog.create(ComponentFamily.LAYER, "maxpool").with("kernel", 3);
        assertEquals(3, DerivedParams.poolStride(pool));
        assertEquals(1, DerivedParams.poolStride(pool.with("stride", 1)));
    }
}
