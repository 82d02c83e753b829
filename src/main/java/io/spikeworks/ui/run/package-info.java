/** Run control: Run, Pause, Step and Stop drive a training session opened from the builder's project. */
package io.spikeworks.ui.run;
