package io.spikeworks.learn.symmetry;

/**
 * A rule that copies feedback weights on a schedule says what the schedule is, for sweep tables and reports, so they
 * need not know the rule's id: every {@code period} updates, {@code schemeName} copies {@code fraction} of each layer.
 */
public interface TransportSchedule {
    /** Updates between transports. */
    int period();

    /** What a transport copies: "full", "random", "round-robin", "largest-divergence", "signs". */
    String schemeName();

    /** Share of each layer's weights one transport copies; null when that is not a share of the weights (signs). */
    Double fraction();
}
