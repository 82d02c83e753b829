/**
 * Data that are spikes already, as an event camera gives them: labelled event streams held compactly
 * ({@link io.spikeworks.data.event.EventStreamSet}, {@link io.spikeworks.data.event.PackedEvents}), binned into T
 * frames; recorded sets read from their published folders (N-MNIST, DVS128 Gesture); sets made here (moving bars,
 * and MNIST or Fashion-MNIST moved along a saccade path as N-MNIST was recorded); and the on-disk cache that keeps a
 * conversion from running twice.
 */
package io.spikeworks.data.event;
