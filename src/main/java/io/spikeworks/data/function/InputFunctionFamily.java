package io.spikeworks.data.function;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** A distribution of random input functions on [0, 1], the branch inputs of an operator-learning task. */
public interface InputFunctionFamily {
    /** A short description with the parameters, e.g. {@code gp(rbf, l=0.2, var=1, knots=257)}. */
    String describe();

    /** One function drawn with {@code random}; the same generator state gives the same function. */
    DoubleUnaryOperator sample(SplittableRandom random);
}
