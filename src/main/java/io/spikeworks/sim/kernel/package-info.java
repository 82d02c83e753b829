/**
 * The numeric primitives the engine's hot loops are made of: per-step kernels in a scalar and a SIMD (Vector API)
 * version that give the same results, GEMM through ND4J, the event lists that event-driven routes consume, and a
 * fast random source. Nothing here knows of layers or networks.
 */
package io.spikeworks.sim.kernel;
