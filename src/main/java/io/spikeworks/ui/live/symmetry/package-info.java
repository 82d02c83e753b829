/**
 * Views for rules with feedback weights: the W − Bᵀ map, asymmetry and gradient-alignment curves, transport cost
 * against exact BP and finished runs to compare with.
 */
package io.spikeworks.ui.live.symmetry;
