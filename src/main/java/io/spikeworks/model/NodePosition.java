package io.spikeworks.model;

/** Where the visual builder draws a node, in canvas units; pure layout, no effect on training. */
public record NodePosition(double x, double y) {
    public NodePosition {
        if (!Double.isFinite(x) || !Double.isFinite(y)) throw new IllegalArgumentException("position must be finite");
    }
}
