/**
 * Getting work onto the FX thread and keeping the frames cheap: {@link io.spikeworks.ui.frame.FxBridge} (the one way
 * onto the FX thread, timers and the per-pulse telemetry bridge), the CPU budget of a frame
 * ({@link io.spikeworks.ui.frame.FrameBudget}, {@link io.spikeworks.ui.frame.UiThreadsCpu}), which views draw in a
 * frame and what its parts cost ({@link io.spikeworks.ui.frame.FrameScheduler}, over {@code DrawCadence} and
 * {@code FrameParts}), stall
 * logging, the frame-rate A/B measurement, node snapshots and the C1-only compiler directive. Knows no view.
 */
package io.spikeworks.ui.frame;
