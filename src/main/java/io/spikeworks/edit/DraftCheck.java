package io.spikeworks.edit;

import io.spikeworks.chip.CheckResult;
import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.DesignRuleCheck;
import io.spikeworks.chip.Violation;
import io.spikeworks.learn.memory.MemoryPart;
import io.spikeworks.learn.memory.RunMemoryEstimate;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerShape;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectValidator;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.ShapeReport;
import io.spikeworks.model.file.ValidationError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.spikeworks.model.Project.INPUT_NODE;
import static io.spikeworks.model.Project.READOUT_NODE;

/**
 * Checks a {@link Draft} after every edit: wiring, {@link ProjectValidator}, {@link ShapeInference} and — once
 * the model is sound — the run's {@link RunMemoryEstimate} against the heap and the chip's {@link DesignRuleCheck}. Each finding is put on the node it is about
 * (by JSON path or layer name); findings about no node (training settings, algorithm) only block Run.
 */
public final class DraftCheck {
    private static final Pattern LAYER_PATH = Pattern.compile("^\\$\\.network\\.layers\\[(\\d+)](.*)$");

    private final ComponentCatalog catalog;
    private final ProjectValidator validator;
    private final Function<String, Optional<ChipProfile>> profiles;
    private final LongSupplier heapBytes;

    /** @param profiles looks up a chip profile by name */
    public DraftCheck(ComponentCatalog catalog, Function<String, Optional<ChipProfile>> profiles) {
        this(catalog, profiles, () -> Runtime.getRuntime().maxMemory());
    }

    /** @param heapBytes the heap a run may use (this JVM's maximum; tests give a small one) */
    public DraftCheck(ComponentCatalog catalog, Function<String, Optional<ChipProfile>> profiles, LongSupplier heapBytes) {
        this.catalog = catalog;
        this.validator = new ProjectValidator(catalog);
        this.profiles = profiles;
        this.heapBytes = heapBytes;
    }

    public DraftReport check(Draft d) {
        Project p = d.project();
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        List<String> blockers = new ArrayList<>();
        Map<String, List<String>> wiring = d.wiringProblems();
        boolean chain = wiring.isEmpty();
        wiring.forEach((node, list) -> list.forEach(m -> put(nodes, blockers, node, label(node) + ": " + m, m)));

        ShapeReport shapes = ShapeInference.infer(p, catalog);
        Set<String> shapeMessages = new HashSet<>();
        shapes.errors().forEach(e -> shapeMessages.add(e.path() + "\n" + e.message()));
        List<ValidationError> validation = validator.validate(p);
        for (ValidationError e : validation) {
            // With broken wiring the list order is not the drawn order, so shape findings would mislead.
            if (!chain && shapeMessages.contains(e.path() + "\n" + e.message())) continue;
            if (!chain && e.path().equals("$.network.layers") && !p.network().layers().isEmpty()) continue;
            String node = nodeOf(p, e.path());
            String field = fieldOf(e.path());
            String text = (field.isEmpty() ? "" : field + " ") + e.message();
            put(nodes, blockers, node, (node == null ? prettyPath(e.path()) : label(node) + (field.isEmpty() ? "" : "." + field)) + ": " + e.message(), text);
        }

        Map<Link, String> edges = new LinkedHashMap<>();
        List<String> chainIds = d.chainFromInput();
        if (shapes.input() != null) {
            for (int i = 0; i + 1 < chainIds.size(); i++) {
                String from = chainIds.get(i);
                String to = chainIds.get(i + 1);
                if (i == 0) {
                    edges.put(new Link(from, to), shapes.input().toString());
                } else if (i - 1 < shapes.layers().size() && shapes.layers().get(i - 1).layerId().equals(from)) {
                    LayerShape s = shapes.layers().get(i - 1);
                    edges.put(new Link(from, to), s.output().toString());
                } else {
                    break;
                }
            }
        }

        if (chain && blockers.isEmpty() && shapes.complete() && shapes.errors().isEmpty()) checkMemory(p, nodes, blockers);

        CheckResult chipResult = null;
        Optional<ChipProfile> profile = profiles.apply(p.chipProfile());
        if (profile.isEmpty()) {
            put(nodes, blockers, null, "chip profile: unknown profile '" + p.chipProfile() + "'", null);
        } else if (chain && blockers.isEmpty() && shapes.complete() && shapes.errors().isEmpty()) {
            try {
                chipResult = DesignRuleCheck.check(p, catalog, profile.get());
                for (Violation v : chipResult.violations()) {
                    String node = p.network().indexOf(v.layer()) >= 0 ? v.layer() : null;
                    put(nodes, blockers, node, node == null ? "chip " + profile.get().name() + ": " + v.message() : v.message(), "does not fit " + profile.get().displayName() + ": " + v.message());
                }
            } catch (RuntimeException e) {
                put(nodes, blockers, null, "chip check: " + e.getMessage(), null);
            }
        }
        return new DraftReport(shapes, edges, nodes, blockers, validation, chipResult);
    }

    /** A run that cannot fit in this JVM's heap blocks Run, on the layer that takes the most. */
    private void checkMemory(Project p, Map<String, List<String>> nodes, List<String> blockers) {
        Optional<RunMemoryEstimate> estimate = RunMemoryEstimate.of(p, catalog).map(RunMemoryEstimate::withLiveViews);
        long heap = heapBytes.getAsLong();
        if (estimate.isEmpty() || estimate.get().fitsIn(heap)) return;
        MemoryPart largest = estimate.get().largest();
        String node = largest.layer() != null && p.network().indexOf(largest.layer()) >= 0 ? largest.layer() : INPUT_NODE;
        String text = "does not fit in memory: training needs about " + RunMemoryEstimate.size(estimate.get().totalBytes())
                + " of a " + RunMemoryEstimate.size(heap) + " heap; " + largest;
        put(nodes, blockers, node, node + ": " + text, text);
    }

    private static void put(Map<String, List<String>> nodes, List<String> blockers, String node, String blocker,
                            String nodeText) {
        blockers.add(blocker);
        if (node != null && nodeText != null) nodes.computeIfAbsent(node, k -> new ArrayList<>()).add(nodeText);
    }

    private static String label(String node) {
        return node;
    }

    /** The node a JSON path is about, or null. */
    static String nodeOf(Project p, String path) {
        Matcher m = LAYER_PATH.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            List<LayerSpec> layers = p.network().layers();
            return i < layers.size() ? layers.get(i).id() : null;
        }
        if (path.startsWith("$.dataset") || path.startsWith("$.encoder") || path.startsWith("$.network.inputShape")) {
            return INPUT_NODE;
        }
        if (path.startsWith("$.network.readout") || path.startsWith("$.loss")) return READOUT_NODE;
        return null;
    }

    /** For a layer path, the field inside the layer ("units", "neuron.beta"); "" otherwise. */
    static String fieldOf(String path) {
        Matcher m = LAYER_PATH.matcher(path);
        if (m.matches()) {
            String rest = m.group(2);
            return rest.startsWith(".") ? rest.substring(1) : rest;
        }
        return "";
    }

    static String prettyPath(String path) {
        if (path.equals("$")) return "project";
        return path.startsWith("$.") ? path.substring(2) : path;
    }
}
