package io.spikeworks.model;

/**
 * Component types contributed from outside the model package (training algorithms live with their code in
 * {@code learn}). Implementations are listed in META-INF/services and added to every catalog built with built-ins.
 */
public interface ComponentSource {
    void registerInto(ComponentCatalog catalog);
}
