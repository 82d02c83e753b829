/** Encoders: how a sample (pixels, real values or recorded events) becomes input spikes or currents per time step. */
package io.spikeworks.sim.encode;
