package io.spikeworks.learn.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** raster.csv reads back what was written, and anything else is refused with the line and what is wrong. */
class SpikeRasterCsvTest {
    static final String H = SpikeRasterCsv.HEADER + "\n";

    static SpikeRaster sample() {
        return new SpikeRaster(4, List.of(
                new SpikeRaster.Sample(0, 3, 1, List.of(
                        new SpikeRaster.LayerRows("input", 6, new int[]{0, 3}, new int[][]{{0, 2}, {}}),
                        new SpikeRaster.LayerRows("out", 2, new int[]{0, 1}, new int[][]{{3}, {0, 1, 2, 3}}))),
                new SpikeRaster.Sample(1, 0, 0, List.of(
                        new SpikeRaster.LayerRows("input", 6, new int[]{0, 3}, new int[][]{{}, {1}}),
                        new SpikeRaster.LayerRows("out", 2, new int[]{0, 1}, new int[][]{{}, {}})))));
    }

    @Test
    void writesOneLinePerKeptNeuronAndReadsItBack() {
        String csv = SpikeRasterCsv.write(sample());
        assertEquals(H + "0,3,1,4,input,6,0,0 2\n0,3,1,4,input,6,3,\n0,3,1,4,out,2,0,3\n0,3,1,4,out,2,1,0 1 2 3\n"
                + "1,0,0,4,input,6,0,\n1,0,0,4,input,6,3,1\n1,0,0,4,out,2,0,\n1,0,0,4,out,2,1,\n", csv);
        SpikeRaster back = SpikeRasterCsv.read(csv, "r.csv");
        assertEquals(4, back.steps());
        assertEquals(2, back.samples().size());
        for (int s = 0; s < 2; s++) {
            SpikeRaster.Sample want = sample().samples().get(s), got = back.samples().get(s);
            assertEquals(want.index(), got.index());
            assertEquals(want.label(), got.label());
            assertEquals(want.predicted(), got.predicted());
            for (int l = 0; l < 2; l++) {
                assertEquals(want.layers().get(l).layer(), got.layers().get(l).layer());
                assertEquals(want.layers().get(l).neurons(), got.layers().get(l).neurons());
                assertArrayEquals(want.layers().get(l).rowNeurons(), got.layers().get(l).rowNeurons());
                assertArrayEquals(want.layers().get(l).spikeSteps(), got.layers().get(l).spikeSteps());
            }
        }
    }

    @Test
    void keptNeuronsSpreadEvenlyAndStayWithinTheLayer() {
        assertArrayEquals(new int[]{0, 1, 2}, SpikeRasterRecorder.keptNeurons(3));
        int[] kept = SpikeRasterRecorder.keptNeurons(784);
        assertEquals(SpikeRasterRecorder.ROWS, kept.length);
        assertEquals(0, kept[0]);
        assertEquals(771, kept[kept.length - 1]); // 63 × 784 / 64 = 771.75, rounded down
        for (int i = 1; i < kept.length; i++) assertTrue(kept[i] - kept[i - 1] >= 12 && kept[i] - kept[i - 1] <= 13);
    }

    static void refused(String csv, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpikeRasterCsv.read(csv, "r.csv"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void damagedFilesAreRefusedWithTheLineAndTheReason() {
        refused("", "r.csv: line 1 must be the header '" + SpikeRasterCsv.HEADER + "'");
        refused("sample,label\n", "r.csv: line 1 must be the header '" + SpikeRasterCsv.HEADER + "'");
        refused(H, "r.csv: no samples after the header");
        refused(H + "0,3,1,4,input,6,0\n", "r.csv: line 2 has 7 cells, the header has 8");
        refused(H + "0,3,1,4,input,6,x,\n", "r.csv: line 2: neuron 'x' is not a whole number");
        refused(H + "0,3,1,0,input,6,0,\n", "r.csv: line 2: steps is 0, must be ≥ 1");
        refused(H + "0,3,1,4,input,6,6,\n", "r.csv: line 2: neuron 6 of a layer of 6");
        refused(H + "0,3,1,4,input,6,0,4\n", "r.csv: line 2: spike_steps has step 4 of 4 steps");
        refused(H + "0,3,1,4,input,6,0,2 1\n", "r.csv: line 2: spike_steps must be ascending, each step once: [2, 1]");
        refused(H + "0,3,1,4,input,6,0,\n\n", "r.csv: line 3 is empty");
        refused(H + "0,3,1,4,input,6,3,\n0,3,1,4,input,6,1,\n",
                "r.csv: line 3: neuron 1 does not come after neuron 3 (neurons must be ascending and listed once)");
        refused(H + "0,3,1,4,input,6,0,\n0,3,1,4,input,7,1,\n", "r.csv: line 3: layer 'input' has 7 neurons, earlier lines say 6");
        refused(H + "0,3,1,4,input,6,0,\n0,3,1,5,input,6,1,\n", "r.csv: line 3: steps is 5, earlier lines say 4");
        refused(H + "0,3,1,4,input,6,0,\n0,2,1,4,input,6,1,\n",
                "r.csv: line 3: sample 0 has label 2 and prediction 1, earlier lines say 3 and 1");
        refused(H + "0,3,1,4,input,6,0,\n0,3,1,4,out,2,0,\n0,3,1,4,input,6,1,\n",
                "r.csv: line 4: layer 'input' of sample 0 appears again after another layer (its lines must be together)");
        refused(H + "0,3,1,4,input,6,0,\n1,3,1,4,input,6,0,\n0,3,1,4,input,6,1,\n",
                "r.csv: line 4: sample 0 appears again after other samples (its lines must be together)");
    }

    @Test
    void aLayerNameThatWouldBreakTheCsvIsRefusedWhenWriting() {
        SpikeRaster bad = new SpikeRaster(1, List.of(new SpikeRaster.Sample(0, -1, -1,
                List.of(new SpikeRaster.LayerRows("a,b", 1, new int[]{0}, new int[][]{{}})))));
        assertThrows(IllegalArgumentException.class, () -> SpikeRasterCsv.write(bad));
    }
}
