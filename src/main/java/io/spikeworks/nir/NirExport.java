package io.spikeworks.nir;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Component;
import io.spikeworks.model.DerivedParams;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.ResetMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a project's network, with the values its engine network holds, onto a NIR graph in snnTorch's convention:
 * τ = dt/(1 − β) from the β the engine uses, r = τ/dt (unit input gain), v_leak = 0, v_reset = 0, every neuron
 * parameter an array of the layer's shape (float64), weights float32 [out][in], activations channels first. Dense
 * layers become Affine (zero bias when the layer has none), convolutions Conv2d, average pools AvgPool2d, and a
 * C×H×W input to a dense layer an explicit Flatten(0, −1). What NIR cannot hold is listed as {@link NirLoss}es, never
 * dropped silently; {@link Result#lossy()} says whether any of them changes the graph's spikes.
 */
public final class NirExport {
    private static final Set<String> PYTHON_KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    /**
     * @param neuronNodes the NIR node holding each spiking layer's neurons, by layer id (what spike files are keyed by)
     */
    public record Result(NirGraph graph, List<NirLoss> losses, Map<String, String> neuronNodes) {
        public Result {
            losses = List.copyOf(losses);
            neuronNodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(neuronNodes));
        }

        /** Whether some loss changes the graph's spikes against Spikeworks'. */
        public boolean lossy() {
            return losses.stream().anyMatch(NirLoss::changesSpikes);
        }
    }

    private final List<NirNode> chain = new ArrayList<>();
    private final List<NirLoss> losses = new ArrayList<>();
    private final Map<String, String> neuronNodes = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final double dt;

    private NirExport(double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) throw new IllegalArgumentException("dt must be > 0 seconds, got " + dt);
        this.dt = dt;
    }

    /** @param net the project's engine network, holding the values to write */
    public static Result export(Project project, Network net, double dtSeconds) {
        return new NirExport(dtSeconds).run(project, net);
    }

    /** A NIR node name for a layer id: a Python identifier without dots, as NIRTorch needs. */
    public static String nodeName(String id) {
        String n = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (n.isEmpty() || Character.isDigit(n.charAt(0))) n = "n" + n;
        if (PYTHON_KEYWORDS.contains(n)) n = n + "_";
        return n;
    }

    private String unique(String base) {
        String n = base;
        for (int k = 2; !names.add(n); k++) n = base + "_" + k;
        return n;
    }

    private Result run(Project project, Network net) {
        names.add("input");
        names.add("output");
        int[] shape = net.inputShape();
        chain.add(new NirNode("input", "Input", Map.of("shape", longs(shape))));
        Map<String, Layer> engine = new LinkedHashMap<>();
        for (Layer l : net.layers()) engine.put(l.name(), l);
        /* the C×H×W layout a flat activation is still in (channels last), after an explicit flatten */
        int[] flatLayout = null;
        for (LayerSpec spec : project.network().layers()) {
            Component c = spec.component();
            switch (spec.type()) {
                case BuiltInComponents.FLATTEN -> {
                    if (shape.length == 3) {
                        chain.add(flatten(unique(nodeName(spec.id())), shape));
                        flatLayout = shape;
                        shape = new int[]{size(shape)};
                    }
                }
                case BuiltInComponents.AVGPOOL, BuiltInComponents.MAXPOOL -> {
                    int k = c.getInt("kernel");
                    int s = DerivedParams.poolStride(c);
                    if (spec.type().equals(BuiltInComponents.MAXPOOL)) {
                        losses.add(new NirLoss(spec.id(), "max pool written as average pool (NIR has no max pool)",
                                "the next layer receives the mean of each window instead of its maximum (for spikes: "
                                        + "a fraction instead of 1)", true));
                    }
                    chain.add(new NirNode(unique(nodeName(spec.id())), "AvgPool2d", ordered(
                            "kernel_size", NirArray.int64(k, k), "stride", NirArray.int64(s, s),
                            "padding", NirArray.int64(0, 0))));
                    shape = new int[]{shape[0], (shape[1] - k) / s + 1, (shape[2] - k) / s + 1};
                }
                case BuiltInComponents.DENSE -> {
                    {
                        SpikingLayer layer = (SpikingLayer) engine.get(spec.id());
                        int out = c.getInt("units");
                        if (shape.length == 3) {
                            chain.add(flatten(unique(nodeName(spec.id()) + "_flatten"), shape));
                            flatLayout = shape;
                            shape = new int[]{size(shape)};
                        }
                        float[] w = NirLayout.denseToNir(layer.weightValues(), out, flatLayout != null ? flatLayout : shape);
                        flatLayout = null;
                        float[] b = layer.bias() != null ? layer.bias().value.clone() : new float[out];
                        chain.add(new NirNode(unique(nodeName(spec.id()) + "_fc"), "Affine", ordered(
                                "weight", NirArray.float32(new int[]{out, size(shape)}, w),
                                "bias", NirArray.float32(new int[]{out}, b))));
                        shape = new int[]{out};
                        neuron(spec, layer, shape);
                    }
                }
                case BuiltInComponents.CONV2D -> {
                    SpikingLayer layer = (SpikingLayer) engine.get(spec.id());
                    int cout = c.getInt("channels"), k = c.getInt("kernel"), s = c.getInt("stride"), p = c.getInt("padding");
                    int cin = shape[0];
                    float[] w = NirLayout.convToNir(layer.weightValues(), cout, cin, k);
                    float[] b = layer.bias() != null ? layer.bias().value.clone() : new float[cout];
                    chain.add(new NirNode(unique(nodeName(spec.id()) + "_conv"), "Conv2d", ordered(
                            "input_shape", NirArray.int64(shape[1], shape[2]),
                            "weight", NirArray.float32(new int[]{cout, cin, k, k}, w),
                            "stride", NirArray.int64(s, s), "padding", NirArray.int64(p, p),
                            "dilation", NirArray.int64(1, 1), "groups", NirArray.int64Scalar(1),
                            "bias", NirArray.float32(new int[]{cout}, b))));
                    shape = layer.outputShape();
                    neuron(spec, layer, shape);
                }
                default -> throw new IllegalArgumentException("layer '" + spec.id() + "': no NIR mapping for " + spec.type());
            }
        }
        chain.add(new NirNode("output", "Output", Map.of("shape", longs(shape))));
        outsideTheGraph(project);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("producer", "Spikeworks");
        metadata.put("dt", Double.toString(dt));
        boolean lossy = losses.stream().anyMatch(NirLoss::changesSpikes);
        metadata.put("lossy", Boolean.toString(lossy));
        if (!losses.isEmpty()) metadata.put("losses", String.join("\n", losses.stream().map(NirLoss::toString).toList()));
        return new Result(NirGraph.chainOf(chain, metadata), losses, neuronNodes);
    }

    private void outsideTheGraph(Project project) {
        String enc = project.encoder().type();
        losses.add(new NirLoss("encoder", "'" + enc + "' is not part of the graph",
                enc.equals(BuiltInComponents.DIRECT)
                        ? "the Input node receives the intensities as currents; feed them the same way"
                        : "the graph takes the input spikes; feed it spikes encoded the same way", false));
        losses.add(new NirLoss("readout", "'" + project.network().readout().type() + "' is not part of the graph",
                "the graph ends at the last layer's spikes; score them the same way", false));
        if (!project.chipProfile().equals(Project.DEFAULT_CHIP_PROFILE)) {
            losses.add(new NirLoss("chip", "profile '" + project.chipProfile() + "' is not written",
                    "weights are written as float32 as the engine holds them; a chip's weight format is not applied",
                    false));
        }
        losses.add(new NirLoss("threshold test", "Spikeworks fires at U ≥ θ, NIR at v > θ",
                "spikes differ only where a membrane equals its threshold exactly", false));
    }

    private static NirNode flatten(String name, int[] shape) {
        return new NirNode(name, "Flatten", ordered("input_type", longs(shape), "start_dim", NirArray.int64Scalar(0),
                "end_dim", NirArray.int64Scalar(-1)));
    }

    private void neuron(LayerSpec spec, SpikingLayer layer, int[] shape) {
        NeuronModel m = layer.neuronModel();
        int n = size(shape);
        NeuronValues v = layer.neuronValues();
        double[] alpha = perNeuron(v == null ? null : v.alpha(), m.alpha(), shape);
        double[] beta = perNeuron(v == null ? null : v.beta(), m.beta(), shape);
        double[] theta = perNeuron(v == null ? null : v.threshold(), m.threshold(), shape);
        String id = spec.id();
        if (m.reset() == ResetMode.SUBTRACT) {
            losses.add(new NirLoss(id, "reset by subtraction written as reset to zero (NIR has no subtractive reset)",
                    "after a spike the membrane forgets the charge above threshold, so spike trains differ", true));
        }
        if (m.refractory() > 0) {
            losses.add(new NirLoss(id, "refractory period of " + m.refractory() + " steps dropped",
                    "neurons may fire again on the very next step", true));
        }
        if (m.singleSpike()) {
            losses.add(new NirLoss(id, "single-spike neuron written as LIF", "neurons may fire more than once per sample",
                    true));
        }
        if (m.stateBits() > 0) {
            losses.add(new NirLoss(id, m.stateBits() + "-bit fixed-point state written as floating point",
                    "current and voltage are no longer rounded or saturated", true));
        }
        String name = unique(nodeName(id));
        double[] zeros = new double[n];
        Map<String, NirArray> f;
        if (!m.spikes()) {
            double[] tau = new double[n], r = new double[n];
            for (int i = 0; i < n; i++) {
                tau[i] = dt / (1 - beta[i]);
                r[i] = tau[i] / dt;
            }
            f = ordered("tau", f64(shape, tau), "r", f64(shape, r), "v_leak", f64(shape, zeros));
            chain.add(new NirNode(name, "LI", f));
            neuronNodes.put(id, name);
            return;
        }
        boolean allOne = Arrays.stream(beta).allMatch(b -> b == 1.0);
        if (allOne && Arrays.stream(alpha).allMatch(a -> a == 0.0)) {
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            f = ordered("r", f64(shape, ones), "v_threshold", f64(shape, theta), "v_reset", f64(shape, zeros));
            chain.add(new NirNode(name, "IF", f));
        } else if (Arrays.stream(alpha).allMatch(a -> a == 0.0)) {
            double[] tau = new double[n], r = new double[n];
            for (int i = 0; i < n; i++) {
                if (beta[i] >= 1) throw new IllegalArgumentException("layer '" + id + "': neuron " + i + " has β = 1 "
                        + "among leaky neurons; NIR's LIF cannot hold an infinite τ");
                tau[i] = dt / (1 - beta[i]);
                r[i] = tau[i] / dt;
            }
            f = ordered("tau", f64(shape, tau), "r", f64(shape, r), "v_leak", f64(shape, zeros),
                    "v_threshold", f64(shape, theta), "v_reset", f64(shape, zeros));
            chain.add(new NirNode(name, "LIF", f));
        } else {
            double[] tauSyn = new double[n], tauMem = new double[n], r = new double[n], wIn = new double[n];
            for (int i = 0; i < n; i++) {
                if (beta[i] >= 1 || alpha[i] >= 1) throw new IllegalArgumentException("layer '" + id + "': neuron " + i
                        + " has a decay of 1; NIR's CubaLIF cannot hold an infinite τ");
                tauSyn[i] = dt / (1 - alpha[i]);
                tauMem[i] = dt / (1 - beta[i]);
                r[i] = tauMem[i] / dt;
                wIn[i] = tauSyn[i] / dt;
            }
            f = ordered("tau_syn", f64(shape, tauSyn), "tau_mem", f64(shape, tauMem), "r", f64(shape, r),
                    "v_leak", f64(shape, zeros), "v_threshold", f64(shape, theta), "v_reset", f64(shape, zeros),
                    "w_in", f64(shape, wIn));
            chain.add(new NirNode(name, "CubaLIF", f));
        }
        neuronNodes.put(id, name);
    }

    /** Per-neuron values in NIR order: the layer's own (engine order), or the model's value for all. */
    private static double[] perNeuron(float[] engineOrder, double modelValue, int[] shape) {
        int n = size(shape);
        double[] d = new double[n];
        if (engineOrder == null) {
            // the engine computes in float: write the float it uses
            Arrays.fill(d, (float) modelValue);
            return d;
        }
        float[] nir = NirLayout.toNirOrder(shape, engineOrder);
        for (int i = 0; i < n; i++) d[i] = nir[i];
        return d;
    }

    private static NirArray f64(int[] shape, double[] v) {
        return NirArray.float64(shape, v);
    }

    private static NirArray longs(int[] shape) {
        return NirArray.int64(Arrays.stream(shape).asLongStream().toArray());
    }

    private static int size(int[] s) {
        int n = 1;
        for (int d : s) n *= d;
        return n;
    }

    private static Map<String, NirArray> ordered(Object... kv) {
        Map<String, NirArray> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (NirArray) kv[i + 1]);
        return m;
    }
}
