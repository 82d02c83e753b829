package io.spikeworks.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads unsigned-byte IDX files (the MNIST format), raw or gzipped. Gzip is recognised by its magic bytes
 * {@code 1f 8b}, never by the file name, since downloads are often renamed or decompressed in place.
 *
 * <p>Every defect becomes a {@link DatasetException} naming the file and the problem.
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;
    private static final int GZIP_BUFFER = 1 << 16;
    // Read in slices so a stream cut short still tells how much it held.
    private static final int READ_SLICE = 1 << 20;

    private IdxReader() {}

    /** Reads an images file: count×rows×columns. */
    public static IdxArray readImages(Path file) {
        return read(file.toString(), readFile(file), 3, "pixel");
    }

    /** Reads an images file from bytes already in memory; {@code file} names it in messages. */
    public static IdxArray readImages(String file, byte[] content) {
        return read(file, content, 3, "pixel");
    }

    /** Reads a labels file: a single dimension, one byte per label. */
    public static IdxArray readLabels(Path file) {
        return read(file.toString(), readFile(file), 1, "label");
    }

    public static IdxArray readLabels(String file, byte[] content) {
        return read(file, content, 1, "label");
    }

    /** Reads an IDX file of any number of dimensions. */
    public static IdxArray read(Path file) {
        return read(file.toString(), readFile(file), -1, "data");
    }

    public static IdxArray read(String file, byte[] content) {
        return read(file, content, -1, "data");
    }

    /** Reads only the header, decompressing no more than it needs: cheap enough for listings. */
    public static IdxHeader readHeader(Path file) {
        String name = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] start = raw.readNBytes(2);
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(start), raw);
            if (isGzip(start)) in = new GZIPInputStream(in, GZIP_BUFFER);
            return readHeader(name, in, -1);
        } catch (NoSuchFileException e) {
            throw new DatasetException(name, "missing");
        } catch (EOFException e) {
            throw new DatasetException(name, "truncated: gzip stream ends inside the IDX header");
        } catch (ZipException e) {
            throw new DatasetException(name, "corrupt gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new DatasetException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file.toString(), "missing");
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    static boolean isGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xFF) == 0x1f && (content[1] & 0xFF) == 0x8b;
    }

    private static IdxArray read(String file, byte[] content, int expectedDims, String noun) {
        try (InputStream in = open(file, content)) {
            IdxHeader header = readHeader(file, in, expectedDims);
            byte[] data = new byte[(int) header.dataBytes()];
            int got = readData(file, in, data, header, noun);
            if (got < data.length) throw truncated(file, header, noun, got, "");
            long extra = countRemaining(in);
            if (extra > 0) {
                throw new DatasetException(file, "trailing data: " + extra + " bytes after the "
                        + header.dataBytes() + " " + noun + " bytes the header (" + header.dimsText()
                        + ") declares");
            }
            return new IdxArray(file, header, data);
        } catch (EOFException e) {
            // Data complete, but the gzip trailer (CRC and length) is cut off.
            throw new DatasetException(file, "truncated: gzip stream ends before its trailer");
        } catch (ZipException e) {
            throw new DatasetException(file, corruptGzip(e));
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String corruptGzip(ZipException e) {
        // The JDK's words for a CRC failure name the trailer, not the cause: the content itself is damaged.
        if ("Corrupt GZIP trailer".equals(e.getMessage())) {
            return "corrupt gzip data: CRC-32 check failed, the decompressed content is damaged";
        }
        return "corrupt gzip data: " + e.getMessage();
    }

    private static InputStream open(String file, byte[] content) {
        if (!isGzip(content)) return new ByteArrayInputStream(content);
        try {
            return new GZIPInputStream(new ByteArrayInputStream(content), GZIP_BUFFER);
        } catch (EOFException e) {
            throw new DatasetException(file, "truncated: file ends inside the gzip header");
        } catch (IOException e) {
            throw new DatasetException(file, "corrupt gzip data: " + e.getMessage());
        }
    }

    private static int readData(String file, InputStream in, byte[] data, IdxHeader header, String noun)
            throws IOException {
        int off = 0;
        try {
            while (off < data.length) {
                int n = in.read(data, off, Math.min(READ_SLICE, data.length - off));
                if (n < 0) break;
                off += n;
            }
        } catch (EOFException e) {
            throw truncated(file, header, noun, off, " (gzip stream cut short)");
        } catch (ZipException e) {
            throw new DatasetException(file, "corrupt gzip data after " + off + " " + noun + " bytes: "
                    + e.getMessage());
        }
        return off;
    }

    private static DatasetException truncated(String file, IdxHeader header, String noun, long held, String how) {
        return new DatasetException(file, "truncated: header says " + header.dimsText() + " = "
                + header.dataBytes() + " " + noun + " bytes, file holds " + held + how);
    }

    private static long countRemaining(InputStream in) throws IOException {
        long n = 0;
        byte[] buf = new byte[8192];
        int r;
        while ((r = in.read(buf)) > 0) n += r;
        return n;
    }

    private static IdxHeader readHeader(String file, InputStream in, int expectedDims) throws IOException {
        byte[] magic = in.readNBytes(4);
        // Judge what is there before calling it short: three stray bytes are a wrong file, not a truncated one.
        if (magic.length >= 2 && (magic[0] != 0 || magic[1] != 0)) {
            throw new DatasetException(file, "wrong magic: expected an IDX file (00 00 08 nn) or gzip (1f 8b), found "
                    + hex(magic));
        }
        if (magic.length < 4) {
            if (magic.length == 0) throw new DatasetException(file, "empty file");
            throw new DatasetException(file, "truncated: file ends inside the 4-byte IDX magic ("
                    + magic.length + " bytes)");
        }
        int type = magic[2] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new DatasetException(file, "wrong magic: IDX data type 0x" + String.format("%02x", type)
                    + " (" + typeName(type) + ") is not supported, only 0x08 (unsigned byte)");
        }
        int dimCount = magic[3] & 0xFF;
        if (dimCount == 0) throw new DatasetException(file, "wrong dimensions: header declares 0 dimensions");
        if (expectedDims > 0 && dimCount != expectedDims) {
            throw new DatasetException(file, "wrong dimensions: expected " + expectedDims + " dimension"
                    + (expectedDims == 1 ? "" : "s") + " (" + dimsMeaning(expectedDims) + "), header declares "
                    + dimCount);
        }
        byte[] sizes = in.readNBytes(4 * dimCount);
        if (sizes.length < 4 * dimCount) {
            throw new DatasetException(file, "truncated: file ends inside the IDX header (" + dimCount
                    + " dimensions need " + (4 + 4 * dimCount) + " bytes, file holds " + (4 + sizes.length) + ")");
        }
        int[] dims = new int[dimCount];
        for (int i = 0; i < dimCount; i++) {
            int o = 4 * i;
            dims[i] = (sizes[o] & 0xFF) << 24 | (sizes[o + 1] & 0xFF) << 16 | (sizes[o + 2] & 0xFF) << 8
                    | (sizes[o + 3] & 0xFF);
            if (dims[i] < 0) {
                throw new DatasetException(file, "wrong dimensions: dimension " + (i + 1) + " is "
                        + Integer.toUnsignedString(dims[i]) + ", too large to be real");
            }
        }
        IdxHeader header = new IdxHeader(dims);
        if (header.dataBytes() > MAX_ARRAY_BYTES) {
            throw new DatasetException(file, "wrong dimensions: header says " + header.dimsText() + " = "
                    + header.dataBytes() + " bytes, more than one array can hold");
        }
        return header;
    }

    private static String dimsMeaning(int dims) {
        return switch (dims) {
            case 1 -> "count";
            case 3 -> "count×rows×columns";
            default -> dims + " sizes";
        };
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            case 0x0E -> "double";
            default -> "unknown";
        };
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }
}
