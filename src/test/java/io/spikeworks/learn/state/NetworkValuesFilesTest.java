package io.spikeworks.learn.state;

import io.spikeworks.sim.neuron.NeuronValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkValuesFilesTest {
    @TempDir
    Path tmp;

    private static int[] bits(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) b[i] = Float.floatToRawIntBits(a[i]);
        return b;
    }

    @Test
    void readsBackEveryBitItWrote() throws IOException {
        float oddNaN = Float.intBitsToFloat(0x7fc0_1234);
        NetworkValues v = new NetworkValues(Map.of("l1.weight", new float[]{1.5f, -0.0f, oddNaN, Float.MIN_VALUE}),
                Map.of("l1", new NeuronValues(new float[]{0, 0.25f}, new float[]{0.9f, 1f}, new float[]{1.1f, 3e-7f})));
        Path f = tmp.resolve("w" + NetworkValuesFiles.EXTENSION);
        NetworkValuesFiles.write(f, v);
        NetworkValues back = NetworkValuesFiles.read(f);
        assertArrayEquals(bits(v.params().get("l1.weight")), bits(back.params().get("l1.weight")));
        NeuronValues n = back.neurons().get("l1");
        assertArrayEquals(new float[]{0, 0.25f}, n.alpha());
        assertArrayEquals(new float[]{0.9f, 1f}, n.beta());
        assertArrayEquals(new float[]{1.1f, 3e-7f}, n.threshold());
        assertEquals(1, back.params().size());
    }

    @Test
    void refusesDamagedTruncatedAndForeignFiles() throws IOException {
        Path f = tmp.resolve("w" + NetworkValuesFiles.EXTENSION);
        NetworkValuesFiles.write(f, new NetworkValues(Map.of("a", new float[]{1, 2, 3}), Map.of()));
        byte[] good = Files.readAllBytes(f);

        byte[] flipped = good.clone();
        flipped[good.length - 14] ^= 1; // in the last float; the count and checksum follow it
        Files.write(f, flipped);
        assertTrue(assertThrows(IOException.class, () -> NetworkValuesFiles.read(f)).getMessage()
                .contains("damaged (checksum mismatch)"));

        Files.write(f, Arrays.copyOf(good, good.length - 3));
        assertTrue(assertThrows(IOException.class, () -> NetworkValuesFiles.read(f)).getMessage().contains("truncated"));

        Files.writeString(f, "{\"format\": \"spikeworks-project\"}");
        assertTrue(assertThrows(IOException.class, () -> NetworkValuesFiles.read(f)).getMessage()
                .contains("is not a Spikeworks weights file"));
    }

    @Test
    void theWeightsFileOfAProjectSitsBesideIt() {
        assertEquals(tmp.resolve("net.weights.swweights"), NetworkValuesFiles.besideProject(tmp.resolve("net.json")));
    }
}
