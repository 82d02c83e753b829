/**
 * The weight-symmetry family of learning rules: training where the forward network (weights W) and the feedback
 * network (weights B, held in W's layout so that exact BP is B = W) are separate, as on neuromorphic hardware.
 *
 * <ul>
 *   <li>{@link io.spikeworks.learn.symmetry.FrozenBackprop} (fbp): B frozen, refreshed from W every Φ iterations,
 *       fully or partially ({@link io.spikeworks.learn.symmetry.TransportScheme}).</li>
 *   <li>{@link io.spikeworks.learn.symmetry.FeedbackAlignment} (fa): B fixed and random.</li>
 *   <li>{@link io.spikeworks.learn.symmetry.DirectFeedbackAlignment} (dfa): the output error goes straight to each
 *       hidden layer through fixed random matrices.</li>
 *   <li>{@link io.spikeworks.learn.symmetry.SignSymmetry} (sign-symmetry): B = s·sign(W).</li>
 *   <li>{@link io.spikeworks.learn.symmetry.KolenPollack} (kolen-pollack): B receives W's applied update, both decay.</li>
 * </ul>
 *
 * Every rule reports a {@link io.spikeworks.learn.symmetry.TransportMeter}; rules with W-shaped B also report
 * {@link io.spikeworks.learn.symmetry.Asymmetry} per layer, and all can measure gradient alignment against exact BP.
 *
 * <p>Which layers carry feedback: every spiking layer except the first one in the stack. The first layer's feedback
 * would send errors into the input, which nothing consumes, so it is neither stored nor counted as transport.
 */
package io.spikeworks.learn.symmetry;
