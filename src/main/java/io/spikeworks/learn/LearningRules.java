package io.spikeworks.learn;

import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learning rules by algorithm type id. Each is registered once, spec and factory together ({@link RuleRegistration}):
 * the shipped ones in {@link BuiltInRules}, which the model's catalog reads through {@link AlgorithmComponents};
 * others with {@link #register}, which also puts the spec in the standard catalog, so pickers, loading and
 * validation see it.
 */
public final class LearningRules {
    private static final Map<String, RuleRegistration> RULES = new LinkedHashMap<>();

    static {
        for (RuleRegistration r : BuiltInRules.ALL) RULES.put(r.type(), r);
    }

    private LearningRules() {}

    /** Registers an algorithm for this JVM: its factory here and its spec in {@link ComponentCatalog#standard()}. */
    public static synchronized void register(RuleRegistration registration) {
        if (RULES.containsKey(registration.type()))
            throw new IllegalArgumentException("training algorithm '" + registration.type() + "' is already registered");
        ComponentCatalog catalog = ComponentCatalog.standard();
        if (catalog.find(ComponentFamily.ALGORITHM, registration.type()).isEmpty()) catalog.register(registration.spec());
        RULES.put(registration.type(), registration);
    }

    /** Every registered algorithm, shipped ones first, in registration (picker) order. */
    public static synchronized List<RuleRegistration> registrations() {
        return new ArrayList<>(RULES.values());
    }

    /** The shipped algorithms only. */
    static List<RuleRegistration> builtIn() {
        return BuiltInRules.ALL;
    }

    public static synchronized LearningRule create(Component algorithm) {
        RuleRegistration r = RULES.get(algorithm.type());
        if (r == null) throw new IllegalArgumentException("the engine has no training algorithm '" + algorithm.type()
                + "'; known: " + String.join(", ", RULES.keySet()));
        return r.factory().apply(algorithm);
    }

    /** The surrogate spike derivative an algorithm's parameters ask for (fast sigmoid, slope 25 by default). */
    public static SpikeFunction spikeFunction(Component algorithm) {
        Surrogate s = algorithm.spec().findParam("surrogate").isPresent()
                ? Surrogate.fromId(algorithm.getString("surrogate")) : Surrogate.FAST_SIGMOID;
        double scale = algorithm.spec().findParam("surrogateScale").isPresent() ? algorithm.getDouble("surrogateScale") : 25;
        return SpikeFunction.of(s, scale);
    }
}
