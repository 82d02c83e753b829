package io.spikeworks.learn.nbp;

import io.spikeworks.data.Dataset;
import io.spikeworks.data.ImageTransforms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The authors' crop and threshold (pixels 129..255 on), and the packing of binary samples. */
class NbpDataTest {
    static Dataset oneImage(int... rowColValue) {
        byte[] px = new byte[28 * 28];
        for (int i = 0; i < rowColValue.length; i += 3) px[rowColValue[i] * 28 + rowColValue[i + 1]] = (byte) rowColValue[i + 2];
        return Dataset.of("synthetic", px, new byte[]{3}, new int[]{1, 28, 28},
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    @Test
    void mnist20CropsFourPixelsAndKeepsOnlyPixelsAbove128() {
        // inside the crop: 127 and 128 stay off, 129 and 255 turn on; 255 on the border is cropped away
        Dataset d = ImageTransforms.nbpMnist20(oneImage(4, 4, 127, 4, 5, 128, 4, 6, 129, 23, 23, 255, 3, 10, 255, 10, 24, 255));
        assertArrayEquals(new int[]{1, 20, 20}, d.sampleShape());
        NbpSamples s = NbpSamples.of(d);
        assertEquals(400, s.inputs());
        int[] x = s.dense(0);
        assertEquals(0, x[0], "127");
        assertEquals(0, x[1], "128");
        assertEquals(1, x[2], "129");
        assertEquals(1, x[19 * 20 + 19], "255 at (23,23) is (19,19) after the crop");
        assertEquals(2, s.activeCount(0), "border pixels are cropped");
        assertEquals(3, s.label(0));
    }

    @Test
    void fashion28KeepsAll784InputsWithTheSameThreshold() {
        Dataset d = ImageTransforms.nbpFashion28(oneImage(0, 0, 129, 27, 27, 200, 13, 13, 128));
        NbpSamples s = NbpSamples.of(d);
        assertEquals(784, s.inputs());
        assertEquals(2, s.activeCount(0));
        assertEquals(1, s.dense(0)[0]);
        assertEquals(1, s.dense(0)[783]);
    }

    @Test
    void greyPixelsAreRefusedWithSampleAndPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NbpSamples.of(oneImage(1, 2, 77)));
        assertTrue(e.getMessage().contains("sample 0 pixel 30 is 77"), e.getMessage());
    }

    @Test
    void bundledMnist20HasTheExpectedShapeAndDensity() {
        NbpSamples test = NbpDataset.MNIST20.load(null).test();
        assertEquals(10000, test.size());
        assertEquals(400, test.inputs());
        long on = 0;
        for (int i = 0; i < test.size(); i++) on += test.activeCount(i);
        double mean = (double) on / test.size();
        // MNIST has about 19 % of its 784 pixels above 128, nearly all inside the central 20×20
        assertTrue(mean > 100 && mean < 180, "mean active inputs " + mean);
    }
}
