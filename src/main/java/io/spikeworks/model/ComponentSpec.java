package io.spikeworks.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Describes one component type — e.g. the "lif" NEURON — by metadata only: pickers list these, the inspector
 * generates its editors from {@link #params()}, and the loader checks JSON against them. New algorithms,
 * losses and so on become available by registering a spec in the {@link ComponentCatalog}; no UI code changes.
 *
 * @param type         id used in JSON ("lif", "cuba-lif"): lower-case letters, digits and dashes
 * @param params       in display and file order
 * @param traits       facts validation acts on, e.g. {@link ComponentTrait#SPIKING}
 * @param datasetFacts shape and class count, only for the DATASET family (null otherwise)
 * @param projectCheck what the type asks of the rest of the project (see {@link ProjectCheck}); NONE by default
 */
public record ComponentSpec(ComponentFamily family, String type, String displayName, String help,
                            List<ParamSpec> params, Set<ComponentTrait> traits, DatasetFacts datasetFacts,
                            ProjectCheck projectCheck) {

    public ComponentSpec(ComponentFamily family, String type, String displayName, String help, List<ParamSpec> params,
                         Set<ComponentTrait> traits, DatasetFacts datasetFacts) {
        this(family, type, displayName, help, params, traits, datasetFacts, ProjectCheck.NONE);
    }

    private static final Pattern TYPE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ComponentSpec {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(type, "type");
        if (!TYPE_ID.matcher(type).matches()) {
            throw new IllegalArgumentException("type id must be lower-case letters, digits and dashes: '" + type + "'");
        }
        projectCheck = projectCheck == null ? ProjectCheck.NONE : projectCheck;
        displayName = displayName == null || displayName.isBlank() ? type : displayName;
        help = help == null ? "" : help;
        params = List.copyOf(params);
        traits = Set.copyOf(traits);
        Set<String> keys = new HashSet<>();
        for (ParamSpec p : params) {
            if (p.key().equals("type")) throw new IllegalArgumentException("'type' is reserved, in " + type);
            if (!keys.add(p.key())) throw new IllegalArgumentException("duplicate parameter '" + p.key() + "' in " + type);
        }
        if ((datasetFacts != null) != (family == ComponentFamily.DATASET)) {
            throw new IllegalArgumentException("dataset facts are required for datasets and only for them: " + type);
        }
    }

    public static ComponentSpec of(ComponentFamily family, String type, String displayName, String help,
                                   ParamSpec... params) {
        return new ComponentSpec(family, type, displayName, help, List.of(params), Set.of(), null);
    }

    public static ComponentSpec dataset(String type, String displayName, String help, DatasetFacts facts) {
        return new ComponentSpec(ComponentFamily.DATASET, type, displayName, help, List.of(), Set.of(), facts);
    }

    /** This spec with a check of the rest of the project, run by the validator when a project uses this type. */
    public ComponentSpec withProjectCheck(ProjectCheck check) {
        return new ComponentSpec(family, type, displayName, help, params, traits, datasetFacts, check);
    }

    public ComponentSpec withTraits(ComponentTrait... added) {
        Set<ComponentTrait> all = traits.isEmpty() ? EnumSet.noneOf(ComponentTrait.class) : EnumSet.copyOf(traits);
        all.addAll(Arrays.asList(added));
        return new ComponentSpec(family, type, displayName, help, params, all, datasetFacts, projectCheck);
    }

    public boolean has(ComponentTrait trait) {
        return traits.contains(trait);
    }

    public Optional<ParamSpec> findParam(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** @throws IllegalArgumentException if this type has no such parameter */
    public ParamSpec param(String key) {
        return findParam(key).orElseThrow(() -> new IllegalArgumentException(
                family.noun() + " '" + type + "' has no parameter '" + key + "'"));
    }

    public List<String> paramKeys() {
        return params.stream().map(ParamSpec::key).toList();
    }
}
