/**
 * Run ▸ Chip Profiles…: view, duplicate, edit, save and delete chip profiles ({@link io.spikeworks.chip.ChipProfiles}).
 *
 * <ul>
 *   <li>{@link io.spikeworks.ui.chip.ChipField}: the field table (group, label, JSON path, kind, unit kind, getter)
 *       and {@code assemble}, the one place a profile is put back together. Views are generated from it.</li>
 *   <li>{@link io.spikeworks.ui.chip.ChipProfileDraft}: what the user typed, one input per field, re-validated on
 *       every change by writing and re-reading it with {@link io.spikeworks.chip.ChipProfileJson}; errors are
 *       mapped back to fields by JSON path.</li>
 *   <li>{@link io.spikeworks.ui.chip.ChipProfilesModel}: the dialog's state (entries: shipped, user, broken;
 *       selection; draft; can-save; messages) over an injectable user directory. No nodes; testable without a stage.</li>
 *   <li>{@link io.spikeworks.ui.chip.ChipProfilesDialog}: the view, plus {@code menuItem(...)} for the main window.
 *       Styles: {@code chip-profiles.css}, layered on the theme, using only its {@code -sw-*} colours.</li>
 * </ul>
 */
package io.spikeworks.ui.chip;
