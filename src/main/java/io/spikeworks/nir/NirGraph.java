package io.spikeworks.nir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A NIR graph: nodes by name (in file order), edges in any order, and graph metadata (text).
 * Spikeworks runs feed-forward stacks only, so {@link #chain()} is how the mapping reads a graph.
 */
public record NirGraph(Map<String, NirNode> nodes, List<NirEdge> edges, Map<String, String> metadata) {

    public NirGraph {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A graph whose nodes run one after the other, with edges between neighbours. */
    public static NirGraph chainOf(List<NirNode> chain, Map<String, String> metadata) {
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        for (NirNode n : chain) {
            if (nodes.put(n.name(), n) != null) throw new IllegalArgumentException("two nodes named '" + n.name() + "'");
        }
        List<NirEdge> edges = new ArrayList<>();
        for (int i = 1; i < chain.size(); i++) edges.add(new NirEdge(chain.get(i - 1).name(), chain.get(i).name()));
        return new NirGraph(nodes, edges, metadata);
    }

    /**
     * The nodes in the order data flows through them, rebuilt from the edges (which files list in any order).
     *
     * @throws NirFormatException naming the node, when an edge names a node that does not exist, a node has more
     *                            than one input or output (branches and sums), the edges form a cycle (recurrence),
     *                            or some node is not connected to the chain
     */
    public List<NirNode> chain() throws NirFormatException {
        if (nodes.isEmpty()) throw new NirFormatException("the graph has no nodes");
        Map<String, String> next = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        Set<String> seenEdges = new HashSet<>();
        for (NirEdge e : edges) {
            for (String end : List.of(e.source(), e.target())) {
                if (!nodes.containsKey(end))
                    throw new NirFormatException("edge " + e + " names node '" + end + "', which the graph does not have");
            }
            if (!seenEdges.add(e.source() + "\u0000" + e.target())) continue;
            if (e.source().equals(e.target()))
                throw new NirFormatException("node " + nodes.get(e.source()).label() + " feeds itself (recurrence); "
                        + "Spikeworks runs feed-forward networks only");
            String before = next.put(e.source(), e.target());
            if (before != null)
                throw new NirFormatException("node " + nodes.get(e.source()).label() + " feeds both '" + before + "' and '"
                        + e.target() + "'; Spikeworks runs a chain of layers, without branches");
            before = previous.put(e.target(), e.source());
            if (before != null)
                throw new NirFormatException("node " + nodes.get(e.target()).label() + " sums the outputs of '" + before
                        + "' and '" + e.source() + "'; Spikeworks runs a chain of layers, without merges");
        }
        List<String> starts = new ArrayList<>();
        for (String name : nodes.keySet()) if (!previous.containsKey(name)) starts.add(name);
        if (starts.isEmpty()) throw new NirFormatException("every node has an input: the edges form a cycle (recurrence), "
                + "which Spikeworks cannot run");
        if (starts.size() > 1)
            throw new NirFormatException("the graph has " + starts.size() + " unconnected starts (" + String.join(", ", starts)
                    + "); Spikeworks needs one chain from input to output");
        List<NirNode> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String at = starts.get(0); at != null; at = next.get(at)) {
            if (!visited.add(at)) throw new NirFormatException("the edges form a cycle through node " + nodes.get(at).label()
                    + " (recurrence), which Spikeworks cannot run");
            order.add(nodes.get(at));
        }
        if (order.size() != nodes.size()) {
            List<String> loose = new ArrayList<>();
            for (String name : nodes.keySet()) if (!visited.contains(name)) loose.add(name);
            throw new NirFormatException("node" + (loose.size() > 1 ? "s " : " ") + String.join(", ", loose)
                    + (loose.size() > 1 ? " are" : " is") + " not on the chain from '" + starts.get(0)
                    + "' (a cycle or a separate part); Spikeworks needs one chain from input to output");
        }
        return order;
    }
}
