package io.spikeworks.learn;

import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;

import java.util.Objects;
import java.util.function.Function;

/** A training algorithm as registered once: its catalog entry and how to build it from a project's component. */
public record RuleRegistration(ComponentSpec spec, Function<Component, LearningRule> factory) {
    public RuleRegistration {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(factory, "factory");
        if (spec.family() != ComponentFamily.ALGORITHM)
            throw new IllegalArgumentException("a learning rule registers an algorithm spec, got a " + spec.family().noun());
    }

    public String type() {
        return spec.type();
    }
}
