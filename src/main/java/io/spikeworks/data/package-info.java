/**
 * Data sets and tasks: what a project trains and tests on, loaded once and served as mini-batches in an order fixed
 * by the seed and the epoch.
 *
 * <ul>
 *   <li>{@link io.spikeworks.data.SampleSet} is the contract: a fixed input shape per sample and a target that is a
 *       class label or a real-valued vector; {@link io.spikeworks.data.TrainTestSplit} pairs the published
 *       parts.</li>
 *   <li>Images: the bundled data sets ({@link io.spikeworks.data.BundledDataset}, IDX files checked against their
 *       digests), CIFAR for users who bring it, and derived sets made at load time
 *       ({@link io.spikeworks.data.ImageTransforms}).</li>
 *   <li>Real values: {@link io.spikeworks.data.RealValuedSet}, made by {@link io.spikeworks.data.ScientificRegression}
 *       from the generators in {@code function} (function regression and operator learning, with reference
 *       solutions from {@code pde}).</li>
 *   <li>Spikes: event streams in {@code event}.</li>
 * </ul>
 *
 * Every problem with a data file is a {@link io.spikeworks.data.DatasetException} that starts with the file.
 */
package io.spikeworks.data;
