package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run resumed from weights, optimiser state and the rule's state continues exactly as the uninterrupted run. */
class RuleStateTest {
    static Supplier<LearningRule> rule(String id) {
        FeedbackSettings s = FeedbackSettings.defaults().withAlignmentEvery(0);
        return switch (id) {
            case "fbp" -> () -> new FrozenBackprop(3, new FullTransport(), s);
            case "kolen-pollack" -> () -> new KolenPollack(0.02, s);
            case "fa" -> () -> new FeedbackAlignment(s);
            case "dfa" -> () -> new DirectFeedbackAlignment(s);
            default -> () -> new SignSymmetry(s);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"fbp", "kolen-pollack", "fa", "dfa", "sign-symmetry"})
    void resumingFromTheRulesStateContinuesBitForBit(String id) {
        Network through = ToyTraining.network(Shape.DENSE, Coding.RATE, 8);
        LearningRule r1 = rule(id).get();
        Trainer t1 = ToyTraining.trainer(through, Coding.RATE, r1, 5e-3);
        ToyTraining.train(t1, 0, 8);

        Network resumed = ToyTraining.network(Shape.DENSE, Coding.RATE, 8);
        LearningRule r2 = rule(id).get();
        Trainer t2 = ToyTraining.trainer(resumed, Coding.RATE, r2, 5e-3);
        List<Param> from = through.params();
        List<Param> to = resumed.params();
        for (int i = 0; i < from.size(); i++) System.arraycopy(from.get(i).value, 0, to.get(i).value, 0, from.get(i).size());
        t2.optimizer().restore(t1.optimizer().state());
        t2.resumeIteration(t1.iteration());
        r2.restore(r1.state());

        ToyTraining.train(t1, 8, 14);
        ToyTraining.train(t2, 8, 14);
        for (int i = 0; i < from.size(); i++) assertArrayEquals(from.get(i).value, to.get(i).value, from.get(i).name());
        WeightSymmetryRule w1 = (WeightSymmetryRule) r1, w2 = (WeightSymmetryRule) r2;
        assertEquals(w1.metrics(), w2.metrics());
        assertEquals(14, w2.transportMeter().iterations());
    }
}
