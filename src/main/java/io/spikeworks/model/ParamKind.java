package io.spikeworks.model;

/**
 * The value kind of a component parameter; decides which editor the inspector generates and which Java type
 * a value has inside a {@link Component}.
 */
public enum ParamKind {
    /** Whole number, held as {@link Long} (so seeds and counts share one kind). */
    INT("a whole number"),
    /** Real number, held as {@link Double}. */
    DOUBLE("a number"),
    /** Held as {@link Boolean}. */
    BOOLEAN("true or false"),
    /** One of a fixed list of ids, held as {@link String}. */
    CHOICE("one of the listed choices"),
    /** Free text, held as {@link String}. */
    STRING("text");

    private final String expectation;

    ParamKind(String expectation) {
        this.expectation = expectation;
    }

    /** How a value of this kind is described in "must be ..." messages. */
    public String expectation() {
        return expectation;
    }
}
