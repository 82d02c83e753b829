package io.spikeworks.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole Spikeworks project: what to learn (dataset, encoder), the network, how to learn it (algorithm,
 * loss, training) and on which chip profile. An immutable value: every edit is a {@code with...} copy,
 * which makes undo a matter of keeping the previous value. {@code equals} compares by value.
 *
 * <p>In memory a project is always at the current file format version; the version belongs to the file
 * ({@link ProjectJson#FORMAT_VERSION}).
 *
 * @param chipProfile name of a chip profile (the chip package owns the list); "float-reference" = no chip limits
 * @param layout      builder node positions keyed by layer id, plus {@link #INPUT_NODE} and {@link #READOUT_NODE};
 *                    nodes without a position are placed automatically
 * @param weights     the file the network's starting weights and per-neuron values come from (such as an imported
 *                    NIR network's trained ones), or null for the seed's initialisation. In memory the path is as
 *                    {@link ProjectFiles} resolved it (absolute); the file holds it relative to the project's folder
 */
public record Project(String name, String description, DatasetSpec dataset, Component encoder,
                      NetworkSpec network, Component algorithm, Component loss, String chipProfile,
                      TrainingSpec training, Map<String, NodePosition> layout, String weights) {

    public static final String DEFAULT_CHIP_PROFILE = "float-reference";
    /** Layout key of the builder's input (dataset + encoder) node; no layer may use it as id. */
    public static final String INPUT_NODE = "input";
    /** Layout key of the builder's readout node; no layer may use it as id. */
    public static final String READOUT_NODE = "readout";

    public Project {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(dataset, "dataset");
        requireFamily(encoder, ComponentFamily.ENCODER, "encoder");
        Objects.requireNonNull(network, "network");
        requireFamily(algorithm, ComponentFamily.ALGORITHM, "algorithm");
        requireFamily(loss, ComponentFamily.LOSS, "loss");
        chipProfile = chipProfile == null ? DEFAULT_CHIP_PROFILE : chipProfile;
        Objects.requireNonNull(training, "training");
        layout = layout == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(layout));
        if (weights != null && weights.isBlank()) throw new IllegalArgumentException("weights must name a file");
    }

    /** A project whose network starts from the seed's initialisation. */
    public Project(String name, String description, DatasetSpec dataset, Component encoder, NetworkSpec network,
                   Component algorithm, Component loss, String chipProfile, TrainingSpec training,
                   Map<String, NodePosition> layout) {
        this(name, description, dataset, encoder, network, algorithm, loss, chipProfile, training, layout, null);
    }

    private static void requireFamily(Component c, ComponentFamily family, String what) {
        Objects.requireNonNull(c, what);
        if (c.family() != family) throw new IllegalArgumentException(what + " is a " + c.family().noun());
    }

    /** The project File > New opens: MNIST, Poisson input, 784-128-10 LIF, BPTT, Adam; valid and quick to train. */
    public static Project newDefault() {
        ComponentCatalog catalog = ComponentCatalog.standard();
        Component lif = catalog.create(ComponentFamily.NEURON, BuiltInComponents.LIF);
        ComponentSpec dense = catalog.require(ComponentFamily.LAYER, BuiltInComponents.DENSE);
        NetworkSpec network = new NetworkSpec(null, List.of(
                new LayerSpec("hidden1", Component.of(dense, "units", 128), lif),
                new LayerSpec("out", Component.of(dense, "units", 10), lif)),
                catalog.create(ComponentFamily.READOUT, BuiltInComponents.SPIKE_COUNT));
        TrainingSpec training = new TrainingSpec(1, 64, 25, 42, 1e-3,
                catalog.create(ComponentFamily.OPTIMIZER, BuiltInComponents.ADAM),
                catalog.create(ComponentFamily.SCHEDULE, BuiltInComponents.CONSTANT));
        Map<String, NodePosition> layout = new LinkedHashMap<>();
        layout.put(INPUT_NODE, new NodePosition(40, 200));
        layout.put("hidden1", new NodePosition(260, 200));
        layout.put("out", new NodePosition(480, 200));
        layout.put(READOUT_NODE, new NodePosition(700, 200));
        return new Project("Untitled", "", DatasetSpec.of(BuiltInComponents.MNIST),
                catalog.create(ComponentFamily.ENCODER, BuiltInComponents.POISSON), network,
                catalog.create(ComponentFamily.ALGORITHM, BuiltInComponents.BPTT),
                catalog.create(ComponentFamily.LOSS, BuiltInComponents.CE_COUNT),
                DEFAULT_CHIP_PROFILE, training, layout);
    }

    public Project withName(String v) {
        return new Project(v, description, dataset, encoder, network, algorithm, loss, chipProfile, training, layout, weights);
    }

    public Project withDescription(String v) {
        return new Project(name, v, dataset, encoder, network, algorithm, loss, chipProfile, training, layout, weights);
    }

    public Project withDataset(DatasetSpec v) {
        return new Project(name, description, v, encoder, network, algorithm, loss, chipProfile, training, layout, weights);
    }

    public Project withEncoder(Component v) {
        return new Project(name, description, dataset, v, network, algorithm, loss, chipProfile, training, layout, weights);
    }

    public Project withNetwork(NetworkSpec v) {
        return new Project(name, description, dataset, encoder, v, algorithm, loss, chipProfile, training, layout, weights);
    }

    public Project withAlgorithm(Component v) {
        return new Project(name, description, dataset, encoder, network, v, loss, chipProfile, training, layout, weights);
    }

    public Project withLoss(Component v) {
        return new Project(name, description, dataset, encoder, network, algorithm, v, chipProfile, training, layout, weights);
    }

    public Project withChipProfile(String v) {
        return new Project(name, description, dataset, encoder, network, algorithm, loss, v, training, layout, weights);
    }

    public Project withTraining(TrainingSpec v) {
        return new Project(name, description, dataset, encoder, network, algorithm, loss, chipProfile, v, layout, weights);
    }

    public Project withLayout(Map<String, NodePosition> v) {
        return new Project(name, description, dataset, encoder, network, algorithm, loss, chipProfile, training, v, weights);
    }

    /** @param v the weights file, or null for the seed's initialisation */
    public Project withWeights(String v) {
        return new Project(name, description, dataset, encoder, network, algorithm, loss, chipProfile, training, layout, v);
    }

    public Project withNodePosition(String nodeId, NodePosition position) {
        Map<String, NodePosition> copy = new LinkedHashMap<>(layout);
        copy.put(nodeId, position);
        return withLayout(copy);
    }

    public Project withoutNodePosition(String nodeId) {
        Map<String, NodePosition> copy = new LinkedHashMap<>(layout);
        copy.remove(nodeId);
        return withLayout(copy);
    }

    /** Renames a layer and carries its layout position along, as one edit. */
    public Project withLayerRenamed(String oldId, String newId) {
        int index = network.indexOf(oldId);
        if (index < 0) throw new IllegalArgumentException("no layer '" + oldId + "'");
        NetworkSpec renamed = network.withLayer(index, network.layers().get(index).withId(newId));
        Map<String, NodePosition> copy = new LinkedHashMap<>();
        layout.forEach((key, pos) -> copy.put(key.equals(oldId) ? newId : key, pos));
        return withNetwork(renamed).withLayout(copy);
    }
}
