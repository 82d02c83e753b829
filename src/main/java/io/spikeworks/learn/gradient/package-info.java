/**
 * Gradient quality: how well a rule's gradient (weight perturbation, forward gradients, feedback alignment...) points
 * along BPTT's on the same batch, as cosines per estimator and direction count, for the live view, the session's
 * telemetry and the {@code gradient-quality} command.
 */
package io.spikeworks.learn.gradient;
