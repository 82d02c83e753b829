/**
 * Reference solvers for the real-valued operator tasks, in plain {@code double[]}: a tridiagonal (Thomas) solver,
 * a finite-difference solver for the 1-D Poisson problem {@code -u'' = f} with Richardson extrapolation, an implicit
 * Crank–Nicolson–Newton solver for the diffusion-reaction equation {@code u_t = D u_xx + k u^2 + f}, and cumulative
 * Simpson quadrature for antiderivatives. Every solver takes its input function as a
 * {@link java.util.function.DoubleUnaryOperator} so it can be evaluated anywhere, and returns a grid solution that
 * interpolates to arbitrary query points with 4-point (cubic) Lagrange interpolation.
 *
 * <p>No JavaFX, no ND4J: this package is pure numerics, depended on by {@code io.spikeworks.data.function}.
 */
package io.spikeworks.data.pde;
