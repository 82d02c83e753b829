package io.spikeworks.ui.builder;

import io.spikeworks.model.ParamKind;
import io.spikeworks.model.ParamSpec;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One generated inspector row: what it edits (a parameter's metadata, or a list of choices for a type picker),
 * its current value and what committing a new value does. Built by {@link InspectorContent} from the catalog's
 * metadata; no form is written by hand per type.
 *
 * @param id      stable within one inspector view, e.g. "layer.units", "neuron.beta", "training.timeSteps";
 *                the editor's node id is {@code field-<id>}
 * @param spec    the parameter's metadata (kind, range, default, unit, help)
 * @param choices for pickers and CHOICE parameters: value id and shown label; empty otherwise
 * @param extraCheck a check beyond the metadata (e.g. a layer id must be unused), or null
 */
record Field(String id, ParamSpec spec, List<Choice> choices, Object value, Consumer<Object> commit,
             Function<Object, Optional<String>> extraCheck) {

    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    Field {
        choices = List.copyOf(choices);
    }

    static Field param(String id, ParamSpec spec, Object value, Consumer<Object> commit) {
        List<Choice> choices = spec.kind() == ParamKind.CHOICE
                ? spec.choices().stream().map(c -> new Choice(c, c)).toList() : List.of();
        return new Field(id, spec, choices, value, commit, null);
    }

    static Field picker(String id, String label, String help, List<Choice> choices, String value, Consumer<Object> commit) {
        ParamSpec spec = ParamSpec.ofChoice(id.replace('.', '_'), label, choices.stream().map(Choice::id).toArray(String[]::new))
                .withHelp(help);
        return new Field(id, spec, choices, value, commit, null);
    }

    Field withExtraCheck(Function<Object, Optional<String>> check) {
        return new Field(id, spec, choices, value, commit, check);
    }

    String label() {
        return spec.label();
    }

    /** Help plus range, default and unit: what the row's tooltip says. */
    String description() {
        StringBuilder sb = new StringBuilder(spec.help());
        String range = spec.rangeText();
        if (!range.isEmpty()) sb.append(sb.length() > 0 ? "\n" : "").append("Range: ").append(range);
        if (spec.defaultValue() != null) sb.append(sb.length() > 0 ? "\n" : "").append("Default: ").append(Values.text(spec.defaultValue()));
        else if (spec.optional()) sb.append(sb.length() > 0 ? "\n" : "").append("Optional: leave empty for unset");
        if (!spec.unit().isEmpty()) sb.append(sb.length() > 0 ? "\n" : "").append("Unit: ").append(spec.unit());
        return sb.toString();
    }

    /** Why a value cannot be committed or is out of range; empty when it is fine. */
    Optional<String> problemWith(Object v) {
        Optional<String> p = spec.problemWith(v);
        if (p.isPresent()) return p;
        return extraCheck == null ? Optional.empty() : extraCheck.apply(v);
    }
}
