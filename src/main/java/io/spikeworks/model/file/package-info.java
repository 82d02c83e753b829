/**
 * What every file format of Spikeworks shares (projects, lessons, sweeps, chip profiles, checkpoints, weights):
 * {@link io.spikeworks.model.file.StrictJson}, the one JSON reader, which refuses duplicate keys, bad UTF-8 and
 * trailing content; {@link io.spikeworks.model.file.AtomicFiles}, so a save is seen whole or not at all; and errors
 * that name the file, the line and the JSON path ({@link io.spikeworks.model.file.FileValidationException},
 * {@link io.spikeworks.model.file.ValidationError}), with "did you mean" hints for misspelt fields.
 *
 * <p>It knows no format: a new one builds on it without touching it.
 */
package io.spikeworks.model.file;
