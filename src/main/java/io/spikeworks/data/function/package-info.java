/**
 * Real-valued task generators for function regression and operator learning (issue 20), in plain arrays, seeded
 * and deterministic. Reference solutions come from {@code io.spikeworks.data.pde}.
 *
 * <h2>Function regression</h2>
 * {@link io.spikeworks.data.function.SineWave} ({@code sin 2 pi x} on [0, 1]) and
 * {@link io.spikeworks.data.function.MexicanHat} (the Ricker wavelet on [-1, 1]^2, formula and normalisation in its
 * documentation), sampled by {@link io.spikeworks.data.function.RegressionSets} on a grid or at random points into
 * {@link io.spikeworks.data.function.RealValuedSamples} (row-major inputs and targets).
 *
 * <h2>Operator learning</h2>
 * Input functions on [0, 1] from an {@link io.spikeworks.data.function.InputFunctionFamily}:
 * {@link io.spikeworks.data.function.GaussianProcessFunctions} (RBF kernel, Cholesky with jitter, natural cubic
 * spline between knots) or {@link io.spikeworks.data.function.RandomFourierSeries}. Operators
 * ({@link io.spikeworks.data.function.FunctionOperator}): antiderivative, 1-D Poisson, diffusion-reaction. An
 * {@link io.spikeworks.data.function.OperatorDatasetGenerator} draws N functions, reads them at m uniform sensors
 * (branch), places P queries per function by a {@link io.spikeworks.data.function.QueryPlan} (random per function,
 * or one shared grid) and stores the reference outputs (targets) in
 * {@link io.spikeworks.data.function.OperatorSamples}, whose documentation gives the memory layout.
 * {@link io.spikeworks.data.function.OperatorTasks} has DeepONet's defaults (GP length scale 0.2, m = 100).
 *
 * <h2>Seeds</h2>
 * Item i of a data set (a function, its random queries, a random point) is drawn from a generator seeded with
 * {@code RandomStreams.derive(RandomStreams.derive(seed, stream), i)}, a separate stream per kind of item: the same
 * seed gives the same numbers on every JDK, a larger set extends a smaller one, and a test set is another seed.
 */
package io.spikeworks.data.function;
