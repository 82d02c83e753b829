package io.spikeworks.edit;

import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.Project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.spikeworks.model.Project.INPUT_NODE;
import static io.spikeworks.model.Project.READOUT_NODE;

/**
 * What the visual builder edits: the {@link Project} plus the connections drawn on the canvas. The network in a
 * project is a chain, so the connections only add something while they are unfinished: a layer not yet
 * connected, or two connections out of one port. Every {@code Draft} keeps the project's layer order in step
 * with the chain ({@link #synced}), so when the wiring is a proper chain the project is exactly what was drawn.
 * A project file holds no connections; opening one connects its layers in list order ({@link #of}).
 * Immutable; equal by value.
 */
public record Draft(Project project, Set<Link> links) {

    public Draft {
        Objects.requireNonNull(project, "project");
        links = Collections.unmodifiableSet(new LinkedHashSet<>(links));
    }

    /** The project with its layers connected in list order: input → first → ... → last → readout. */
    public static Draft of(Project project) {
        List<String> chain = new ArrayList<>();
        chain.add(INPUT_NODE);
        for (LayerSpec l : project.network().layers()) chain.add(l.id());
        chain.add(READOUT_NODE);
        Set<Link> links = new LinkedHashSet<>();
        if (chain.size() > 2) {
            for (int i = 0; i + 1 < chain.size(); i++) links.add(new Link(chain.get(i), chain.get(i + 1)));
        }
        return new Draft(project, links);
    }

    /** A new project with an empty canvas: the input and readout nodes only. */
    public static Draft empty() {
        Project base = Project.newDefault();
        Map<String, io.spikeworks.model.NodePosition> layout = new LinkedHashMap<>();
        layout.put(INPUT_NODE, new io.spikeworks.model.NodePosition(40, 160));
        layout.put(READOUT_NODE, new io.spikeworks.model.NodePosition(520, 160));
        return new Draft(base.withNetwork(base.network().withLayers(List.of())).withLayout(layout), Set.of());
    }

    public Draft withProject(Project p) {
        return new Draft(p, links).synced();
    }

    public Draft withLinks(Set<Link> newLinks) {
        return new Draft(project, newLinks).synced();
    }

    /** Node ids on the canvas: input, the layers in project order, readout. */
    public List<String> nodeIds() {
        List<String> ids = new ArrayList<>();
        ids.add(INPUT_NODE);
        for (LayerSpec l : project.network().layers()) ids.add(l.id());
        ids.add(READOUT_NODE);
        return ids;
    }

    public boolean hasNode(String id) {
        return id.equals(INPUT_NODE) || id.equals(READOUT_NODE) || project.network().indexOf(id) >= 0;
    }

    /**
     * The nodes reached from the input by following links, in order, as long as each node has exactly one link
     * out; ends at the readout when the chain is complete.
     */
    public List<String> chainFromInput() {
        Map<String, List<String>> out = outgoing();
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = INPUT_NODE;
        while (at != null && seen.add(at)) {
            chain.add(at);
            List<String> next = out.getOrDefault(at, List.of());
            at = next.size() == 1 ? next.get(0) : null;
        }
        return chain;
    }

    /** Whether the links form exactly input → layers (each once) → readout. */
    public boolean isChain() {
        return wiringProblems().isEmpty();
    }

    /**
     * What is wrong with the wiring, per node id ("not connected to the input", "a layer can feed only one
     * layer"); empty when the links form one chain through every layer.
     */
    public Map<String, List<String>> wiringProblems() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, List<String>> out = outgoing();
        Map<String, List<String>> in = incoming();
        for (String id : nodeIds()) {
            int outs = out.getOrDefault(id, List.of()).size();
            int ins = in.getOrDefault(id, List.of()).size();
            if (outs > 1) {
                add(problems, id, id.equals(INPUT_NODE) ? "the input can feed only one layer"
                        : "a layer can feed only one layer (connected to "
                        + String.join(", ", out.get(id)) + ")");
            }
            if (ins > 1) {
                add(problems, id, id.equals(READOUT_NODE) ? "the readout can read only one layer"
                        : "a layer takes input from only one layer (fed by " + String.join(", ", in.get(id)) + ")");
            }
        }
        if (project.network().layers().isEmpty()) return problems;
        List<String> chain = chainFromInput();
        Set<String> reached = new HashSet<>(chain);
        boolean branched = !problems.isEmpty();
        for (LayerSpec l : project.network().layers()) {
            if (!reached.contains(l.id()) && !problems.containsKey(l.id())) {
                add(problems, l.id(), "not connected to the input");
            }
        }
        String last = chain.get(chain.size() - 1);
        if (!last.equals(READOUT_NODE) && !branched) {
            if (last.equals(INPUT_NODE)) {
                add(problems, INPUT_NODE, "not connected to a layer");
            } else if (out.getOrDefault(last, List.of()).isEmpty()) {
                add(problems, last, "not connected to the readout");
            } else {
                add(problems, last, "part of a loop");
            }
        }
        if (in.getOrDefault(READOUT_NODE, List.of()).isEmpty()) {
            add(problems, READOUT_NODE, "no layer connected to the readout");
        }
        return problems;
    }

    private static void add(Map<String, List<String>> m, String key, String message) {
        m.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }

    public Map<String, List<String>> outgoing() {
        Map<String, List<String>> m = new HashMap<>();
        for (Link l : links) m.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
        return m;
    }

    public Map<String, List<String>> incoming() {
        Map<String, List<String>> m = new HashMap<>();
        for (Link l : links) m.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
        return m;
    }

    /**
     * This draft with links to missing nodes dropped and the project's layers ordered like the chain from the
     * input (layers off the chain keep their relative order after it).
     */
    public Draft synced() {
        Set<Link> kept = new LinkedHashSet<>();
        for (Link l : links) {
            if (hasNode(l.from()) && hasNode(l.to()) && !l.from().equals(l.to())
                    && !l.from().equals(READOUT_NODE) && !l.to().equals(INPUT_NODE)) {
                kept.add(l);
            }
        }
        Draft cleaned = kept.size() == links.size() ? this : new Draft(project, kept);
        NetworkSpec net = project.network();
        List<LayerSpec> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : cleaned.chainFromInput()) {
            net.layer(id).ifPresent(l -> {
                ordered.add(l);
                placed.add(id);
            });
        }
        for (LayerSpec l : net.layers()) if (!placed.contains(l.id())) ordered.add(l);
        if (ordered.equals(net.layers())) return cleaned;
        return new Draft(project.withNetwork(net.withLayers(ordered)), cleaned.links);
    }
}
