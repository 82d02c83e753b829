package io.spikeworks.edit;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.model.Project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.spikeworks.model.Project.INPUT_NODE;
import static io.spikeworks.model.Project.READOUT_NODE;

/**
 * The builder's edits as pure functions from one {@link Draft} to the next; {@link ProjectHistory} records them.
 * No JavaFX, so every edit is testable on its own.
 */
public final class DraftEdits {
    private DraftEdits() {}

    /**
     * Auto-layout steps: each node sits below and a little right of the one feeding it, a staircase that
     * stays readable in the narrow model pane beside the live views (a single row does not).
     */
    public static final double LAYOUT_STEP_X = 70;
    public static final double LAYOUT_STEP_Y = 110;
    public static final double LAYOUT_ROW_Y = 40;

    /** Values given to required parameters that have no catalog default, so a dropped layer is usable at once. */
    private static final Map<String, Object> STARTING_VALUES = Map.of("units", 128L, "channels", 16L);

    /** Short id stems per layer type: dense1, conv1, pool1, ... */
    private static final Map<String, String> ID_STEMS = Map.of(
            BuiltInComponents.DENSE, "dense",
            BuiltInComponents.CONV2D, "conv",
            BuiltInComponents.MAXPOOL, "pool",
            BuiltInComponents.AVGPOOL, "avgpool",
            BuiltInComponents.FLATTEN, "flatten");

    /** A fresh layer of the type: defaults, starting values for required sizes, LIF neurons if it spikes. */
    public static LayerSpec newLayer(ComponentCatalog catalog, String type, String id) {
        ComponentSpec spec = catalog.require(ComponentFamily.LAYER, type);
        Component c = Component.defaults(spec);
        for (ParamSpec p : spec.params()) {
            if (p.required() && STARTING_VALUES.containsKey(p.key())) c = c.with(p.key(), STARTING_VALUES.get(p.key()));
        }
        Component neuron = spec.has(io.spikeworks.model.ComponentTrait.SPIKING)
                ? catalog.create(ComponentFamily.NEURON, BuiltInComponents.LIF) : null;
        return new LayerSpec(id, c, neuron);
    }

    /** The first free id "stemN", N = 1, 2, ... */
    public static String freshId(Project project, String type) {
        String stem = ID_STEMS.getOrDefault(type, type.replaceAll("[^A-Za-z0-9]", ""));
        if (stem.isEmpty() || !Character.isLetter(stem.charAt(0))) stem = "layer";
        Set<String> used = new HashSet<>(project.network().layers().stream().map(LayerSpec::id).toList());
        for (int n = 1; ; n++) {
            String id = stem + n;
            if (!used.contains(id)) return id;
        }
    }

    /** Adds an unconnected layer at a canvas position. */
    public static Draft addLayer(Draft d, LayerSpec layer, NodePosition at) {
        Project p = d.project();
        NetworkSpec net = p.network().withLayerInserted(p.network().layers().size(), layer);
        return d.withProject(p.withNetwork(net).withNodePosition(layer.id(), at));
    }

    /**
     * Adds a layer at the end of the chain, just before the readout, connected on both sides; places it where the
     * readout was and moves the readout one step right. The keyboard way to build (double-click in the palette).
     */
    public static Draft appendLayer(Draft d, LayerSpec layer) {
        List<String> chain = d.chainFromInput();
        String last = chain.get(chain.size() - 1);
        String feeder = last.equals(READOUT_NODE) ? chain.get(chain.size() - 2) : last;
        NodePosition readoutAt = d.project().layout().getOrDefault(READOUT_NODE, new NodePosition(LAYOUT_STEP_X, LAYOUT_ROW_Y));
        NodePosition feederAt = d.project().layout().get(feeder);
        NodePosition at = feederAt == null ? readoutAt : new NodePosition(feederAt.x() + LAYOUT_STEP_X, feederAt.y());
        Draft added = addLayer(d, layer, at);
        Set<Link> links = new LinkedHashSet<>(added.links());
        links.remove(new Link(feeder, READOUT_NODE));
        links.add(new Link(feeder, layer.id()));
        if (added.incoming().getOrDefault(READOUT_NODE, List.of()).stream().allMatch(f -> f.equals(feeder))) {
            links.add(new Link(layer.id(), READOUT_NODE));
        }
        Draft linked = added.withLinks(links);
        if (readoutAt.x() < at.x() + LAYOUT_STEP_X) {
            linked = linked.withProject(linked.project().withNodePosition(READOUT_NODE,
                    new NodePosition(at.x() + LAYOUT_STEP_X, readoutAt.y())));
        }
        return linked;
    }

    /** Adds a layer at a position and splices it into a link: from → layer → to. */
    public static Draft insertLayer(Draft d, LayerSpec layer, NodePosition at, Link into) {
        Draft added = addLayer(d, layer, at);
        if (!added.links().contains(into)) return added;
        Set<Link> links = new LinkedHashSet<>(added.links());
        links.remove(into);
        links.add(new Link(into.from(), layer.id()));
        links.add(new Link(layer.id(), into.to()));
        return added.withLinks(links);
    }

    /** Removes layers (input and readout stay) with their links; their neighbours in a chain are joined up. */
    public static Draft removeNodes(Draft d, Collection<String> ids) {
        Draft out = d;
        for (String id : ids) {
            if (id.equals(INPUT_NODE) || id.equals(READOUT_NODE) || !out.hasNode(id)) continue;
            List<String> ins = out.incoming().getOrDefault(id, List.of());
            List<String> outs = out.outgoing().getOrDefault(id, List.of());
            Set<Link> links = new LinkedHashSet<>();
            for (Link l : out.links()) if (!l.from().equals(id) && !l.to().equals(id)) links.add(l);
            if (ins.size() == 1 && outs.size() == 1) links.add(new Link(ins.get(0), outs.get(0)));
            Project p = out.project();
            int index = p.network().indexOf(id);
            Project removed = p.withNetwork(p.network().withoutLayer(index)).withoutNodePosition(id);
            out = new Draft(removed, links).synced();
        }
        // Joining neighbours must never leave the input wired straight to the readout when nothing is left.
        if (out.project().network().layers().isEmpty() && !out.links().isEmpty()) out = out.withLinks(Set.of());
        return out;
    }

    public static Draft moveNodes(Draft d, Map<String, NodePosition> positions) {
        Project p = d.project();
        for (Map.Entry<String, NodePosition> e : positions.entrySet()) {
            if (d.hasNode(e.getKey())) p = p.withNodePosition(e.getKey(), e.getValue());
        }
        return d.withProject(p);
    }

    /** Connects an output port to an input port; a second link out of one port is kept (and reported). */
    public static Draft connect(Draft d, String from, String to) {
        if (from.equals(to) || from.equals(READOUT_NODE) || to.equals(INPUT_NODE)) return d;
        if (!d.hasNode(from) || !d.hasNode(to)) return d;
        Set<Link> links = new LinkedHashSet<>(d.links());
        links.add(new Link(from, to));
        return d.withLinks(links);
    }

    public static Draft disconnect(Draft d, Collection<Link> remove) {
        Set<Link> links = new LinkedHashSet<>(d.links());
        links.removeAll(remove);
        return d.withLinks(links);
    }

    public static Draft setLayer(Draft d, String id, LayerSpec layer) {
        Project p = d.project();
        int index = p.network().indexOf(id);
        if (index < 0) throw new IllegalArgumentException("no layer '" + id + "'");
        return d.withProject(p.withNetwork(p.network().withLayer(index, layer)));
    }

    /** Renames a layer, carrying its position and links. Refuses ids in use. */
    public static Draft renameLayer(Draft d, String oldId, String newId) {
        if (oldId.equals(newId)) return d;
        if (d.hasNode(newId)) throw new IllegalArgumentException("'" + newId + "' is already in use");
        Set<Link> links = new LinkedHashSet<>();
        for (Link l : d.links()) {
            links.add(new Link(l.from().equals(oldId) ? newId : l.from(), l.to().equals(oldId) ? newId : l.to()));
        }
        return new Draft(d.project().withLayerRenamed(oldId, newId), links).synced();
    }

    /** Places the chain left to right on one row, then any unconnected layers on a row below. */
    public static Draft autoLayout(Draft d) {
        Map<String, NodePosition> pos = new LinkedHashMap<>();
        List<String> chain = d.chainFromInput();
        double x = 40;
        double y = LAYOUT_ROW_Y;
        for (String id : chain) {
            pos.put(id, new NodePosition(x, y));
            x += LAYOUT_STEP_X;
            y += LAYOUT_STEP_Y;
        }
        if (!chain.contains(READOUT_NODE)) {
            // unconnected layers go to a column on the right, the readout below the chain
            List<String> rest = new ArrayList<>();
            for (String id : d.nodeIds()) if (!pos.containsKey(id) && !id.equals(READOUT_NODE)) rest.add(id);
            double ry = LAYOUT_ROW_Y;
            for (String id : rest) {
                pos.put(id, new NodePosition(x + 260, ry));
                ry += LAYOUT_STEP_Y;
            }
            pos.put(READOUT_NODE, new NodePosition(x, y));
        }
        return moveNodes(d, pos);
    }

    /** What Copy takes: layers with their positions and the links among them. */
    public record Clip(List<LayerSpec> layers, Map<String, NodePosition> positions, Set<Link> links) {
        public Clip {
            layers = List.copyOf(layers);
            positions = Map.copyOf(positions);
            links = Set.copyOf(links);
        }

        public boolean isEmpty() {
            return layers.isEmpty();
        }
    }

    public static Clip copy(Draft d, Collection<String> ids) {
        List<LayerSpec> layers = new ArrayList<>();
        Map<String, NodePosition> positions = new HashMap<>();
        Set<String> idSet = new HashSet<>(ids);
        for (LayerSpec l : d.project().network().layers()) {
            if (!idSet.contains(l.id())) continue;
            layers.add(l);
            NodePosition at = d.project().layout().get(l.id());
            if (at != null) positions.put(l.id(), at);
        }
        Set<Link> links = new HashSet<>();
        for (Link l : d.links()) if (idSet.contains(l.from()) && idSet.contains(l.to())) links.add(l);
        return new Clip(layers, positions, links);
    }

    /** Pastes copies under fresh ids, offset by (dx, dy), keeping links among them; returns the new ids too. */
    public record Pasted(Draft draft, List<String> ids) {}

    public static Pasted paste(Draft d, Clip clip, double dx, double dy) {
        Draft out = d;
        Map<String, String> renamed = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (LayerSpec l : clip.layers()) {
            String id = freshId(out.project(), l.type());
            renamed.put(l.id(), id);
            ids.add(id);
            NodePosition at = clip.positions().getOrDefault(l.id(), new NodePosition(40 + 30 * i, 320));
            out = addLayer(out, l.withId(id), new NodePosition(at.x() + dx, at.y() + dy));
            i++;
        }
        Set<Link> links = new LinkedHashSet<>(out.links());
        for (Link l : clip.links()) links.add(new Link(renamed.get(l.from()), renamed.get(l.to())));
        return new Pasted(out.withLinks(links), ids);
    }
}
