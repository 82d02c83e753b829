package io.spikeworks.learn.perturbation;

/**
 * How the slope of the loss along a direction v is read from perturbed forward passes. For a loss with a third
 * derivative the central form errs by O(ε²), the one-sided form by O(ε) (its error is ε/2 · vᵀHv, H the Hessian).
 */
public enum FiniteDifference {
    /** [L(θ + εv) − L(θ − εv)] / 2ε: two passes per direction. */
    CENTRAL("central", 2),
    /** [L(θ + εv) − L(θ)] / ε: one pass per direction, L(θ) shared by all directions (the batch's own pass). */
    ONE_SIDED("one-sided", 1);

    private final String id;
    private final int passesPerDirection;

    FiniteDifference(String id, int passesPerDirection) {
        this.id = id;
        this.passesPerDirection = passesPerDirection;
    }

    public String id() {
        return id;
    }

    /** Forward passes one direction costs, besides the pass on the unperturbed weights. */
    public int passesPerDirection() {
        return passesPerDirection;
    }

    public static FiniteDifference fromId(String id) {
        for (FiniteDifference d : values()) if (d.id.equals(id)) return d;
        throw new IllegalArgumentException("unknown finite difference '" + id + "'; known: central, one-sided");
    }
}
