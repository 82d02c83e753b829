/**
 * Model exchange through NIR, the Neuromorphic Intermediate Representation (HDF5 {@code .nir} files): a graph model
 * ({@link io.spikeworks.nir.NirGraph}), its reader and writer, the mapping to and from Spikeworks projects and
 * engine networks ({@link io.spikeworks.nir.NirImport}, {@link io.spikeworks.nir.NirExport}) and the spike files
 * the {@code simulate} command reads and writes. The only package that touches the HDF5 library (jHDF); the
 * architecture test keeps it so.
 *
 * <p>Conventions are snnTorch's, which the reference files use: forward Euler, β = 1 − dt/τ, dt = 1e-4 s unless the
 * file or the user says otherwise, weights [out][in], activations channels first (C×H×W).
 */
package io.spikeworks.nir;
