package io.spikeworks.learn;

import io.spikeworks.learn.forwardgrad.ForwardGradient;
import io.spikeworks.learn.nbp.OnChipBackprop;
import io.spikeworks.learn.perturbation.WeightPerturbation;
import io.spikeworks.learn.symmetry.DirectFeedbackAlignment;
import io.spikeworks.learn.symmetry.FeedbackAlignment;
import io.spikeworks.learn.symmetry.FrozenBackprop;
import io.spikeworks.learn.symmetry.KolenPollack;
import io.spikeworks.learn.symmetry.SignSymmetry;
import io.spikeworks.learn.ttl.TruncatedLocalBptt;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ParamSpec;

import java.util.List;

import static io.spikeworks.model.BuiltInComponents.*;
import static io.spikeworks.model.ComponentFamily.ALGORITHM;

/**
 * The training algorithms Spikeworks ships, each registered once: its catalog entry (parameters, help, picker
 * order) together with the factory that builds it. A new algorithm is one class plus one line in {@link #ALL}.
 */
final class BuiltInRules {
    private BuiltInRules() {}

    static final List<RuleRegistration> ALL = List.of(
            new RuleRegistration(ComponentSpec.of(ALGORITHM, BPTT, "BPTT (surrogate gradient)",
                    "Backpropagation through time with a surrogate derivative for the spike; the float reference "
                            + "that on-chip rules are compared against.",
                    ParamSpec.ofChoice("surrogate", "Surrogate", FAST_SIGMOID, ARCTAN, TRIANGLE, RECTANGULAR)
                            .withDefault(FAST_SIGMOID)
                            .withHelp("shape of the pseudo-derivative used in place of the spike's zero-or-infinite one"),
                    ParamSpec.ofDouble("surrogateScale", "Surrogate scale").greaterThan(0).withDefault(25.0)
                            .withHelp("slope (fast-sigmoid, arctan) or 1/width (triangle, rectangular)")), c -> new ExactBackprop()),
            new RuleRegistration(ComponentSpec.of(ALGORITHM, FBP, "Frozen backprop (fBP)",
                    "BPTT with errors sent through frozen feedback weights B, refreshed from the forward weights every "
                            + "Φ updates, fully or partially; Φ = 1 with full transport is exact BPTT.",
                    withSymmetryCommons(
                            ParamSpec.ofInt("phi", "Φ (period)").atLeast(1).withDefault(100).withUnit("iterations")
                                    .withHelp("updates between weight transports"),
                            ParamSpec.ofChoice("transport", "Transport", "full", "random", "round-robin", "largest-divergence")
                                    .withDefault("full")
                                    .withHelp("which weights a transport copies: all; a random subset; the next block of "
                                            + "neurons/filters in turn; or those with the largest |W − B| (needs a "
                                            + "comparison pass)"),
                            ParamSpec.ofDouble("fraction", "Fraction p").greaterThan(0).atMost(1).withDefault(0.1)
                                    .withHelp("share of each layer's weights a partial transport copies (⌈p·N⌉); "
                                            + "ignored by full transport"),
                            feedbackSeed())), FrozenBackprop::from),
            new RuleRegistration(ComponentSpec.of(ALGORITHM, FEEDBACK_ALIGNMENT, "Feedback alignment (FA)",
                    "Errors travel back through fixed random feedback weights; no transport ever.",
                    withSymmetryCommons(feedbackSeed())), FeedbackAlignment::from),
            new RuleRegistration(ComponentSpec.of(ALGORITHM, DIRECT_FEEDBACK_ALIGNMENT, "Direct feedback alignment (DFA)",
                    "The output error goes straight to every hidden layer through fixed random matrices; no transport.",
                    withSymmetryCommons(feedbackSeed())), DirectFeedbackAlignment::from),
            new RuleRegistration(ComponentSpec.of(ALGORITHM, SIGN_SYMMETRY, "Sign symmetry",
                    "Feedback weights are the forward weights' signs times a fixed per-layer scale; only signs travel.",
                    withSymmetryCommons()), SignSymmetry::from),
            new RuleRegistration(ComponentSpec.of(ALGORITHM, KOLEN_POLLACK, "Kolen-Pollack",
                    "Random feedback weights receive the forward weights' updates and both decay, so they converge "
                            + "without transport.",
                    withSymmetryCommons(
                            ParamSpec.ofDouble("decay", "Decay λ").atLeast(0).lessThan(1).withDefault(1e-3)
                                    .withHelp("share of W and B removed every update; W − B shrinks by (1 − λ) per update"),
                            feedbackSeed())), KolenPollack::from),
            new RuleRegistration(OnChipBackprop.SPEC, OnChipBackprop::from),
            new RuleRegistration(ComponentSpec.of(ALGORITHM, WeightPerturbation.ID, "Weight perturbation (WP)",
                    "No backward pass: the gradient is estimated from forward passes with the weights nudged along K "
                            + "random directions v, ĝ = mean of [(L(θ+εv) − L(θ−εv))/2ε]·v (or the one-sided "
                            + "[(L(θ+εv) − L(θ))/ε]·v). Costs 1 + 2K forward passes per update (1 + K one-sided), "
                            + "times the layers when layer-wise. Defaults are ours, not a paper's.",
                    ParamSpec.ofChoice("difference", "Difference", "central", "one-sided").withDefault("central")
                            .withHelp("central: two passes per direction, error O(ε²); one-sided: one pass per "
                                    + "direction, error O(ε)"),
                    ParamSpec.ofInt("directions", "Directions K").withRange(1, 4096).withDefault(8)
                            .withHelp("random directions averaged per update (per layer when layer-wise); the "
                                    + "estimate's spread falls as 1/√K"),
                    ParamSpec.ofChoice("distribution", "Directions from", "gaussian", "rademacher").withDefault("gaussian")
                            .withHelp("each entry of v from N(0, 1), or ±1 with equal odds (smaller spread)"),
                    ParamSpec.ofChoice("scope", "Scope", "global", "layer-wise").withDefault("global")
                            .withHelp("global: every weight moves at once; layer-wise: one layer at a time, each "
                                    + "with its own K directions (more passes, less spread)"),
                    ParamSpec.ofDouble("epsilon", "Perturbation ε").greaterThan(0).atMost(10).withDefault(0.01)
                            .withHelp("step along v in each weight; large enough to flip spikes, small enough to "
                                    + "stay local"),
                    ParamSpec.ofInt("seed", "Direction seed").withDefault(1)
                            .withHelp("seed of the random directions"),
                    ParamSpec.ofInt("alignmentEvery", "Alignment every").atLeast(0).withDefault(0).withUnit("batches")
                            .withHelp("every N batches, compare the estimate with exact BPTT's gradient on the same "
                                    + "batch (costs one more forward and a backward); 0 = never")), WeightPerturbation::from),
            new RuleRegistration(ForwardGradient.SPEC, ForwardGradient::from),
            new RuleRegistration(TruncatedLocalBptt.SPEC, TruncatedLocalBptt::from));

    // Weight-symmetry family: the forward network (W) and the feedback network (B) are separate, as on chips.

    private static ParamSpec[] withSymmetryCommons(ParamSpec... own) {
        java.util.List<ParamSpec> all = new java.util.ArrayList<>(java.util.List.of(own));
        all.add(ParamSpec.ofChoice("surrogate", "Surrogate", FAST_SIGMOID, ARCTAN, TRIANGLE, RECTANGULAR)
                .withDefault(FAST_SIGMOID)
                .withHelp("shape of the pseudo-derivative used in place of the spike's zero-or-infinite one"));
        all.add(ParamSpec.ofDouble("surrogateScale", "Surrogate scale").greaterThan(0).withDefault(25.0)
                .withHelp("slope (fast-sigmoid, arctan) or 1/width (triangle, rectangular)"));
        all.add(ParamSpec.ofInt("bitsPerWeight", "Bits per weight").withRange(1, 64).asOptional().withUnit("bits")
                .withHelp("size of one transported weight for the bits-copied meter; unset means the chip profile's "
                        + "feedback-weight bits"));
        all.add(ParamSpec.ofDouble("energyPerBitPj", "Energy per bit").atLeast(0).asOptional().withUnit("pJ")
                .withHelp("energy to transport one bit; unset means the chip profile's transport cost per bit"));
        all.add(ParamSpec.ofInt("alignmentEvery", "Alignment every").atLeast(0).withDefault(50).withUnit("batches")
                .withHelp("measure the angle between this rule's gradient and exact BP's every N batches; 0 = never"));
        return all.toArray(ParamSpec[]::new);
    }

    private static ParamSpec feedbackSeed() {
        return ParamSpec.ofInt("feedbackSeed", "Feedback seed").withDefault(1)
                .withHelp("seed of random feedback weights and random transport subsets, mixed with the initial weights");
    }
}
