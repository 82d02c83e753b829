package io.spikeworks.session;

import io.spikeworks.learn.RunPosition;
import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NaN and infinity pause the session, name the layer and step, and leave it inspectable. */
class DivergenceTest {
    /** The checkpoint with one value of one parameter replaced. */
    static Checkpoint poisoned(Checkpoint c, String param, int index, float value) {
        Map<String, float[]> params = new LinkedHashMap<>(c.params());
        float[] v = params.get(param).clone();
        v[index] = value;
        params.put(param, v);
        return new Checkpoint(c.projectJson(), c.position(), params, c.optimizerState(), c.ruleState(), c.counters());
    }

    @Test
    void aNaNBiasPausesNamingTheLayerAndTimeStep() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project(10_000, 1e-2))) {
            StatusRecorder rec = StatusRecorder.on(s);
            Checkpoint clean = get(s.checkpoint());
            get(s.restore(poisoned(clean, "hidden1.bias", 3, Float.NaN)));
            assertTrue(s.start());
            SessionStatus st = rec.await(x -> x.problem() != null, "a problem");
            assertEquals(SessionState.PAUSED, st.state());
            SessionProblem p = st.problem();
            assertTrue(p.diverged());
            assertEquals("hidden1", p.layer());
            assertEquals(0, p.timeStep(), "the bias feeds the membrane from the first step");
            assertEquals(1, p.epoch());
            assertEquals(1, p.batch());
            assertEquals(1, p.iteration());
            assertTrue(p.message().contains("'hidden1'") && p.message().contains("time step 0"), p.message());

            // paused, not to be resumed as it is
            assertFalse(st.canTrain());
            assertFalse(s.resume());
            assertFalse(s.stepBatch());

            // still inspectable: the raster of the bad batch, the weights, a sample
            RasterFrame f = new RasterFrame();
            assertTrue(s.telemetry().readRaster(f));
            assertEquals(1, f.iteration());
            assertTrue(Float.isNaN(f.layer("hidden1").trace(0, 3)), "neuron 3's membrane is traced and NaN");
            WeightSnapshot w = new WeightSnapshot();
            assertTrue(s.telemetry().readWeights(w));
            assertTrue(Float.isNaN(w.values("hidden1.bias")[3]));
            SampleInspection in = get(s.inspect(DataSplit.TEST, 0));
            assertTrue(Float.isNaN(in.layer("hidden1").membrane(0, 3)));

            // a good checkpoint clears it
            get(s.restore(clean));
            assertNull(s.status().problem());
            assertTrue(s.status().canTrain());
            rec.clear();
            stepBatches(s, rec, 1);
            assertNull(s.status().problem());
        }
    }

    @Test
    void aHugeLearningRateDivergesAndPauses() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project(10_000, 1e38))) {
            StatusRecorder rec = StatusRecorder.on(s);
            s.start();
            SessionStatus st = rec.await(x -> x.problem() != null, "a problem");
            assertEquals(SessionState.PAUSED, st.state());
            SessionProblem p = st.problem();
            assertTrue(p.diverged(), p.toString());
            assertNotNull(p.layer(), p.message());
            assertTrue(Set.of("hidden1", "out").contains(p.layer()), p.layer());
            assertTrue(p.iteration() >= 1);
            assertTrue(p.message().startsWith("Training diverged in epoch "), p.message());
            // the checkpoint of a diverged session can still be taken, e.g. for a post-mortem
            Checkpoint c = get(s.checkpoint());
            RunPosition pos = c.position();
            assertEquals(p.iteration(), pos.iteration());
            s.stop();
            assertTrue(s.awaitTermination(TinySessions.WAIT));
            assertEquals(SessionState.STOPPED, s.state());
        }
    }

    @Test
    void aNaNLossFromAMembraneReadoutIsTracedToItsLayer() throws Exception {
        ComponentCatalog catalog = ComponentCatalog.standard();
        Project p = TinySessions.project(10_000, 1e-2);
        p = p.withNetwork(p.network().withReadout(catalog.create(ComponentFamily.READOUT, BuiltInComponents.MEMBRANE_SUM)))
                .withLoss(catalog.create(ComponentFamily.LOSS, BuiltInComponents.CE_MEMBRANE));
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            get(s.restore(poisoned(get(s.checkpoint()), "out.bias", 0, Float.POSITIVE_INFINITY)));
            s.stepBatch();
            SessionProblem problem = rec.await(x -> x.problem() != null, "a problem").problem();
            assertEquals("out", problem.layer());
            assertEquals(0, problem.timeStep());
            assertTrue(problem.message().contains("the loss is not finite"), problem.message());
            assertEquals(1, s.status().iteration(), "the status counts the batch that diverged");
            RasterFrame f = new RasterFrame();
            assertTrue(s.telemetry().readRaster(f), "the diverged batch is on view");
            assertEquals(1, f.iteration());
        }
    }

    @Test
    void finiteCheckSeesNaNAndInfinityOnly() {
        float[] a = {1f, -0f, 3e38f, -3e38f, Float.MIN_VALUE};
        assertTrue(DivergenceCheck.allFinite(a, a.length));
        a[2] = Float.POSITIVE_INFINITY;
        assertFalse(DivergenceCheck.allFinite(a, a.length));
        a[2] = Float.NaN;
        assertFalse(DivergenceCheck.allFinite(a, a.length));
        assertTrue(DivergenceCheck.allFinite(a, 2), "only the first n values count");
    }
}
