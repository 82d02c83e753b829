package io.spikeworks.learn;

import io.spikeworks.data.RealValuedSet;
import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.DeepOnetLayer;
import io.spikeworks.sim.Network;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample DeepONet and SepONet projects train end to end through the ordinary trainer: BPTT lowers the error, and
 * layer-wise weight perturbation perturbs each inner layer of the composite as a group of its own.
 */
class DeepOnetTrainingTest {

    @Test
    void bpttLowersThePoissonErrorOfTheSampleDeepOnet() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/poisson1d-deeponet-bptt.json"));
        p = p.withTraining(p.training().withEpochs(2));
        TrainTestSplit data = ScientificRegression.poisson1d();
        RealValuedSet train = ((RealValuedSet) data.train()).limit(1_000);
        RealValuedSet test = ((RealValuedSet) data.test()).limit(510);
        TrainingRun run = new TrainingRun(p, train, test);
        assertTrue(run.trainer().network().layers().get(0) instanceof DeepOnetLayer);
        double before = run.evaluate(test).score().relativeL2();
        run.run(TrainingListener.NONE);
        double after = run.rows().get(run.rows().size() - 1).extras().get("test_rel_l2");
        assertTrue(after < 0.6 * before, "relative L2 error " + before + " → " + after);
    }

    @Test
    void layerWisePerturbationPerturbsEveryInnerLayerOfTheSepOnet() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/diffusion-reaction-seponet-wp.json"));
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.diffusionReaction();
        RealValuedSet train = ((RealValuedSet) data.train()).limit(64);
        RealValuedSet test = ((RealValuedSet) data.test()).limit(64);
        TrainingRun run = new TrainingRun(p, train, test);
        Network net = run.trainer().network();
        int groups = 0;
        for (var l : net.spikingLayers()) if (!l.params().isEmpty()) groups++;
        DeepOnetLayer onet = (DeepOnetLayer) net.layers().get(0);
        int stacks = onet.branch().layers().size() + onet.trunks().get(0).layers().size() + onet.trunks().get(1).layers().size();
        assertEquals(stacks + 1, groups, "every stack layer and the product unit's b0");
        run.run(TrainingListener.NONE);
        int k = p.algorithm().getInt("directions");
        assertEquals(1 + 2.0 * k * groups, run.rows().get(run.rows().size() - 1).extras().get("forward_passes_per_update"));
    }

    @Test
    void forwardGradientOverCurrentsLowersThePoissonErrorOfTheSampleDeepOnet() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/poisson1d-deeponet-fwd.json"));
        p = p.withTraining(p.training().withEpochs(2));
        TrainTestSplit data = ScientificRegression.poisson1d();
        RealValuedSet train = ((RealValuedSet) data.train()).limit(1_000);
        RealValuedSet test = ((RealValuedSet) data.test()).limit(510);
        TrainingRun run = new TrainingRun(p, train, test);
        double before = run.evaluate(test).score().relativeL2();
        run.run(TrainingListener.NONE);
        var last = run.rows().get(run.rows().size() - 1).extras();
        assertTrue(last.get("test_rel_l2") < 0.6 * before, "relative L2 error " + before + " → " + last.get("test_rel_l2"));
        // branch, trunk hidden, trunk out, product b0: 4 groups of K directions, at most 32 per tangent pass
        int k = p.algorithm().getInt("directions");
        assertEquals(4 * k, last.get("tangents_per_update"));
        assertEquals(1 + 4 * ((k + 31) / 32), last.get("forward_passes_per_update"));
        assertTrue(last.get("readout_max_difference") < 1e-3, "tangent pass and engine agree");
    }
}
