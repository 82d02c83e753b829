package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfileException;
import io.spikeworks.chip.ChipProfileJson;
import io.spikeworks.chip.Rounding;
import io.spikeworks.chip.SourcedFlag;
import io.spikeworks.chip.SourcedValue;
import io.spikeworks.model.file.ValidationError;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A user profile being edited: one {@link Input} per {@link ChipField}, holding what the user typed. Every change
 * re-validates at once, with the same rules as loading ({@link ChipProfileJson}: the draft is written and read
 * back), so the editor shows exactly the errors the file would have. FX thread only.
 */
public final class ChipProfileDraft {

    /** What the user typed for one field; only the parts the field's {@link ChipField.Kind} uses matter. */
    public static final class Input {
        private final ChipField field;
        /** Number as text (NUMBER), or the text itself (TEXT, LONG_TEXT). */
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
        private final StringProperty source = new SimpleStringProperty(this, "source", "");
        private final BooleanProperty flag = new SimpleBooleanProperty(this, "flag");
        private final ObjectProperty<Rounding> rounding = new SimpleObjectProperty<>(this, "rounding", Rounding.NEAREST);
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

        Input(ChipField field) {
            this.field = field;
        }

        public ChipField field() { return field; }
        public StringProperty textProperty() { return text; }
        public StringProperty unitProperty() { return unit; }
        public StringProperty sourceProperty() { return source; }
        public BooleanProperty flagProperty() { return flag; }
        public ObjectProperty<Rounding> roundingProperty() { return rounding; }

        /** This field's problems, one per line; empty when it is fine. */
        public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
        public String getError() { return error.get(); }

        void load(Object value) {
            switch (field.kind()) {
                case NUMBER -> {
                    SourcedValue v = (SourcedValue) value;
                    text.set(v.isUnlimited() ? "" : formatNumber(v.value()));
                    unit.set(v.unit() == null ? "" : v.unit());
                    source.set(v.source());
                }
                case FLAG -> {
                    SourcedFlag f = (SourcedFlag) value;
                    flag.set(f.value());
                    source.set(f.source());
                }
                case ROUNDING -> rounding.set((Rounding) value);
                case TEXT, LONG_TEXT -> text.set(value == null ? "" : (String) value);
            }
        }

        /** The typed value as the profile holds it; a problem is added to {@code errors} instead when it cannot be read. */
        Object read(List<ValidationError> errors) {
            return switch (field.kind()) {
                case NUMBER -> {
                    String t = text.get() == null ? "" : text.get().strip();
                    String u = unit.get() == null || unit.get().isBlank() ? null : unit.get().strip();
                    String s = source.get() == null ? "" : source.get();
                    if (t.isEmpty() || t.equalsIgnoreCase("no limit")) {
                        if (field.nullable()) yield new SourcedValue(null, null, s);
                        errors.add(new ValidationError(field.jsonPath() + ".value", "missing; enter a number"));
                        yield null;
                    }
                    try {
                        double d = Double.parseDouble(t);
                        if (!Double.isFinite(d)) throw new NumberFormatException();
                        yield new SourcedValue(d, u, s);
                    } catch (NumberFormatException e) {
                        errors.add(new ValidationError(field.jsonPath() + ".value", "must be a number, got '" + t + "'"));
                        yield null;
                    }
                }
                case FLAG -> new SourcedFlag(flag.get(), source.get() == null ? "" : source.get());
                case ROUNDING -> rounding.get() == null ? Rounding.NEAREST : rounding.get();
                case TEXT, LONG_TEXT -> text.get() == null ? "" : text.get();
            };
        }

        private List<Observable> observables() {
            return List.of(text, unit, source, flag, rounding);
        }
    }

    private final ChipProfile original;
    private final Map<ChipField, Input> inputs = new EnumMap<>(ChipField.class);
    private final ReadOnlyObjectWrapper<List<ValidationError>> errors =
            new ReadOnlyObjectWrapper<>(this, "errors", List.of());
    private final ReadOnlyObjectWrapper<ChipProfile> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);

    public ChipProfileDraft(ChipProfile original) {
        this.original = original;
        for (ChipField f : ChipField.values()) {
            Input in = new Input(f);
            in.load(f.get(original));
            inputs.put(f, in);
        }
        validate();
        for (Input in : inputs.values()) {
            for (Observable o : in.observables()) o.addListener(x -> validate());
        }
    }

    /** The number as a person would type it: 128, 23.6, 0.053 (no exponent, no trailing zeros). */
    public static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public ChipProfile original() { return original; }

    public Input input(ChipField f) { return inputs.get(f); }

    /** Every problem, with its JSON path; empty when the draft can be saved. */
    public ReadOnlyObjectProperty<List<ValidationError>> errorsProperty() { return errors.getReadOnlyProperty(); }
    public List<ValidationError> getErrors() { return errors.get(); }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public boolean isValid() { return valid.get(); }

    /** Differs from the profile it started from (only meaningful while valid; an invalid draft counts as changed). */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }

    /** The profile as typed, when valid. */
    public ReadOnlyObjectProperty<ChipProfile> resultProperty() { return result.getReadOnlyProperty(); }
    public Optional<ChipProfile> result() { return Optional.ofNullable(result.get()); }

    /** Problems not about any one field (shown above the editor). */
    public List<ValidationError> generalErrors() {
        return getErrors().stream().filter(e -> ChipField.forPath(e.path()) == null).toList();
    }

    private void validate() {
        List<ValidationError> found = new ArrayList<>();
        Map<ChipField, Object> values = new EnumMap<>(ChipField.class);
        for (Input in : inputs.values()) values.put(in.field, in.read(found));
        ChipProfile candidate = null;
        if (found.isEmpty()) {
            candidate = ChipField.assemble(original.name(), values);
            try {
                candidate = ChipProfileJson.parse(ChipProfileJson.toJson(candidate), original.name() + ".json");
            } catch (ChipProfileException e) {
                found.addAll(e.errors());
                candidate = null;
            } catch (RuntimeException e) {
                found.add(new ValidationError("$", "cannot be written: " + e.getMessage()));
                candidate = null;
            }
        }
        for (Input in : inputs.values()) {
            in.error.set(found.stream().filter(e -> ChipField.forPath(e.path()) == in.field)
                    .map(e -> describe(in.field, e)).collect(Collectors.joining("\n")));
        }
        errors.set(Collections.unmodifiableList(found));
        result.set(candidate);
        valid.set(candidate != null);
        dirty.set(candidate == null || !candidate.equals(original));
    }

    /** "Source: missing; …" for a part of the field, the bare message for the field as a whole. */
    static String describe(ChipField f, ValidationError e) {
        String rest = e.path().length() > f.jsonPath().length() ? e.path().substring(f.jsonPath().length() + 1) : "";
        if (rest.isEmpty() || rest.equals("value")) return e.message();
        return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1) + ": " + e.message();
    }
}
