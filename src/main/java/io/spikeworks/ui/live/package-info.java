/**
 * The dashboard of live views and their contract: {@link io.spikeworks.ui.live.LiveDashboard} binds a
 * {@link io.spikeworks.ui.live.LiveSource} to the views and pulls once per frame;
 * {@link io.spikeworks.ui.live.SessionLiveSource} is the one adapter from a session's telemetry to the views'
 * snapshots; every view is a {@link io.spikeworks.ui.live.LiveView} (most a {@link io.spikeworks.ui.live.CanvasView})
 * exporting PNG and CSV; the cards, tabs and their remembered layout live in
 * {@link io.spikeworks.ui.live.LiveViewsArea} and {@link io.spikeworks.ui.live.LiveViewLayout}.
 * The views themselves sit in sub-packages by family, each beside the snapshot it draws.
 */
package io.spikeworks.ui.live;
