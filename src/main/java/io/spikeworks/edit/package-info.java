/**
 * The builder's editing model, without JavaFX: a {@link io.spikeworks.edit.Draft} (the project plus the
 * connections drawn on the canvas), pure edit functions over it ({@link io.spikeworks.edit.DraftEdits}), the
 * undo history of edit jobs with dirty tracking ({@link io.spikeworks.edit.ProjectHistory}), the check that
 * runs after every edit — wiring, validation, shapes, chip design rules — placing each finding on its node
 * ({@link io.spikeworks.edit.DraftCheck}), and the recovery-file format ({@link io.spikeworks.edit.DraftJson}).
 * A package of its own above {@code model} and {@code chip} (it was {@code model.edit}): its check uses the chip's
 * design rules, and {@code chip} builds on {@code model}, so inside {@code model} it closed a package cycle.
 */
package io.spikeworks.edit;
