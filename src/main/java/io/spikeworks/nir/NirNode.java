package io.spikeworks.nir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a NIR graph: its name, its type ("LIF", "Affine", …) and its numeric fields by name, in file order.
 * Text-valued metadata is kept apart from the fields.
 */
public record NirNode(String name, String type, Map<String, NirArray> fields, Map<String, String> metadata) {

    public NirNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public NirNode(String name, String type, Map<String, NirArray> fields) {
        this(name, type, fields, Map.of());
    }

    public Optional<NirArray> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** "lif1 (LIF)": how messages name a node. */
    public String label() {
        return "'" + name + "' (" + type + ")";
    }
}
