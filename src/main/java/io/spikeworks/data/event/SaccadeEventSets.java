package io.spikeworks.data.event;

import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.Dataset;
import io.spikeworks.data.Split;
import io.spikeworks.data.SplitMix64;
import io.spikeworks.data.TrainTestSplit;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * MNIST and Fashion-MNIST converted into event streams as N-MNIST was recorded (see {@link SaccadeConverter}): the
 * 28×28 image moves around the saccade triangle over a 34×34 sensor, giving 2×34×34 (polarity, y, x) events binned
 * into the run's T frames. Named as conversions ({@code mnist-saccade-events}, {@code fashion-saccade-events}), not
 * N-MNIST itself. Fixed data seeds per split; converted once per T and kept in the {@link EventSetCache}.
 */
public final class SaccadeEventSets {
    public static final String MNIST_ID = "mnist-saccade-events";
    public static final String FASHION_ID = "fashion-saccade-events";
    /** Sensor side: the 28 px image plus the triangle's 6 px of travel. */
    public static final int SENSOR = 34;
    /** T when a caller names none (bench config E's). */
    public static final int DEFAULT_STEPS = 20;
    static final long TRAIN_SEED = 0x5ACCADE1L;
    static final long TEST_SEED = 0x5ACCADE2L;
    /** Raised whenever the conversion changes in a way its settings do not describe, so old caches convert again. */
    static final int CONVERTER_VERSION = 2;

    private SaccadeEventSets() {}

    /** The bundled image set a converted id comes from. */
    public static BundledDataset source(String id) {
        return switch (id) {
            case MNIST_ID -> BundledDataset.MNIST;
            case FASHION_ID -> BundledDataset.FASHION_MNIST;
            default -> throw new IllegalArgumentException("not a converted event set: " + id);
        };
    }

    /**
     * Both splits of a converted set, from the cache when it holds them for these steps, else converted (from the
     * bundled images under {@code assetsRoot}, null to locate them) and cached.
     *
     * @param cacheDir where converted sets are kept; null for {@link EventSetCache#defaultDirectory()}
     */
    // synchronized: the app's engine warm-up and a run may ask at once; the second then reads the first's cache
    public static synchronized TrainTestSplit load(String id, Path assetsRoot, int steps, Path cacheDir) {
        BundledDataset images = source(id);
        TrainTestSplit split = assetsRoot == null ? images.load() : images.load(assetsRoot);
        EventSetCache cache = new EventSetCache(cacheDir == null ? EventSetCache.defaultDirectory() : cacheDir);
        SaccadeConverter.Settings settings = SaccadeConverter.Settings.standard();
        return new TrainTestSplit(
                cached(cache, id, Split.TRAIN, split.trainImages(), steps, TRAIN_SEED, settings),
                cached(cache, id, Split.TEST, split.testImages(), steps, TEST_SEED, settings));
    }

    private static EventStreamSet cached(EventSetCache cache, String id, Split split, Dataset images, int steps,
                                         long seed, SaccadeConverter.Settings settings) {
        String name = id + "/" + split.label();
        String key = name + " steps=" + steps + " seed=" + seed + " " + settings.describe() + " path=triangle"
                + " converter=" + CONVERTER_VERSION + " source=" + sourceHash(images);
        return cache.loadOrBuild(id + "-" + split.label() + "-T" + steps, key,
                () -> convert(images, name, steps, seed, settings));
    }

    /**
     * Converts every image of a set of single-channel images (no cache).
     *
     * @param seed sample i uses seed {@code derive(seed, i)}, so a sample's events do not depend on the others
     */
    public static EventStreamSet convert(Dataset images, String name, int steps, long seed,
                                         SaccadeConverter.Settings settings) {
        int[] shape = images.sampleShape();
        if (shape[0] != 1)
            throw new IllegalArgumentException(images.name() + ": the saccade conversion takes grey images, got "
                    + shape[0] + " channels");
        int h = shape[1], w = shape[2];
        SaccadePath path = SaccadePath.triangle();
        int[] extent = path.extent();
        SaccadeConverter converter = new SaccadeConverter(settings, path, w + extent[0], h + extent[1]);
        int[] sensorShape = {2, converter.height(), converter.width()};
        EventFrames frames = new EventFrames(sensorShape, steps);
        PackedEvents.Builder packed = new PackedEvents.Builder();
        byte[] raw = new byte[w * h];
        float[] image = new float[w * h];
        int[] scratch = new int[frames.channels() * steps];
        byte[] labels = new byte[images.size()];
        for (int i = 0; i < images.size(); i++) {
            images.copyRawSample(i, raw, 0);
            for (int p = 0; p < raw.length; p++) image[p] = (raw[p] & 0xFF) / 255f;
            converter.convert(image, w, h, SplitMix64.derive(seed, i), frames);
            frames.drainTo(packed, scratch);
            labels[i] = (byte) images.label(i);
        }
        return EventStreamSet.ofPacked(name, sensorShape, steps, packed.build(), labels, images.classNames());
    }

    /** SHA-256 of a set's pixels and labels, so a cache made from other images is not taken for this one. */
    static String sourceHash(Dataset images) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] raw = new byte[images.sampleLength()];
            for (int i = 0; i < images.size(); i++) {
                images.copyRawSample(i, raw, 0);
                sha.update(raw);
                sha.update((byte) images.label(i));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
