package io.spikeworks.edit;

import java.util.Objects;

/**
 * A connection drawn on the builder canvas, from one node's output port to another's input port. Node ids are
 * layer ids plus {@link io.spikeworks.model.Project#INPUT_NODE} and {@link io.spikeworks.model.Project#READOUT_NODE}.
 */
public record Link(String from, String to) {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return from + " → " + to;
    }
}
