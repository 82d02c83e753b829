package io.spikeworks.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of component types, per family, in registration order (which is picker order).
 * {@link #standard()} is the application-wide catalog, pre-filled with {@link BuiltInComponents}; later
 * features add their types with {@link #register} at start-up and appear in every picker and in loading.
 * Thread-safe: training threads read it while the UI may be starting up.
 */
public final class ComponentCatalog {

    private static final ComponentCatalog STANDARD = withBuiltIns();

    private final Map<ComponentFamily, Map<String, ComponentSpec>> specs = new EnumMap<>(ComponentFamily.class);

    private ComponentCatalog() {
        for (ComponentFamily family : ComponentFamily.values()) specs.put(family, new LinkedHashMap<>());
    }

    /** The shared catalog the application and the loader use by default. */
    public static ComponentCatalog standard() {
        return STANDARD;
    }

    /** A fresh catalog holding only the built-in types; for tests and tools that must not see registrations. */
    public static ComponentCatalog withBuiltIns() {
        ComponentCatalog catalog = new ComponentCatalog();
        BuiltInComponents.registerAll(catalog);
        for (ComponentSource source : java.util.ServiceLoader.load(ComponentSource.class, ComponentCatalog.class.getClassLoader()))
            source.registerInto(catalog);
        return catalog;
    }

    public static ComponentCatalog empty() {
        return new ComponentCatalog();
    }

    /** @throws IllegalArgumentException if the family already has this type id */
    public synchronized ComponentCatalog register(ComponentSpec spec) {
        Map<String, ComponentSpec> family = specs.get(spec.family());
        if (family.containsKey(spec.type())) {
            throw new IllegalArgumentException(spec.family().noun() + " type '" + spec.type() + "' is already registered");
        }
        family.put(spec.type(), spec);
        return this;
    }

    /** The family's types in registration order. */
    public synchronized List<ComponentSpec> list(ComponentFamily family) {
        return List.copyOf(specs.get(family).values());
    }

    public synchronized List<String> typeIds(ComponentFamily family) {
        return List.copyOf(specs.get(family).keySet());
    }

    public synchronized Optional<ComponentSpec> find(ComponentFamily family, String type) {
        return Optional.ofNullable(specs.get(family).get(type));
    }

    /** @throws IllegalArgumentException naming the known types, if there is no such type */
    public ComponentSpec require(ComponentFamily family, String type) {
        return find(family, type).orElseThrow(() -> new IllegalArgumentException(unknownTypeMessage(family, type)));
    }

    /** A component of that type with all parameters at their defaults. */
    public Component create(ComponentFamily family, String type) {
        return Component.defaults(require(family, type));
    }

    /** "unknown layer type 'dens'; known: dense, conv2d, maxpool, avgpool, flatten" */
    public String unknownTypeMessage(ComponentFamily family, String type) {
        String what = family == ComponentFamily.DATASET ? "dataset" : family.noun() + " type";
        return "unknown " + what + " '" + type + "'; known: " + String.join(", ", typeIds(family));
    }
}
