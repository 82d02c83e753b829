/** The live view of a rule's neuron-level circuit (nBP's gated training circuit): raster, membranes, mirrored copies. */
package io.spikeworks.ui.live.circuit;
