package io.spikeworks.learn.symmetry;

/** One gradient-alignment measurement: the angle between the rule's and exact BP's weight gradient. */
public record AlignmentSample(long iteration, double angleDegrees) {
}
