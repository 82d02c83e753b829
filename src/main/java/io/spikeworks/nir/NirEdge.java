package io.spikeworks.nir;

import java.util.Objects;

/** An identity connection from one node's output to another node's input. */
public record NirEdge(String source, String target) {
    public NirEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        return source + " → " + target;
    }
}
