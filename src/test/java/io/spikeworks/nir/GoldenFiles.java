package io.spikeworks.nir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The golden NIR cases (copied from ../shared/nir/golden) and a reader for their .npy arrays. */
final class GoldenFiles {
    static final String[] EXACT_CASES = {"a_lif784_zero", "c_cuba", "d_conv_avgpool", "e_conv_sumpool", "f_lif_thresholds"};

    private GoldenFiles() {}

    static Path folder(String name) {
        try {
            return Path.of(GoldenFiles.class.getResource("golden/" + name + "/net.nir").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path nir(String name) {
        return folder(name).resolve("net.nir");
    }

    static JsonNode expected(String name) {
        try {
            return new ObjectMapper().readTree(folder(name).resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Npy(String dtype, int[] shape, ByteBuffer data) {
        byte[] bytes() {
            byte[] v = new byte[data.remaining()];
            data.duplicate().get(v);
            return v;
        }

        float[] floats() {
            float[] v = new float[data.remaining() / 4];
            data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
            return v;
        }
    }

    /** A minimal .npy reader for C-order arrays of the golden files (format 1.0). */
    static Npy npy(Path p) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[6];
            b.get(magic);
            if (magic[0] != (byte) 0x93 || !new String(magic, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY"))
                throw new IOException("not a .npy file: " + p);
            int major = b.get();
            b.get();
            int headerLen = major == 1 ? Short.toUnsignedInt(b.getShort()) : b.getInt();
            String h = new String(b.array(), b.position(), headerLen, StandardCharsets.ISO_8859_1);
            b.position(b.position() + headerLen);
            if (!h.contains("'fortran_order': False")) throw new IOException("Fortran order: " + p);
            Matcher d = Pattern.compile("'descr':\\s*'([^']+)'").matcher(h);
            Matcher s = Pattern.compile("'shape':\\s*\\(([^)]*)\\)").matcher(h);
            if (!d.find() || !s.find()) throw new IOException("bad header: " + h);
            int[] shape = Arrays.stream(s.group(1).split(",")).map(String::trim).filter(x -> !x.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
            return new Npy(d.group(1), shape, b.slice().order(ByteOrder.LITTLE_ENDIAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
