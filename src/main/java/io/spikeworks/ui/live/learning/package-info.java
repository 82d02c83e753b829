/** Views of learning over the run: loss, accuracy and throughput curves; weights as heatmap and histogram. */
package io.spikeworks.ui.live.learning;
