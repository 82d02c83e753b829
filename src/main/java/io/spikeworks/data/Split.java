package io.spikeworks.data;

/** Which published part of a data set. */
public enum Split {
    TRAIN("train"),
    TEST("test");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    /** Lower-case name for display: {@code train}, {@code test}. */
    public String label() {
        return label;
    }
}
