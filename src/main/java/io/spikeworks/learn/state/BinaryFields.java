package io.spikeworks.learn.state;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Length-prefixed strings and float arrays of the product's binary files (checkpoints, weights files), read with
 * every length checked before it is allocated: a damaged length must not take the heap before readFully could find
 * the file too short. Floats keep their raw bits (NaN payloads, −0.0).
 */
public final class BinaryFields {
    /** The most floats one array may hold (1 GiB). */
    public static final int MAX_FLOATS = 1 << 28;

    private BinaryFields() {}

    /** n, or an error saying the file called name is damaged when n is negative. */
    public static int count(int n, String name) throws IOException {
        if (n < 0) throw new IOException(name + " is damaged (negative count " + n + ")");
        return n;
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** @param what what the string is, for the message ("name", "text") */
    public static String readString(DataInputStream in, String name, long maxBytes, String what) throws IOException {
        int n = count(in.readInt(), name);
        if (n > maxBytes) throw new IOException(name + " is damaged (a " + what + " of " + n + " bytes)");
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer buf = ByteBuffer.allocate(a.length * 4).order(ByteOrder.BIG_ENDIAN);
        for (float v : a) buf.putInt(Float.floatToRawIntBits(v));
        out.write(buf.array());
    }

    public static float[] readFloats(DataInputStream in, String name) throws IOException {
        int n = count(in.readInt(), name);
        if (n > MAX_FLOATS) throw new IOException(name + " is damaged (an array of " + n + " floats)");
        byte[] bytes = new byte[n * 4];
        in.readFully(bytes);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = Float.intBitsToFloat(buf.getInt());
        return a;
    }
}
