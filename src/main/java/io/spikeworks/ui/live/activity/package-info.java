/** Views of the current sample: spike raster, membrane traces, output and confusion matrix, with their snapshots. */
package io.spikeworks.ui.live.activity;
