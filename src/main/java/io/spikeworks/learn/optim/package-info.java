/**
 * Optimisers (SGD with momentum, Adam) and learning-rate schedules: how accumulated gradients change the parameters.
 */
package io.spikeworks.learn.optim;
