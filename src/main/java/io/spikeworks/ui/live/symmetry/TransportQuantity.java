package io.spikeworks.ui.live.symmetry;

/** What the transport-cost chart counts. */
public enum TransportQuantity {
    WEIGHTS("Weights copied", "weights"),
    BITS("Bits copied", "bits"),
    ENERGY("Energy of copying", "pJ");

    private final String title;
    private final String unit;

    TransportQuantity(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    public String title() { return title; }
    public String unit() { return unit; }

    @Override
    public String toString() {
        return title;
    }
}
