package io.spikeworks.model;

import io.spikeworks.model.file.ValueText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One configured part of a project — a layer, a neuron model, an encoder, an algorithm... — as its type's
 * spec plus parameter values. Immutable; {@link #with} returns a changed copy, so an edit is a cheap value
 * swap that an undo stack can hold.
 *
 * <p>Values are kept in the parameter's Java type (INT as Long, DOUBLE as Double, see {@link ParamSpec#canonical})
 * and in catalog order; parameters left out get their default, so {@code Component.defaults(lif)} equals a
 * LIF written with every default spelled out. A parameter stays absent only when it is optional and unset,
 * or required and not yet given. Values are not checked here — the {@link ProjectValidator} reports wrong
 * kinds and out-of-range values with their JSON paths, so a half-finished edit can still be held — but
 * unknown keys are refused.
 */
public record Component(ComponentSpec spec, Map<String, Object> params) {

    public Component {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(params, "params");
        for (String key : params.keySet()) spec.param(key);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (ParamSpec p : spec.params()) {
            Object value = params.get(p.key());
            if (value == null) value = p.defaultValue();
            if (value != null) ordered.put(p.key(), p.canonical(value));
        }
        params = Collections.unmodifiableMap(ordered);
    }

    /** The component with every parameter at its default (required ones without a default stay unset). */
    public static Component defaults(ComponentSpec spec) {
        return new Component(spec, Map.of());
    }

    /** Shorthand: {@code Component.of(denseSpec, "units", 256)}. */
    public static Component of(ComponentSpec spec, Object... keyValuePairs) {
        if (keyValuePairs.length % 2 != 0) throw new IllegalArgumentException("need key, value pairs");
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValuePairs.length; i += 2) values.put((String) keyValuePairs[i], keyValuePairs[i + 1]);
        return new Component(spec, values);
    }

    public String type() {
        return spec.type();
    }

    public ComponentFamily family() {
        return spec.family();
    }

    /** A copy with {@code key} set; {@code null} unsets it, which for a parameter with a default means the default. */
    public Component with(String key, Object value) {
        spec.param(key);
        Map<String, Object> copy = new LinkedHashMap<>(params);
        if (value == null) copy.remove(key);
        else copy.put(key, value);
        return new Component(spec, copy);
    }

    public boolean isSet(String key) {
        spec.param(key);
        return params.containsKey(key);
    }

    /** The raw value, empty when unset. */
    public Optional<Object> value(String key) {
        spec.param(key);
        return Optional.ofNullable(params.get(key));
    }

    public double getDouble(String key) {
        return findDouble(key).orElseThrow(() -> unset(key));
    }

    public int getInt(String key) {
        return findInt(key).orElseThrow(() -> unset(key));
    }

    public long getLong(String key) {
        return typed(key, Long.class).orElseThrow(() -> unset(key));
    }

    public boolean getBoolean(String key) {
        return typed(key, Boolean.class).orElseThrow(() -> unset(key));
    }

    /** For CHOICE and STRING parameters. */
    public String getString(String key) {
        return typed(key, String.class).orElseThrow(() -> unset(key));
    }

    /** For optional parameters such as LIF's {@code tau}. */
    public OptionalDouble findDouble(String key) {
        Optional<Double> v = typed(key, Double.class);
        return v.isPresent() ? OptionalDouble.of(v.get()) : OptionalDouble.empty();
    }

    /** For optional parameters such as a pool's {@code stride}. */
    public OptionalInt findInt(String key) {
        Optional<Long> v = typed(key, Long.class);
        return v.isPresent() ? OptionalInt.of(Math.toIntExact(v.get())) : OptionalInt.empty();
    }

    private <T> Optional<T> typed(String key, Class<T> type) {
        spec.param(key);
        Object value = params.get(key);
        if (value == null) return Optional.empty();
        if (!type.isInstance(value)) {
            throw new IllegalStateException(spec.type() + "." + key + " holds " + ValueText.of(value)
                    + ", not a " + type.getSimpleName() + "; the project was not validated");
        }
        return Optional.of(type.cast(value));
    }

    private IllegalStateException unset(String key) {
        return new IllegalStateException(spec.type() + "." + key + " is not set");
    }
}
