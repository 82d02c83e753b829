/**
 * The look: {@link io.spikeworks.ui.theme.Theme} installs the one stylesheet, {@link io.spikeworks.ui.theme.ThemeColours}
 * reads its {@code -sw-*} colours for the canvases.
 */
package io.spikeworks.ui.theme;
