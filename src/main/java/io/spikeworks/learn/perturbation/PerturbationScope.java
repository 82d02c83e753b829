package io.spikeworks.learn.perturbation;

import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayList;
import java.util.List;

/** Which parameters one direction perturbs together. */
public enum PerturbationScope {
    /** Every parameter of the network at once: K directions in all. */
    GLOBAL("global"),
    /** One layer (its weights and bias) at a time, the others held still: K directions per layer. */
    LAYER_WISE("layer-wise");

    private final String id;

    PerturbationScope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The parameters each group of directions moves together: global, all of them; layer-wise, each spiking layer's,
     * those inside a composite (a DeepONet's stacks and product unit) each their own. Layers without parameters
     * make no group.
     */
    public List<List<Param>> groups(Network network) {
        List<List<Param>> g = new ArrayList<>();
        if (this == GLOBAL) {
            if (!network.params().isEmpty()) g.add(network.params());
        } else {
            for (SpikingLayer l : network.spikingLayers()) if (!l.params().isEmpty()) g.add(l.params());
        }
        return List.copyOf(g);
    }

    public static PerturbationScope fromId(String id) {
        for (PerturbationScope s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException("unknown perturbation scope '" + id + "'; known: global, layer-wise");
    }
}
