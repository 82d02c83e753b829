/** The cost meters: synaptic operations, MACs, memory, throughput, time and energy on the chosen chip. */
package io.spikeworks.ui.live.cost;
