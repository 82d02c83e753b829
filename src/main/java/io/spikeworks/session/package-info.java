/**
 * Training sessions: a training run on a worker thread, controlled from the UI (or any thread) and watched
 * through telemetry. No JavaFX here; the UI's single bridge carries what it needs to the FX thread.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * TrainingSession s = SessionSetup.open(project, assetsRoot, SessionOptions.defaults().withOutputDir(dir)); // off FX
 * s.addListener(status -> bridge.post(() -> showStatus(status)));   // called on the worker: hand over, return
 * s.start();  s.pause();  s.stepBatch();  s.resume();  s.setSpeed(Speed.batchesPerSecond(2));  s.stop();
 *
 * // once per screen frame, on the FX thread: pull, never wait
 * if (s.telemetry().version() != drawn) {
 *     List<BatchMetrics> fresh = s.telemetry().metrics().since(nextIndex);
 *     if (s.telemetry().readRaster(frame)) redrawRaster(frame);      // frame: a RasterFrame this view keeps
 *     s.telemetry().readWeights(weights);  s.telemetry().readCounters(counters);
 * }
 *
 * s.inspect(DataSplit.TEST, 17).thenAccept(in -> bridge.post(() -> show(in.cursor())));  // step t = 0..T-1
 * s.saveCheckpoint(file);   s.restore(CheckpointFiles.read(file));
 * }</pre>
 *
 * <h2>Threads</h2>
 * <ul>
 *   <li>Commands ({@code start, pause, resume, stepBatch, stop, setSpeed}) may come from any thread, return at
 *       once, and take effect between batches. They answer whether they apply in the current state.</li>
 *   <li>{@link io.spikeworks.session.SessionListener}s and the futures of {@code inspect, checkpoint,
 *       saveCheckpoint, restore} complete on the worker thread "spikeworks-training" (on the caller once training
 *       is over). Never touch UI objects there.</li>
 *   <li>Telemetry readers are lock-free: they copy into frames they own and retry if the worker wrote meanwhile;
 *       the worker never waits for them, and captures rasters and weight copies only after a reader took the
 *       previous one. A frame object belongs to one reader thread.</li>
 *   <li>Inspection results ({@link io.spikeworks.session.SampleInspection}), checkpoints, statuses and metrics are
 *       immutable values, safe to pass between threads.</li>
 * </ul>
 */
package io.spikeworks.session;
