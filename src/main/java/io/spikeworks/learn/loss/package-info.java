/**
 * Losses on the readout, each writing dL/dr for the backward pass: cross-entropy and spike-count MSE for class
 * labels, MSE for real-valued targets. Chosen through the project's {@code loss} component.
 */
package io.spikeworks.learn.loss;
