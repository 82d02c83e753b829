/**
 * The visual model builder: a person assembles a network on a canvas, picks data, algorithm and chip, and saves,
 * opens and runs it — without writing JSON.
 *
 * <ul>
 *   <li>{@link io.spikeworks.ui.builder.BuilderViewModel}: the builder's logic without JavaFX — the edit history and
 *       the check after every edit, editing commands over plain selections, file commands, autosave and recovery,
 *       Run — tested with no toolkit.</li>
 *   <li>{@link io.spikeworks.ui.builder.ModelBuilder}: the feature's entry point; {@code install(window, stage)} puts
 *       the canvas into the model editor pane and the generated inspector into the inspector pane, and takes over
 *       New/Open/Save/Save As/recent files, Undo/Redo, Cut/Copy/Paste/Delete and Run. What Run does:
 *       {@code setOnRun(Consumer<Project>)}; Run is enabled only while the project is valid and fits its chip.</li>
 *   <li>{@code BuilderCanvas} with {@code NodeView}/{@code EdgeView}: nodes, ports, shapes on edges, badges, selection,
 *       zoom and pan. {@code Palette}: one entry per layer type in the catalog.</li>
 *   <li>{@code InspectorContent} → {@code Field}s generated from {@link io.spikeworks.model.ParamSpec} metadata;
 *       {@code InspectorView} shows them in ControlsFX {@code PropertySheet}s with {@code FieldEditors}.</li>
 *   <li>{@link io.spikeworks.ui.builder.Prompts} (dialogs; {@link io.spikeworks.ui.builder.FxPrompts} in the app),
 *       {@link io.spikeworks.ui.builder.RecentFiles}, {@link io.spikeworks.ui.builder.Autosave},
 *       {@link io.spikeworks.ui.builder.SampleProjects} and the start page.</li>
 * </ul>
 * The editing logic itself (the document, its edits, the undo history and the checks) is JavaFX-free, in
 * {@link io.spikeworks.edit}.
 */
package io.spikeworks.ui.builder;
