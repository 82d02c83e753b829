package io.spikeworks.ui.builder;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Title and one-line summary of each canvas node, from the project. */
final class NodeLabels {
    private NodeLabels() {}

    static String title(Project p, String nodeId) {
        if (nodeId.equals(Project.INPUT_NODE)) return "Input";
        if (nodeId.equals(Project.READOUT_NODE)) return "Readout";
        return nodeId;
    }

    static String subtitle(Project p, String nodeId, ComponentCatalog catalog) {
        if (nodeId.equals(Project.INPUT_NODE)) {
            String ds = catalog.find(ComponentFamily.DATASET, p.dataset().name()).map(ComponentSpec::displayName)
                    .orElse(p.dataset().name());
            return ds + " · " + p.encoder().spec().displayName();
        }
        if (nodeId.equals(Project.READOUT_NODE)) return p.network().readout().spec().displayName();
        Optional<LayerSpec> layer = p.network().layer(nodeId);
        if (layer.isEmpty()) return "";
        LayerSpec l = layer.get();
        Component c = l.component();
        List<String> parts = new ArrayList<>();
        parts.add(l.type().equals(BuiltInComponents.CONV2D) ? "Conv" : c.spec().displayName());
        switch (l.type()) {
            case BuiltInComponents.DENSE -> c.value("units").ifPresent(v -> parts.add(v.toString()));
            case BuiltInComponents.CONV2D -> {
                String k = c.value("kernel").map(Object::toString).orElse("?");
                c.value("channels").ifPresent(v -> parts.add(v + "×" + k + "×" + k));
            }
            case BuiltInComponents.MAXPOOL, BuiltInComponents.AVGPOOL ->
                    c.value("kernel").ifPresent(v -> parts.add(v + "×" + v));
            default -> { }
        }
        if (l.neuron() != null) parts.add(shortNeuron(l.neuron()));
        return String.join(" · ", parts);
    }

    private static String shortNeuron(Component neuron) {
        return switch (neuron.type()) {
            case BuiltInComponents.LIF -> "LIF";
            case BuiltInComponents.INTEGRATE_AND_FIRE -> "IF";
            case BuiltInComponents.CUBA_LIF -> "CUBA";
            default -> neuron.spec().displayName();
        };
    }
}
