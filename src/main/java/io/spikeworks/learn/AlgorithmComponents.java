package io.spikeworks.learn;

import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentSource;

/**
 * Puts the shipped training algorithms into every catalog the model builds. Found by {@link java.util.ServiceLoader}
 * (META-INF/services), so the model names no learning code and the rules' specs live beside their factories.
 */
public final class AlgorithmComponents implements ComponentSource {
    @Override
    public void registerInto(ComponentCatalog catalog) {
        for (RuleRegistration r : LearningRules.builtIn()) catalog.register(r.spec());
    }
}
