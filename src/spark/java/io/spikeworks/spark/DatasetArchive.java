package io.spikeworks.spark;

import io.spikeworks.data.AssetLocator;
import io.spikeworks.data.BundledDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bundled data sets packed for Spark's {@code addArchive}: {@code datasets/<id>/…} stored uncompressed (the IDX
 * files are gzipped already), which Spark unpacks once per executor, so the unpacked folder is an assets root the
 * tasks load from, checked against its SHA256SUMS as on the desktop. ({@code addFile} of a folder works only in
 * local mode.)
 */
final class DatasetArchive {
    static final String NAME = "spikeworks-datasets.zip";

    private DatasetArchive() {}

    /**
     * @param assets the assets root (null: located as the CLI does)
     * @return the archive, or null when this machine has no bundled data set (generated data needs none)
     */
    static Path write(Path assets, Path dir) throws IOException {
        Path root;
        try {
            root = AssetLocator.locate(assets);
        } catch (RuntimeException e) {
            return null;
        }
        List<Path> sets = new ArrayList<>();
        for (BundledDataset d : BundledDataset.values()) if (Files.isDirectory(d.directory(root))) sets.add(d.directory(root));
        if (sets.isEmpty()) return null;
        Path zip = dir.resolve(NAME);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path set : sets) {
                List<Path> files;
                try (Stream<Path> s = Files.list(set)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    byte[] bytes = Files.readAllBytes(f);
                    ZipEntry e = new ZipEntry(AssetLocator.DATASETS + "/" + set.getFileName() + "/" + f.getFileName());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setCrc(crc.getValue());
                    out.putNextEntry(e);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return zip;
    }
}
