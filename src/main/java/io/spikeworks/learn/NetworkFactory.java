package io.spikeworks.learn;

import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.learn.loss.MseCountLoss;
import io.spikeworks.learn.loss.MseRegressionLoss;
import io.spikeworks.learn.optim.AdamOptimizer;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.Optimizer;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.model.Component;
import io.spikeworks.model.DerivedParams;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.OperatorNetGeometry;
import io.spikeworks.sim.CompositeLayer;
import io.spikeworks.sim.Conv2dLayer;
import io.spikeworks.sim.DeepOnetLayer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.PoolLayer;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.Shapes;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.encode.EventsEncoder;
import io.spikeworks.sim.encode.LatencyEncoder;
import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.encode.RateEncoder;
import io.spikeworks.sim.encode.SpikeEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;

import java.util.ArrayList;
import java.util.List;

/** Builds engine objects from a project's description. The project has been validated already. */
public final class NetworkFactory {
    private NetworkFactory() {}

    /** The network with initial weights drawn from the seed. */
    public static Network network(NetworkSpec spec, int[] inputShape, SpikeFunction f, long seed) {
        return network(spec, inputShape, f, seed, java.util.function.UnaryOperator.identity());
    }

    /** @param neuronConstraint adapts every neuron model, e.g. to a chip's state bits */
    public static Network network(NetworkSpec spec, int[] inputShape, SpikeFunction f, long seed,
                                  java.util.function.UnaryOperator<NeuronModel> neuronConstraint) {
        List<Layer> layers = new ArrayList<>();
        int[] shape = inputShape.clone();
        FastRandom rng = new FastRandom(seed ^ 0x5EED_1A7E_5L);
        for (LayerSpec ls : spec.layers()) {
            Component c = ls.component();
            Layer layer = switch (ls.type()) {
                case "dense" -> new DenseLayer(ls.id(), shape, c.getInt("units"), c.getBoolean("bias"),
                        neuronConstraint.apply(neuron(ls.neuron())), f);
                case "conv2d" -> new Conv2dLayer(ls.id(), shape, c.getInt("channels"), c.getInt("kernel"), c.getInt("stride"),
                        c.getInt("padding"), c.getBoolean("bias"), neuronConstraint.apply(neuron(ls.neuron())), f);
                case "maxpool" -> new PoolLayer(ls.id(), PoolLayer.Kind.MAX, shape, c.getInt("kernel"), DerivedParams.poolStride(c));
                case "avgpool" -> new PoolLayer(ls.id(), PoolLayer.Kind.AVG, shape, c.getInt("kernel"), DerivedParams.poolStride(c));
                case "flatten" -> null;
                case "deeponet" -> deepOnet(ls, shape, neuronConstraint.apply(neuron(ls.neuron())), f);
                default -> throw new IllegalArgumentException("layer '" + ls.id() + "': the engine has no layer type '" + ls.type() + "'");
            };
            if (layer == null) {
                shape = new int[]{Shapes.size(shape)};
                continue;
            }
            if (layer instanceof SpikingLayer s) WeightInit.fromId(c.getString("init")).apply(s, rng);
            if (layer instanceof CompositeLayer composite)
                for (SpikingLayer s : composite.spikingLayers()) WeightInit.fromId(c.getString("init")).apply(s, rng);
            layers.add(layer);
            shape = layer.outputShape();
        }
        return new Network(inputShape, layers, new Readout(Readout.Kind.fromId(spec.readout().type())));
    }

    /**
     * A spiking DeepONet or SepONet: the branch and each trunk a stack of dense layers of the layer's neuron, ending in
     * p leaky integrators (β = latentBeta) read as their mean membrane; see {@link DeepOnetLayer}.
     */
    static DeepOnetLayer deepOnet(LayerSpec ls, int[] shape, NeuronModel hidden, SpikeFunction f) {
        Component c = ls.component();
        OperatorNetGeometry g = OperatorNetGeometry.of(c);
        NeuronModel latent = NeuronModel.leakyIntegrator(c.getDouble("latentBeta"));
        Network branch = stack(ls.id() + ".branch", g.branch(), hidden, latent, f);
        List<Network> trunks = new ArrayList<>();
        for (int a = 0; a < g.trunks().size(); a++) {
            String name = ls.id() + (g.separable() ? ".trunk" + (a + 1) : ".trunk");
            trunks.add(stack(name, g.trunks().get(a), hidden, latent, f));
        }
        return new DeepOnetLayer(ls.id(), shape, g.sensors(), g.trunkInputs().toArray(new int[0][]),
                c.getDouble("branchGain"), c.getDouble("trunkGain"), branch, trunks, c.getBoolean("bias"), f);
    }

    /** Dense layers of the given sizes (input first), hidden ones spiking, the last of leaky integrators. */
    private static Network stack(String name, int[] sizes, NeuronModel hidden, NeuronModel latent, SpikeFunction f) {
        List<Layer> layers = new ArrayList<>();
        int[] in = {sizes[0]};
        for (int i = 1; i < sizes.length; i++) {
            boolean last = i == sizes.length - 1;
            DenseLayer d = new DenseLayer(last ? name + ".out" : name + "." + i, in, sizes[i], true,
                    last ? latent : hidden, f);
            layers.add(d);
            in = d.outputShape();
        }
        return new Network(new int[]{sizes[0]}, layers, new Readout(Readout.Kind.MEMBRANE_MEAN));
    }

    public static NeuronModel neuron(Component n) {
        if (n.type().equals(NeuronModel.LEAKY_INTEGRATOR)) return NeuronModel.leakyIntegrator(n.getDouble("beta"));
        double threshold = n.getDouble("threshold");
        return switch (n.type()) {
            case "lif" -> NeuronModel.lif(DerivedParams.membraneDecay(n), threshold, reset(n), n.getInt("refractory"));
            case "if" -> NeuronModel.integrateAndFire(threshold, reset(n), n.getInt("refractory"));
            case "cuba-lif" -> NeuronModel.cubaLif(n.getDouble("alpha"), n.getDouble("beta"), threshold, reset(n),
                    n.getInt("refractory"), n.getInt("stateBits"));
            case "single-spike" -> NeuronModel.singleSpike(n.getDouble("beta"), threshold);
            default -> throw new IllegalArgumentException("the engine has no neuron type '" + n.type() + "'");
        };
    }

    private static ResetMode reset(Component n) {
        return ResetMode.fromId(n.getString("reset"));
    }

    public static SpikeEncoder encoder(Component e) {
        return switch (e.type()) {
            case "poisson" -> new PoissonEncoder(e.getDouble("gain"));
            case "rate" -> new RateEncoder(e.getDouble("gain"));
            case "ttfs" -> new LatencyEncoder(e.getDouble("minIntensity"));
            case "direct" -> new CurrentEncoder(e.getDouble("gain"));
            case "events" -> new EventsEncoder();
            default -> throw new IllegalArgumentException("the engine has no encoder '" + e.type() + "'");
        };
    }

    public static Loss loss(Component l) {
        return switch (l.type()) {
            case "ce-count" -> CrossEntropyLoss.onCounts();
            case "ce-membrane" -> CrossEntropyLoss.onMembrane();
            case "mse-count" -> new MseCountLoss(l.getDouble("targetCorrect"), l.getDouble("targetWrong"));
            case "ttfs-temporal" -> CrossEntropyLoss.onFirstSpikeTimes(l.getDouble("tau"));
            case "mse-regression" -> new MseRegressionLoss();
            default -> throw new IllegalArgumentException("the engine has no loss '" + l.type() + "'");
        };
    }

    public static Optimizer optimizer(Component o) {
        return switch (o.type()) {
            case "sgd" -> new SgdOptimizer(o.getDouble("momentum"), o.getDouble("weightDecay"));
            case "adam" -> new AdamOptimizer(o.getDouble("beta1"), o.getDouble("beta2"), o.getDouble("epsilon"),
                    o.getDouble("weightDecay"));
            default -> throw new IllegalArgumentException("the engine has no optimizer '" + o.type() + "'");
        };
    }

    public static LearningRateSchedule schedule(Component s) {
        return switch (s.type()) {
            case "constant" -> LearningRateSchedule.constant();
            case "step" -> LearningRateSchedule.step(s.getInt("stepEpochs"), s.getDouble("gamma"));
            case "cosine" -> LearningRateSchedule.cosine(s.getDouble("minFactor"));
            default -> throw new IllegalArgumentException("the engine has no schedule '" + s.type() + "'");
        };
    }
}
