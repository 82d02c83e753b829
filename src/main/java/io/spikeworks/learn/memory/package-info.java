/**
 * What a run will hold on the heap, estimated from the project before anything is allocated, and the check that
 * refuses a run the JVM's heap cannot hold (an OutOfMemoryError half-way through a run loses the run).
 */
package io.spikeworks.learn.memory;
