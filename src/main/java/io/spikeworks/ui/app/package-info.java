/**
 * Start-up and composition: {@link io.spikeworks.ui.app.SpikeworksApp} (the {@code Application}, options, window
 * state and placement) and {@code BuilderSetup}, which wires the builder, run control and live views into the main
 * window. The only package that knows every other ui package.
 */
package io.spikeworks.ui.app;
