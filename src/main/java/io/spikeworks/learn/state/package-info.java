/**
 * A network's and a rule's state as values and files: every parameter by name ({@link
 * io.spikeworks.learn.state.NetworkValues}), weights files written atomically ({@link
 * io.spikeworks.learn.state.NetworkValuesFiles}), the binary fields of weights files and checkpoints, and exact
 * numbers inside a checkpoint's float rows.
 */
package io.spikeworks.learn.state;
