/**
 * The desktop app (the only package allowed to use JavaFX, ControlsFX and Ikonli).
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link io.spikeworks.ui.SpikeworksApp}: the {@code Application}; parses {@link io.spikeworks.ui.AppOptions},
 *       restores {@link io.spikeworks.ui.WindowState}, shows the window, handles {@code --snapshot}/{@code --exit-after}.</li>
 *   <li>{@link io.spikeworks.ui.MainViewModel}: window state as plain properties (title, status text, engine
 *       status, pane visibility) plus one {@link io.spikeworks.ui.ActionCommand} per
 *       {@link io.spikeworks.ui.StandardAction}. Testable without a stage.</li>
 *   <li>{@link io.spikeworks.ui.MainWindow}: builds the scene graph and binds it to the view model.</li>
 *   <li>{@link io.spikeworks.ui.FxBridge}: the one way onto the FX thread ({@code run}, {@code later},
 *       {@code supply}) and the pulse-rate telemetry bridge ({@code coalescing}, {@code everyPulse},
 *       {@code whileShowing}).</li>
 *   <li>{@link io.spikeworks.ui.Theme}: the single stylesheet {@code spikeworks.css}; colours are the
 *       {@code -sw-*} looked-up colours on {@code .root}. Java sets style classes only.</li>
 *   <li>{@link io.spikeworks.ui.builder}: the visual model builder (model editor pane + inspector), installed at
 *       start-up by {@code BuilderSetup}, with {@link io.spikeworks.ui.builder.RunController} for Run/Pause/Step/Stop.</li>
 * </ul>
 *
 * <h2>Plugging a feature in</h2>
 * <pre>{@code
 * // a command: enables its menu item, toolbar button and accelerator
 * vm.command(StandardAction.RUN).setHandler(session::start, session.idleProperty());
 *
 * // a live view: replaces the placeholder card in the centre
 * window.liveViews().setView(LiveViewSlot.SPIKE_RASTER, rasterView);
 *
 * // telemetry from the engine thread, applied at most once per frame
 * PulseUpdater<RasterFrame> upd = FxBridge.coalescing(rasterView::show);
 * engine.onStep(frame -> upd.offer(frame));           // any thread
 *
 * // the inspector
 * window.inspector().setContent("Layer: hidden 1", layerEditor);
 * window.inspector().clear();
 *
 * // status bar
 * vm.setStatusText("Epoch 3/10");  vm.setEngineStatus("ND4J CPU · 1 thread · training");
 * }</pre>
 */
package io.spikeworks.ui;
