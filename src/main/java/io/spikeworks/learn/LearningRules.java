package io.spikeworks.learn;

import io.spikeworks.learn.symmetry.DirectFeedbackAlignment;
import io.spikeworks.learn.symmetry.FeedbackAlignment;
import io.spikeworks.learn.symmetry.FrozenBackprop;
import io.spikeworks.learn.symmetry.KolenPollack;
import io.spikeworks.learn.symmetry.SignSymmetry;
import io.spikeworks.model.Component;
import io.spikeworks.sim.SpikeFunction;
import io.spikeworks.sim.Surrogate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Learning rules by algorithm type id. Algorithms added later register here and in the model catalog;
 * nothing else changes.
 */
public final class LearningRules {
    private static final Map<String, Function<Component, LearningRule>> RULES = new LinkedHashMap<>();

    static {
        register("bptt", c -> new ExactBackprop());
        register(FrozenBackprop.ID, FrozenBackprop::from);
        register(FeedbackAlignment.ID, FeedbackAlignment::from);
        register(DirectFeedbackAlignment.ID, DirectFeedbackAlignment::from);
        register(SignSymmetry.ID, SignSymmetry::from);
        register(KolenPollack.ID, KolenPollack::from);
    }

    private LearningRules() {}

    public static synchronized void register(String type, Function<Component, LearningRule> factory) {
        RULES.put(type, factory);
    }

    public static synchronized LearningRule create(Component algorithm) {
        Function<Component, LearningRule> f = RULES.get(algorithm.type());
        if (f == null) throw new IllegalArgumentException("the engine has no training algorithm '" + algorithm.type()
                + "'; known: " + String.join(", ", RULES.keySet()));
        return f.apply(algorithm);
    }

    /** The surrogate spike derivative an algorithm's parameters ask for (fast sigmoid, slope 25 by default). */
    public static SpikeFunction spikeFunction(Component algorithm) {
        Surrogate s = algorithm.spec().findParam("surrogate").isPresent()
                ? Surrogate.fromId(algorithm.getString("surrogate")) : Surrogate.FAST_SIGMOID;
        double scale = algorithm.spec().findParam("surrogateScale").isPresent() ? algorithm.getDouble("surrogateScale") : 25;
        return SpikeFunction.of(s, scale);
    }
}
