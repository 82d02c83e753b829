/**
 * What training and evaluation scored, as values that add across slices and batches ({@link
 * io.spikeworks.learn.score.Score}), per task kind ({@link io.spikeworks.learn.score.TaskMetrics}: accuracy for class
 * labels, relative L2 error for real-valued targets), with the confusion matrix, per-function errors, test
 * predictions, one row of metrics.csv, and how held-out scores choose a checkpoint.
 */
package io.spikeworks.learn.score;
