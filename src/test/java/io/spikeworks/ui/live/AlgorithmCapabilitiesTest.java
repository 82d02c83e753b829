package io.spikeworks.ui.live;

import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static io.spikeworks.ui.live.LiveCapability.GATED_CIRCUIT;
import static io.spikeworks.ui.live.LiveCapability.GRADIENT_ESTIMATE;
import static io.spikeworks.ui.live.LiveCapability.TEST_FUNCTION_PREDICTIONS;
import static io.spikeworks.ui.live.LiveCapability.NETWORK_ACTIVITY;
import static io.spikeworks.ui.live.LiveCapability.TRUNCATION_COSTS;
import static io.spikeworks.ui.live.LiveCapability.WEIGHT_SYMMETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Before Run, the dashboard's cards follow the open project's algorithm and data (no FX needed). */
class AlgorithmCapabilitiesTest {
    static Set<LiveCapability> of(String sample) throws Exception {
        return AlgorithmCapabilities.of(load(sample));
    }

    static Project load(String sample) throws Exception {
        return new ProjectFiles().load(Path.of("sample-projects", sample));
    }

    static Set<LiveCapability> intersection(Set<LiveCapability> a, Set<LiveCapability> b) {
        Set<LiveCapability> s = EnumSet.noneOf(LiveCapability.class);
        s.addAll(a);
        s.retainAll(b);
        return s;
    }

    @Test
    void eachAlgorithmExpectsTheCardsItsRunFills() throws Exception {
        Set<LiveCapability> watched = EnumSet.of(NETWORK_ACTIVITY, WEIGHT_SYMMETRY, GATED_CIRCUIT, TRUNCATION_COSTS);
        assertEquals(EnumSet.of(NETWORK_ACTIVITY), intersection(of("mnist-bptt.json"), watched), "BPTT");
        assertEquals(EnumSet.of(NETWORK_ACTIVITY, WEIGHT_SYMMETRY), intersection(of("fashion-fbp.json"), watched), "fBP");
        assertEquals(EnumSet.of(GATED_CIRCUIT), intersection(of("mnist-nbp-loihi.json"), watched), "nBP: no raster");
        assertEquals(EnumSet.of(NETWORK_ACTIVITY, TRUNCATION_COSTS), intersection(of("fashion-ttl-conv.json"), watched),
                "TTL-BPTT");
        assertEquals(EnumSet.of(NETWORK_ACTIVITY), intersection(of("sine-fwd.json"), watched), "forward gradients");
    }

    @Test
    void theDataAndTheGradientComparisonExpectTheirCardsAsTheSessionWouldClaimThem() throws Exception {
        Set<LiveCapability> data = EnumSet.of(TEST_FUNCTION_PREDICTIONS, GRADIENT_ESTIMATE);
        assertEquals(EnumSet.noneOf(LiveCapability.class), intersection(of("mnist-bptt.json"), data), "classes");
        assertEquals(EnumSet.of(TEST_FUNCTION_PREDICTIONS), intersection(of("poisson1d-deeponet-wp.json"), data),
                "an operator task, alignmentEvery 0: predictions, no comparison");
        assertEquals(EnumSet.of(TEST_FUNCTION_PREDICTIONS), intersection(of("sine-bptt.json"), data));
        Project compared = load("mexican-hat-wp.json");
        compared = compared.withAlgorithm(compared.algorithm().with("alignmentEvery", 5));
        assertEquals(EnumSet.of(TEST_FUNCTION_PREDICTIONS, GRADIENT_ESTIMATE), intersection(AlgorithmCapabilities.of(compared), data));
        // fBP compares in its own symmetry views, not in the gradient-quality card, whatever alignmentEvery says
        assertEquals(EnumSet.noneOf(LiveCapability.class), intersection(of("fashion-fbp.json"), data));
    }
}
