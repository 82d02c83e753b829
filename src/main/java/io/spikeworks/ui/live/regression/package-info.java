/**
 * Views of real-valued tasks: predicted against reference for a chosen test function (curves for 1-D grids, heatmaps
 * for 2-D and space-time ones) with the error per point and the spread of the per-function error, and the quality of
 * an estimated gradient against BPTT's. The *Data classes hold the numbers and need no toolkit.
 */
package io.spikeworks.ui.live.regression;
