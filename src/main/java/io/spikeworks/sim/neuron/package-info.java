/**
 * Neuron models (LIF, IF, current-based LIF, single-spike), their per-neuron values, reset modes and the spike
 * function with its surrogate derivative: what a spiking layer's state is stepped by.
 */
package io.spikeworks.sim.neuron;
