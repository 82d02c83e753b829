package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.sim.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of the family, built from its catalog component, learns the toy task with rate and TTFS coding. */
class EveryAlgorithmLearnsTest {
    static Stream<Arguments> cases() {
        List<Object[]> algorithms = List.of(
                new Object[]{"bptt"},
                new Object[]{"fbp", "phi", 10},
                new Object[]{"fbp", "phi", 10, "transport", "random", "fraction", 0.1},
                new Object[]{"fbp", "phi", 10, "transport", "round-robin", "fraction", 0.1},
                new Object[]{"fbp", "phi", 10, "transport", "largest-divergence", "fraction", 0.1},
                new Object[]{"fa"},
                new Object[]{"dfa"},
                new Object[]{"sign-symmetry"},
                new Object[]{"kolen-pollack", "decay", 0.01},
                new Object[]{"ttl-bptt", "blockSize", 1, "truncation", 2},
                new Object[]{"forward-gradient", "directions", 16, "scope", "layer-wise"});
        List<Arguments> out = new ArrayList<>();
        for (Coding coding : Coding.values())
            for (Shape shape : Shape.values())
                for (Object[] a : algorithms)
                    // forward gradients have no tangent step for convolutions (refused at validation)
                    if (!(shape == Shape.CONV && a[0].equals("forward-gradient"))) out.add(Arguments.of(coding, shape, a));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void learnsTheToyTask(Coding coding, Shape shape, Object[] algorithm) {
        var spec = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, (String) algorithm[0]);
        Object[] kv = java.util.Arrays.copyOfRange(algorithm, 1, algorithm.length);
        double[] accuracy = new double[3];
        for (int seed = 0; seed < accuracy.length; seed++) {
            LearningRule rule = LearningRules.create(Component.of(spec, kv));
            Network net = ToyTraining.network(shape, coding, 21 + seed);
            accuracy[seed] = ToyTraining.train(ToyTraining.trainer(net, coding, rule, 1e-2), 120);
            for (var e : rule.metrics().entrySet())
                assertTrue(!Double.isNaN(e.getValue()), e.getKey() + " is NaN");
        }
        // the median of three seeds: DFA on the toy conv net fails on some seeds, as DFA on convolutions is known to
        double[] sorted = accuracy.clone();
        java.util.Arrays.sort(sorted);
        assertTrue(sorted[1] > 0.6, algorithm[0] + " reached " + java.util.Arrays.toString(accuracy) + " (chance 0.33)");
    }
}
