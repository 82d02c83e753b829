package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The paper's three accuracies and the MSE loss on hand-made outputs. */
class NbpScoreTest {
    @Test
    void spikeMembraneAndExactAccuraciesFollowNumpyArgmax() {
        NbpScore s = new NbpScore();
        s.add(new int[]{600, 100, 700}, 2);  // o = 1 0 1: spike argmax 0 (first), membrane 2, not exact, 1 wrong
        s.add(new int[]{-5, 513, 512}, 1);   // o = 0 1 0: all right
        s.add(new int[]{0, 300, 512}, 0);    // no spike: spike argmax 0 (right by NumPy's convention), membrane 2
        assertEquals(3, s.samples());
        assertEquals(2.0 / 3, s.spikeAccuracy(), 1e-12);
        assertEquals(2.0 / 3, s.membraneAccuracy(), 1e-12);
        assertEquals(1.0 / 3, s.exactAccuracy(), 1e-12);
        assertEquals((1 + 0 + 1) / 9.0, s.mseLoss(), 1e-12);
    }
}
