package io.spikeworks.ui.live;

import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static io.spikeworks.ui.live.LiveCapability.GATED_CIRCUIT;
import static io.spikeworks.ui.live.LiveCapability.NETWORK_ACTIVITY;
import static io.spikeworks.ui.live.LiveCapability.TRUNCATION_COSTS;
import static io.spikeworks.ui.live.LiveCapability.WEIGHT_SYMMETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Before Run, the dashboard's cards follow the open project's algorithm (no FX needed). */
class AlgorithmCapabilitiesTest {
    static Set<LiveCapability> of(String sample) throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects", sample));
        Set<LiveCapability> s = AlgorithmCapabilities.of(p);
        // what only the session can claim, from its data, is never expected before Run
        assertEquals(Set.of(), intersection(s, EnumSet.of(LiveCapability.TEST_FUNCTION_PREDICTIONS,
                LiveCapability.GRADIENT_ESTIMATE)), sample);
        return s;
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
}
