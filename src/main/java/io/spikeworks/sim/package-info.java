/**
 * The engine: layers (dense, conv, pool, DeepONet, readout), the network that steps them over T time steps, and
 * the backward pass through time with surrogate gradients. Each layer chooses its route per batch (dense
 * multiply-adds or event-driven over the spikes that happened) and counts what it did ({@link
 * io.spikeworks.sim.EngineCounters}) for the chip's cost meters.
 *
 * <p>Below it, knowing nothing of it: {@code neuron} (neuron models, their values and surrogate derivatives),
 * {@code encode} (pixels or events to input spikes) and {@code kernel} (the numeric primitives of the hot loops:
 * scalar and SIMD kernels, GEMM, event lists, a fast random source).
 */
package io.spikeworks.sim;
