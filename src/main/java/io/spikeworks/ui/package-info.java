/**
 * The desktop app (the only package allowed to use JavaFX, ControlsFX and Ikonli).
 *
 * <h2>Packages</h2>
 * Dependencies point down this list only (an ArchUnit rule keeps the slices free of cycles):
 * <ul>
 *   <li>{@link io.spikeworks.ui.app}: start-up and composition (the {@code Application}, options, window state).</li>
 *   <li>{@link io.spikeworks.ui.run}: Run/Pause/Step/Stop over a training session.</li>
 *   <li>{@link io.spikeworks.ui.builder}, {@link io.spikeworks.ui.chip}: the model builder and the chip profiles dialog.</li>
 *   <li>{@link io.spikeworks.ui.shell}: the main window, its view model and commands.</li>
 *   <li>{@link io.spikeworks.ui.live}: the live dashboard, the view contract and the session adapter; the views by
 *       family in {@code live.activity}, {@code live.learning}, {@code live.symmetry}, {@code live.cost}.</li>
 *   <li>{@link io.spikeworks.ui.widget}, {@link io.spikeworks.ui.theme}: shared panels; stylesheet and colours.</li>
 *   <li>{@link io.spikeworks.ui.frame}: the FX-thread bridge, frame clock and CPU budget.</li>
 * </ul>
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link io.spikeworks.ui.app.SpikeworksApp}: the {@code Application}; parses {@link io.spikeworks.ui.app.AppOptions},
 *       restores {@link io.spikeworks.ui.app.WindowState}, shows the window, handles {@code --snapshot}/{@code --exit-after};
 *       {@code BuilderSetup} starts the warm-ups ({@link io.spikeworks.session.EngineWarmUp} on the first runnable
 *       project, {@link io.spikeworks.ui.live.ViewWarmUp}) and {@code --frame-rate-ab} ({@link io.spikeworks.ui.frame.FrameRateAb}).</li>
 *   <li>{@link io.spikeworks.ui.shell.MainViewModel}: window state as plain properties (title, status text, engine
 *       status, pane visibility) plus one {@link io.spikeworks.ui.shell.ActionCommand} per
 *       {@link io.spikeworks.ui.shell.StandardAction}. Testable without a stage.</li>
 *   <li>{@link io.spikeworks.ui.shell.MainWindow}: builds the scene graph and binds it to the view model.</li>
 *   <li>{@link io.spikeworks.ui.frame.FxBridge}: the one way onto the FX thread ({@code run}, {@code later},
 *       {@code supply}; {@code every} and {@code after} for timers, never a JavaFX animation, which makes JavaFX
 *       pulse 60 times a second while it runs) and the pulse-rate telemetry bridge ({@code coalescing},
 *       {@code everyPulse}, {@code whileShowing}). While training runs, its frame clock skips frames that would take
 *       the FX and render threads over their CPU share ({@link io.spikeworks.ui.frame.FrameBudget},
 *       {@link io.spikeworks.ui.frame.UiThreadsCpu}).</li>
 *   <li>{@link io.spikeworks.ui.theme.Theme}: the single stylesheet {@code spikeworks.css}; colours are the
 *       {@code -sw-*} looked-up colours on {@code .root}. Java sets style classes only.</li>
 *   <li>{@link io.spikeworks.ui.builder}: the visual model builder (model editor pane + inspector), installed at
 *       start-up by {@code BuilderSetup}, with {@link io.spikeworks.ui.run.RunController} for Run/Pause/Step/Stop.</li>
 * </ul>
 *
 * <h2>Live views</h2>
 * <ul>
 *   <li>{@link io.spikeworks.ui.live.LiveDashboard} ({@code window.dashboard()}): runs the views of the
 *       {@link io.spikeworks.ui.live.LiveViewRegistry} (nine standard ones); {@code bind(source)} shows the cards whose
 *       view the run offers something for ({@link io.spikeworks.ui.live.LiveCapability}), mounts the views into them
 *       and pulls once per pulse while they are on screen.</li>
 *   <li>{@link io.spikeworks.ui.live.SessionLiveSource}: the adapter from a session's
 *       {@link io.spikeworks.session.Telemetry} to the views' immutable snapshots
 *       ({@link io.spikeworks.ui.live.activity.ActivitySnapshot}, {@link io.spikeworks.ui.live.learning.LearningData},
 *       {@link io.spikeworks.ui.live.cost.CostData}, {@link io.spikeworks.ui.live.learning.WeightData},
 *       {@link io.spikeworks.ui.live.activity.ConfusionData}).</li>
 *   <li>Each view is a {@link io.spikeworks.ui.live.CanvasView} that draws from its snapshot, skips unchanged versions,
 *       decimates to pixels, keeps labels and axes on a chrome canvas redrawn only when they change, takes colours
 *       from {@link io.spikeworks.ui.theme.ThemeColours} (the stylesheet's {@code -sw-*}),
 *       and exports PNG and CSV ({@link io.spikeworks.ui.live.LiveView}; buttons by {@link io.spikeworks.ui.live.ViewExport}).</li>
 *   <li>Cards move up, down or to another tab from their header menu; {@link io.spikeworks.ui.live.LiveViewLayout}
 *       remembers where. {@link io.spikeworks.ui.frame.FrameTimeMonitor} logs FX-thread stalls over 50 ms and feeds the
 *       status bar's slow-frame indicator.</li>
 * </ul>
 * <pre>{@code
 * TrainingSession s = SessionSetup.open(project, null, SessionOptions.defaults());      // off the FX thread
 * window.dashboard().bind(new SessionLiveSource(s, trainingSetOrNull));                  // FX thread
 * s.start();
 * }</pre>
 *
 * <h2>Plugging a feature in</h2>
 * <pre>{@code
 * // a command: enables its menu item, toolbar button and accelerator
 * vm.command(StandardAction.RUN).setHandler(session::start, session.idleProperty());
 *
 * // a live view: its class (a CanvasView, or a LiveCard when it has header controls) plus one line in
 * // LiveViewRegistry's list; the card, tab, layout memory, export buttons and frame clock follow
 * requires(LiveCapability.WEIGHT_SYMMETRY, new LiveViewSlot(LiveViewGroup.LEARNING, "drift", "Drift", icon, help, 150),
 *         ctx -> { DriftView v = new DriftView(); return LiveCard.of("drift", v, DrawCadence.SERIES_NANOS, d -> v.show(d.learning())); })
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
