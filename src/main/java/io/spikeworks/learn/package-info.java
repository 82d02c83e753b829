/**
 * Training: a project's network, data and algorithm made into a run that advances one batch at a time.
 *
 * <ul>
 *   <li>{@link io.spikeworks.learn.TrainingRun} drives a run (epochs, evaluations, checkpoints) for the CLI, the
 *       session and sweeps alike; {@link io.spikeworks.learn.Trainer} does one batch: encode, forward, readout,
 *       loss, gradient, optimiser step.</li>
 *   <li>{@link io.spikeworks.learn.LearningRule} is a training algorithm: how it gets a batch's gradient
 *       ({@link io.spikeworks.learn.GradientMethod}) and what it does around the step. The algorithms are
 *       registered once each in {@link io.spikeworks.learn.BuiltInRules} and live in their own packages:
 *       {@code symmetry} (fBP and its baselines), {@code ttl} (truncated local BPTT), {@code nbp} (on-chip backprop
 *       as on Loihi), {@code perturbation} and {@code forwardgrad} (learning without backprop).</li>
 *   <li>The parts a run is made of stand below this package and know nothing of it: {@code loss}, {@code optim},
 *       {@code score} (what a batch or an evaluation scored) and {@code state} (weights and rule state as values
 *       and files). Above it: {@code output} (the files a run writes), {@code memory} (what a run will hold on the
 *       heap) and {@code gradient} (how well an estimated gradient points along BPTT's).</li>
 * </ul>
 */
package io.spikeworks.learn;
