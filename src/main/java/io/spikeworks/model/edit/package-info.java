/**
 * The builder's editing model, without JavaFX: a {@link io.spikeworks.model.edit.Draft} (the project plus the
 * connections drawn on the canvas), pure edit functions over it ({@link io.spikeworks.model.edit.DraftEdits}), the
 * undo history of edit jobs with dirty tracking ({@link io.spikeworks.model.edit.ProjectHistory}), the check that
 * runs after every edit — wiring, validation, shapes, chip design rules — placing each finding on its node
 * ({@link io.spikeworks.model.edit.DraftCheck}), and the recovery-file format ({@link io.spikeworks.model.edit.DraftJson}).
 */
package io.spikeworks.model.edit;
