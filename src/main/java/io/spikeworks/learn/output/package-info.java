/**
 * What a finished or stopped run writes into its folder: metrics.csv, confusion.csv or predictions.csv,
 * summary.json, project.json, the spike raster of a few test samples and the weights, each file atomically.
 */
package io.spikeworks.learn.output;
