/**
 * The project: what to train, on what, how, and for which chip — as immutable values, their metadata, and
 * the versioned JSON file format.
 *
 * <ul>
 *   <li>{@link io.spikeworks.model.Project} and its parts are records; edits are {@code with...} copies.</li>
 *   <li>Every configurable part is a {@link io.spikeworks.model.Component}: a
 *       {@link io.spikeworks.model.ComponentSpec} (type, help, {@link io.spikeworks.model.ParamSpec}s) plus
 *       values. Specs live in the {@link io.spikeworks.model.ComponentCatalog}; registering one makes a new
 *       algorithm, loss, neuron... loadable and pickable with no other change.</li>
 *   <li>{@link io.spikeworks.model.ProjectFiles} loads and saves files; {@link io.spikeworks.model.ProjectJson}
 *       does the text. Loading either returns a complete, valid project or throws
 *       {@link io.spikeworks.model.ProjectValidationException} with every error and its JSON path. The machinery
 *       every file format shares (strict JSON, atomic saves, errors with line and path) is in {@code file};
 *       lessons, which wrap a project, are in {@code lesson}.</li>
 *   <li>{@link io.spikeworks.model.ProjectValidator} and {@link io.spikeworks.model.ShapeInference} check
 *       in-memory projects with the same paths and messages, for the builder's live feedback.</li>
 * </ul>
 *
 * This package depends on nothing else in Spikeworks: the engine reads the model, never the reverse.
 */
package io.spikeworks.model;
