/**
 * The main window and its commands: {@link io.spikeworks.ui.shell.MainWindow} (scene graph),
 * {@link io.spikeworks.ui.shell.MainViewModel} (window state as plain properties, one
 * {@link io.spikeworks.ui.shell.ActionCommand} per {@link io.spikeworks.ui.shell.StandardAction}), the about dialog.
 * Features (builder, run control) plug into it; it does not know them.
 */
package io.spikeworks.ui.shell;
