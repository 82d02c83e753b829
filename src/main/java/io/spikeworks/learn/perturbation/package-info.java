/**
 * Learning without a backward pass: gradients estimated from forward passes with perturbed weights
 * ({@link io.spikeworks.learn.perturbation.PerturbationEstimator}), plugged in as the training algorithm
 * {@code weight-perturbation} ({@link io.spikeworks.learn.perturbation.WeightPerturbation}).
 */
package io.spikeworks.learn.perturbation;
