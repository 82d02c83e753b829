package io.spikeworks.session;

import io.spikeworks.data.Dataset;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.Project;
import io.spikeworks.sim.kernel.FastRandom;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small, fast, deterministic sessions: 8×8 synthetic images of 4 classes (class c lights quadrant c, plus noise),
 * a 64-16-4 LIF network, T = 5, batch 16 — 8 batches per epoch, 2 evaluation batches.
 */
public final class TinySessions {
    public static final Duration WAIT = Duration.ofSeconds(30);
    static final int TRAIN = 128;
    static final int TEST = 32;
    static final int BATCHES_PER_EPOCH = TRAIN / 16;

    private TinySessions() {}

    static Dataset images(String name, int n, long seed) {
        byte[] pixels = new byte[n * 64];
        byte[] labels = new byte[n];
        FastRandom rng = new FastRandom(seed);
        for (int i = 0; i < n; i++) {
            int c = i % 4;
            labels[i] = (byte) c;
            for (int y = 0; y < 8; y++)
                for (int x = 0; x < 8; x++) {
                    boolean lit = (y < 4) == (c < 2) && (x < 4) == (c % 2 == 0);
                    double v = (lit ? 0.8 : 0.1) + 0.2 * rng.nextFloat();
                    pixels[i * 64 + y * 8 + x] = (byte) Math.min(255, (int) (v * 255));
                }
        }
        return Dataset.of(name, pixels, labels, new int[]{1, 8, 8}, List.of("a", "b", "c", "d"));
    }

    static Dataset train() {
        return images("tiny/train", TRAIN, 1);
    }

    static Dataset test() {
        return images("tiny/test", TEST, 2);
    }

    public static Project project(int epochs, double learningRate) {
        Project p = Project.newDefault();
        NetworkSpec net = p.network();
        net = net.withLayer(0, net.layers().get(0).withParam("units", 16));
        net = net.withLayer(1, net.layers().get(1).withParam("units", 4));
        return p.withName("tiny").withNetwork(net).withTraining(p.training().withEpochs(epochs).withBatchSize(16)
                .withTimeSteps(5).withLearningRate(learningRate));
    }

    static Project project() {
        return project(2, 1e-2);
    }

    static TrainingSession open(Project p, SessionOptions options) {
        return new TrainingSession(p, train(), test(), options);
    }

    public static TrainingSession open(Project p) {
        return open(p, SessionOptions.defaults());
    }

    static <T> T get(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new AssertionError(e.getCause());
        }
    }

    /** Queues n single steps and waits until they are done and the session is paused again. */
    static void stepBatches(TrainingSession s, StatusRecorder rec, int n) throws InterruptedException {
        long target = s.status().iteration() + n;
        for (int i = 0; i < n; i++) assertTrue(s.stepBatch(), "step " + i + " accepted");
        rec.await(st -> st.state() == SessionState.PAUSED && st.iteration() == target, "paused at iteration " + target);
    }
}
