package io.spikeworks.chip;

import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnergyMeterTest {

    private static final double PJ = 1e-12;

    /**
     * A 4→3 dense layer, 2 samples × 3 steps, with hand-made input spikes: 7 input spikes in all, each
     * reaching 3 synapses, so 21 synaptic ops; 2 × 3 × 3 = 18 neuron updates. Costs 1/2/3/4 pJ.
     */
    @Test
    void energyEqualsTheClosedFormForKnownSpikeCounts() {
        ChipProfile chip = TestProfiles.unlimited(8);
        DenseLayer layer = new DenseLayer("d", new int[]{4}, 3, false, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0),
                SpikeFunction.of(Surrogate.ARCTAN, 2));
        for (int i = 0; i < layer.weights().size(); i++) layer.weights().value[i] = 0.1f * (i % 5) - 0.2f;
        Network net = new Network(new int[]{4}, List.of(layer), new Readout(Readout.Kind.SPIKE_COUNT));
        float[] input = {            // [t][b][4]
                1, 0, 0, 1, /**/ 0, 0, 0, 0,
                0, 1, 0, 0, /**/ 1, 1, 0, 0,
                0, 0, 0, 0, /**/ 0, 1, 0, 1};
        int spikes = 0;
        for (float x : input) spikes += (int) x;
        assertEquals(7, spikes);

        EngineCounters counters = new EngineCounters();
        EngineCounters before = counters.copy();
        net.forward(input, true, 2, 3, new float[2 * 3], counters);
        EngineCounters delta = EnergyMeter.delta(counters, before);
        assertEquals(21, delta.synapticOps);
        assertEquals(18, delta.neuronUpdates);
        assertEquals(2, delta.samples);

        EnergyMeter meter = new EnergyMeter(chip, 3, 6);
        meter.recordTraining(delta, EnergyMeter.weightCount(net));     // one optimiser step writes all 12 weights
        meter.addTransport(12, 8);                                       // and copies them to a feedback network
        EnergyBreakdown perSample = meter.trainingEnergyPerSample();
        assertEquals(21 * 1 * PJ / 2, perSample.synapticOps(), 1e-24);
        assertEquals(18 * 2 * PJ / 2, perSample.neuronUpdates(), 1e-24);
        assertEquals(12 * 3 * PJ / 2, perSample.weightUpdates(), 1e-24);
        assertEquals(12 * 8 * 4 * PJ / 2, perSample.transport(), 1e-24);
        assertEquals((21 + 36 + 36 + 384) * PJ / 2, perSample.total(), 1e-24);

        meter.recordInference(delta);
        EnergyBreakdown infer = meter.inferenceEnergyPerSample();
        assertEquals((21 + 36) * PJ / 2, infer.total(), 1e-24);
        assertEquals(0, infer.weightUpdates());
        assertEquals(3e-3, meter.inferenceLatencyPerSample(), 1e-15);
        assertEquals(6e-3, meter.trainingLatencyPerSample(), 1e-15);
    }

    @Test
    void backwardAndGradedWorkCountAsSynapticOps() {
        EngineCounters d = new EngineCounters();
        d.synapticOps = 100;
        d.denseMacs = 20;
        d.backwardMacs = 300;
        d.skippedMacs = 5000;       // never done, never paid for
        d.neuronUpdates = 50;
        d.samples = 4;
        EnergyMeter meter = new EnergyMeter(TestProfiles.unlimited(8), 10);
        meter.recordTraining(d, 0);
        assertEquals(420, meter.trainingWork().synapticOps());
        assertEquals((420 * 1 + 50 * 2) * PJ / 4, meter.trainingEnergyPerSample().total(), 1e-24);
    }

    @Test
    void summaryCarriesPerSampleEnergyLatencyAndEstimates() {
        ChipProfile loihi = ChipProfiles.builtInOnly().require("loihi");
        EnergyMeter meter = new EnergyMeter(loihi, 4, 12);
        EngineCounters d = new EngineCounters();
        d.synapticOps = 1000;
        d.samples = 1;
        meter.recordTraining(d, 0);
        Map<String, Object> s = meter.summary();
        assertEquals("loihi", s.get("profile"));
        @SuppressWarnings("unchecked")
        Map<String, Object> training = (Map<String, Object>) s.get("training");
        @SuppressWarnings("unchecked")
        Map<String, Object> energy = (Map<String, Object>) training.get("energyPerSample");
        assertEquals(1000 * 23.6e-12, (double) energy.get("synapticOpsJ"), 1e-20);
        assertEquals(12 * 125e-6, (double) training.get("latencyPerSampleS"), 1e-12);
        assertEquals(List.of("perTransportedBit"), s.get("estimatedCosts"));
        assertEquals(0.0, meter.inferenceEnergyPerSample().total(), "no inference yet: zero, not NaN");
    }

    /** The nBP seed's numbers as a sanity anchor: 0.59 mJ per training sample on Loihi (Renner et al. 2024). */
    @Test
    void loihiCostsAreOfTheRightOrderForNbp() {
        // 400-400-10, 12 steps: an upper bound of every synapse active every step in both networks
        long synapses = 400L * 400 + 400L * 10;
        EngineCounters d = new EngineCounters();
        d.synapticOps = 2 * synapses * 12;
        d.neuronUpdates = 810L * 12;
        d.samples = 1;
        EnergyMeter meter = new EnergyMeter(ChipProfiles.builtInOnly().require("loihi"), 4, 12);
        meter.recordTraining(d, synapses);
        double joules = meter.trainingEnergyPerSample().total();
        // measured 0.59 mJ includes static power; dynamic work alone must stay below it
        assertEquals(0.59e-3 / 2, joules, 0.59e-3 / 2, "between 0 and the measured 0.59 mJ: " + joules);
    }
}
