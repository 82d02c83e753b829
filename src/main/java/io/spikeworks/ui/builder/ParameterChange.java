package io.spikeworks.ui.builder;

import io.spikeworks.edit.Draft;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ParamKind;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Duplicate and change one parameter", without nodes: every parameter the inspector offers for the project, its
 * layers and readout (the same generated fields and metadata, so a new parameter type appears here too), and a
 * change of one of them made as one undoable edit named after it ("Duplicate and change Learning rate: 0.002 →
 * 0.004"). Names, descriptions and layer ids are left out: they change nothing a run shows. FX thread only.
 */
public final class ParameterChange {

    /**
     * One parameter that can be changed.
     *
     * @param id      the inspector field's id, prefixed by its layer's id for a layer's fields ("hidden1/neuron.beta")
     * @param where   the inspector section it is in ("Training", "Neuron · LIF (hidden1)")
     * @param choices for choices and pickers: the values it can take (ids); empty otherwise
     */
    public record Parameter(String id, String where, ParamSpec spec, Object value, List<String> choices) {
        public Parameter {
            choices = List.copyOf(choices);
        }

        public String label() {
            return spec.label();
        }

        /** The value now, as the inspector shows it. */
        public String valueText() {
            return Values.text(value);
        }

        @Override
        public String toString() {
            return where + " · " + label() + " (" + (value == null ? "unset" : valueText()) + ")";
        }
    }

    private final ComponentCatalog catalog;
    private final List<String> chipProfiles;
    private final Supplier<Draft> draft;
    private final InspectorContent.Edits edits;

    ParameterChange(ComponentCatalog catalog, List<String> chipProfiles, Supplier<Draft> draft, InspectorContent.Edits edits) {
        this.catalog = Objects.requireNonNull(catalog);
        this.chipProfiles = List.copyOf(chipProfiles);
        this.draft = Objects.requireNonNull(draft);
        this.edits = Objects.requireNonNull(edits);
    }

    /** Every parameter of the project now, in the inspector's order: project settings, then layer by layer, readout. */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (Located f : fields(null)) out.add(f.parameter());
        return out;
    }

    /** Why {@code text} cannot be the parameter's new value; empty when it can. */
    public Optional<String> problemWith(Parameter p, String text) {
        return parse(p, text).problem();
    }

    /**
     * Sets one parameter to {@code text} as one undoable edit; the project is otherwise left as it is. Returns why
     * not (nothing changes then), or empty when done.
     */
    public Optional<String> apply(Parameter p, String text) {
        Parsed parsed = parse(p, text);
        if (parsed.problem().isPresent()) return parsed.problem();
        Located target = fields(new InspectorContent.Edits() {
            @Override
            public void edit(String description, String mergeKey, java.util.function.UnaryOperator<Draft> change) {
                // its own name and no merging: undo takes back exactly this change
                edits.edit("Duplicate and change " + p.label() + ": " + p.valueText() + " → " + Values.text(parsed.value()),
                        null, change);
            }
        }).stream().filter(f -> f.parameter().id().equals(p.id())).findFirst().orElse(null);
        if (target == null) return Optional.of(p.where() + " · " + p.label() + " is no longer in the project");
        target.field().commit().accept(parsed.value());
        return Optional.empty();
    }

    private record Located(Field field, Parameter parameter) {}

    private record Parsed(Object value, Optional<String> problem) {}

    private Parsed parse(Parameter p, String text) {
        String t = text == null ? "" : text.strip();
        Object v;
        if (!p.choices().isEmpty()) {
            if (!p.choices().contains(t)) return new Parsed(null, Optional.of("must be one of " + String.join(", ", p.choices())));
            v = t;
        } else {
            Optional<Object> parsed = Values.parse(p.spec().kind(), t);
            if (parsed.isEmpty()) return new Parsed(null, Optional.of("'" + t + "' is not " + kindText(p.spec().kind())));
            v = parsed.get() == Values.Unset.INSTANCE ? null : parsed.get();
            if (v == null && !p.spec().optional()) return new Parsed(null, Optional.of("needs a value"));
        }
        Optional<String> problem = v == null ? Optional.empty() : p.spec().problemWith(v);
        if (problem.isPresent()) return new Parsed(null, problem);
        if (Objects.equals(Values.text(v), p.valueText())) return new Parsed(null, Optional.of("that is its value now: choose another"));
        return new Parsed(v, Optional.empty());
    }

    private static String kindText(ParamKind kind) {
        return switch (kind) {
            case INT -> "a whole number";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            default -> "valid";
        };
    }

    /** The inspector's fields with commits going to {@code to} (null: the real edits, never called here). */
    private List<Located> fields(InspectorContent.Edits to) {
        InspectorContent content = new InspectorContent(catalog, chipProfiles, to == null ? edits : to, id -> {});
        Draft d = draft.get();
        List<Located> out = new ArrayList<>();
        add(out, content.sections(d, null), null);
        for (var layer : d.project().network().layers()) add(out, content.sections(d, layer.id()), layer.id());
        add(out, content.sections(d, Project.READOUT_NODE), null);
        return out;
    }

    private static void add(List<Located> out, List<InspectorContent.Section> sections, String layer) {
        for (InspectorContent.Section s : sections) {
            for (Field f : s.fields()) {
                if (f.id().startsWith("project.") || f.id().equals("layer.id")) continue;
                String id = layer == null ? f.id() : layer + "/" + f.id();
                String where = layer == null || s.title().contains(layer) ? s.title() : s.title() + " (" + layer + ")";
                List<String> choices = f.choices().stream().map(Field.Choice::id).toList();
                out.add(new Located(f, new Parameter(id, where, f.spec(), f.value(), choices)));
            }
        }
    }
}
