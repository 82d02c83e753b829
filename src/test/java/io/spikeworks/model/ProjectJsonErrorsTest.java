package io.spikeworks.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.ValidationError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spikeworks.model.ProjectTrees.errorsOf;
import static io.spikeworks.model.ProjectTrees.layer;
import static io.spikeworks.model.ProjectTrees.neuron;
import static io.spikeworks.model.ProjectTrees.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of mistake in a project file is reported at its JSON path with a reason a user can act on. */
class ProjectJsonErrorsTest {

    private static ValidationError error(String path, String message) {
        return new ValidationError(path, message);
    }

    @Test
    void unknownLayerTypeListsTheKnownOnes() {
        ObjectNode p = sample();
        layer(p, 0).put("type", "dens");
        assertEquals(List.of(error("$.network.layers[0].type",
                        "unknown layer type 'dens'; known: dense, conv2d, maxpool, avgpool, flatten, deeponet")),
                errorsOf(p));
    }

    @Test
    void unknownTypesInEveryFamilyNameTheFamily() {
        ObjectNode p = sample();
        ((ObjectNode) p.get("encoder")).put("type", "morse");
        ((ObjectNode) p.get("algorithm")).put("type", "eprop");
        ((ObjectNode) p.get("training").get("schedule")).put("type", "cyclic");
        p.withObjectProperty("dataset").put("name", "imagenet");
        List<ValidationError> errors = errorsOf(p);
        assertEquals(List.of(
                error("$.dataset.name", "unknown dataset 'imagenet'; known: mnist, fashion-mnist, mnist20-binary, fashion-binary, cifar10, cifar100, sine-1d, moving-bars, mnist-saccade-events, fashion-saccade-events, n-mnist, dvs-gesture, mexican-hat-2d, poisson1d, antiderivative1d, diffusion-reaction"),
                error("$.encoder.type", "unknown encoder type 'morse'; known: poisson, rate, ttfs, direct, events"),
                error("$.algorithm.type", "unknown algorithm type 'eprop'; known: bptt, fbp, fa, dfa, sign-symmetry, kolen-pollack, nbp, weight-perturbation, forward-gradient, ttl-bptt"),
                error("$.training.schedule.type", "unknown schedule type 'cyclic'; known: constant, step, cosine")),
                errors);
    }

    @Test
    void missingRequiredParameter() {
        ObjectNode p = sample();
        layer(p, 0).remove("units");
        assertEquals(List.of(error("$.network.layers[0]", "missing field 'units'")), errorsOf(p));
    }

    @Test
    void missingRequiredSection() {
        ObjectNode p = sample();
        p.remove("training");
        p.remove("name");
        assertEquals(List.of(error("$", "missing field 'name'"), error("$", "missing field 'training'")),
                errorsOf(p));
    }

    @Test
    void missingNeuronOnSpikingLayerAndNeuronOnPool() {
        ObjectNode p = sample();
        layer(p, 0).remove("neuron");
        ObjectNode pool = p.withObjectProperty("network").withArray("layers").insertObject(0);
        pool.put("id", "pool").put("type", "maxpool").putObject("neuron").put("type", "lif");
        List<ValidationError> errors = errorsOf(p);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(error("$.network.layers[0].neuron", "maxpool layers have no neurons; remove 'neuron'"),
                errors.get(0));
        assertEquals("$.network.layers[1]", errors.get(1).path());
        assertTrue(errors.get(1).message().startsWith("missing field 'neuron' (dense layers are made of spiking"),
                errors.get(1).message());
    }

    @Test
    void valuesOutOfRange() {
        ObjectNode p = sample();
        neuron(p, 0).put("beta", 1.5);
        neuron(p, 1).put("threshold", 0);
        layer(p, 1).put("units", 0);
        p.withObjectProperty("training").put("learningRate", 11).put("epochs", 0);
        p.withObjectProperty("training").withObjectProperty("optimizer").put("beta2", 1.0);
        assertEquals(List.of(
                error("$.network.layers[0].neuron.beta", "must be between 0 and 1, got 1.5"),
                error("$.network.layers[1].units", "must be at least 1, got 0"),
                error("$.network.layers[1].neuron.threshold", "must be greater than 0, got 0"),
                error("$.training.epochs", "must be between 1 and 10000, got 0"),
                error("$.training.learningRate", "must be greater than 0 and at most 10, got 11"),
                error("$.training.optimizer.beta2", "must be at least 0 and less than 1, got 1")),
                errorsOf(p));
    }

    @Test
    void wrongKindsOfValue() {
        ObjectNode p = sample();
        neuron(p, 0).put("reset", "sub");
        neuron(p, 0).put("refractory", 2.5);
        layer(p, 0).put("bias", "yes");
        layer(p, 0).put("units", "many");
        p.withObjectProperty("training").put("batchSize", "big");
        assertEquals(List.of(
                error("$.network.layers[0].units", "must be a whole number, got 'many'"),
                error("$.network.layers[0].bias", "must be true or false, got 'yes'"),
                error("$.network.layers[0].neuron.reset", "must be one of subtract, zero; got 'sub'"),
                error("$.network.layers[0].neuron.refractory", "must be a whole number, got 2.5"),
                error("$.training.batchSize", "must be a whole number, got 'big'")),
                errorsOf(p));
    }

    @Test
    void unknownFieldSuggestsTheNearestName() {
        ObjectNode p = sample();
        layer(p, 0).set("unitz", layer(p, 0).remove("units"));
        assertEquals(List.of(
                error("$.network.layers[0]", "unknown field 'unitz' (did you mean 'units'?)"),
                error("$.network.layers[0]", "missing field 'units'")),
                errorsOf(p));
    }

    @Test
    void unknownFieldFarFromAnyNameListsTheKnownOnes() {
        ObjectNode p = sample();
        p.put("colour", "blue");
        List<ValidationError> errors = errorsOf(p);
        assertEquals(1, errors.size());
        assertEquals("$", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("unknown field 'colour'; known fields: format, version, name"),
                errors.get(0).message());
    }

    @Test
    void shapeMismatchNamesBothLayersAndShapes() {
        ObjectNode p = sample();
        ObjectNode conv = p.withObjectProperty("network").withArray("layers").insertObject(1);
        conv.put("id", "c2").put("type", "conv2d").put("channels", 8);
        conv.putObject("neuron").put("type", "lif");
        assertEquals(List.of(error("$.network.layers[1]",
                        "conv2d 'c2' needs a 3-D input C×H×W but 'hidden1' outputs 256")),
                errorsOf(p));
    }

    @Test
    void kernelLargerThanItsInputIsReported() {
        ObjectNode p = sample();
        ObjectNode conv = p.withObjectProperty("network").withArray("layers").insertObject(0);
        conv.put("id", "c1").put("type", "conv2d").put("channels", 4).put("kernel", 15).put("stride", 4);
        conv.putObject("neuron").put("type", "lif");
        ObjectNode pool = p.withObjectProperty("network").withArray("layers").insertObject(1);
        pool.put("id", "p1").put("type", "maxpool").put("kernel", 5);
        // c1: (28 - 15) / 4 + 1 = 4, so p1's 5×5 window does not fit
        assertEquals(List.of(error("$.network.layers[1]",
                        "maxpool 'p1': kernel 5 does not fit its input, 'c1' outputs 4×4×4; the output would be empty")),
                errorsOf(p));
    }

    @Test
    void outputSizeMustMatchTheClassCount() {
        ObjectNode p = sample();
        layer(p, 1).put("units", 12);
        assertEquals(List.of(error("$.network.layers[1].units",
                        "output layer 'out' has 12 units but mnist has 10 classes")),
                errorsOf(p));
    }

    @Test
    void aRegressionLossOnAClassificationDataSetIsRefusedBeforeAnyRun() {
        ObjectNode p = sample();
        p.withObjectProperty("loss").put("type", "mse-regression");
        assertEquals(List.of("$.loss.type: loss 'mse-regression' needs real-valued targets, but mnist has class labels; "
                + "pick a classification loss (e.g. ce-count) or a regression data set"), messages(p));
    }

    @Test
    void aRegressionDataSetChecksLossReadoutOutputSizeAndNonSpikingLayers() {
        ObjectNode p = sample();
        p.withObjectProperty("dataset").put("name", "sine-1d");
        assertEquals(List.of("$.loss.type: loss 'ce-count' scores classes, but sine-1d has real-valued targets; use "
                + "mse-regression"), messages(p));
        p.withObjectProperty("loss").put("type", "mse-regression");
        p.withObjectProperty("network").withObjectProperty("readout").put("type", "first-spike-time");
        assertEquals(List.of("$.network.readout: readout 'first-spike-time' cannot give sine-1d's real-valued targets "
                        + "from this output layer; use membrane-mean (with a leaky-integrator output layer) or membrane-sum",
                "$.network.layers[1].units: output layer 'out' has 10 units but sine-1d has 1 target value per sample"),
                messages(p));
        p.withObjectProperty("network").withObjectProperty("readout").put("type", "membrane-mean");
        layer(p, 1).put("units", 1);
        ObjectNode li = layer(p, 0).putObject("neuron");
        li.put("type", "leaky-integrator");
        li.put("beta", 0.9);
        assertEquals(List.of("$.network.layers[0].neuron.type: layer 'hidden1' has leaky-integrator neurons, which never "
                + "spike, so the layers after it would get no input; only the output layer may use them"), messages(p));
    }

    @Test
    void eventStreamsAndTheEventsEncoderGoTogether() {
        ObjectNode p = sample();
        p.withObjectProperty("dataset").put("name", "moving-bars");
        assertEquals(List.of("$.network.layers[1].units: output layer 'out' has 10 units but moving-bars has 4 classes",
                "$.encoder.type: moving-bars samples are spikes already (an event stream); use the events encoder, not "
                        + "poisson"), messages(p));
        ObjectNode q = sample();
        q.withObjectProperty("encoder").removeAll().put("type", "events");
        assertEquals(List.of("$.encoder.type: the events encoder passes a data set's own spikes, but mnist has none; pick "
                + "poisson, rate, ttfs or direct"), messages(q));
    }

    private static List<String> messages(ObjectNode p) {
        try {
            ProjectTrees.parse(p);
            return List.of();
        } catch (ProjectValidationException e) {
            return e.errors().stream().map(v -> v.path() + ": " + v.message()).toList();
        }
    }

    @Test
    void syntaxErrorGivesLineAndColumn() {
        String broken = ProjectTrees.sampleText().replace("\"version\": 1,", "\"version\": 1");
        List<ValidationError> errors = errorsOf(broken);
        assertEquals(1, errors.size());
        assertEquals("$", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("invalid JSON at line 4, column 3: Unexpected character"),
                errors.get(0).message());
    }

    @Test
    void duplicateKeysAreSyntaxErrors() {
        List<ValidationError> errors = errorsOf("{\"format\": \"spikeworks-project\",\n\"format\": \"x\"}");
        assertEquals(List.of(error("$", "invalid JSON at line 2, column 9: the key 'format' is given twice in one object")), errors);
    }

    @Test
    void newerVersionIsRefusedWithAnUpgradeHint() {
        ObjectNode p = sample();
        p.put("version", 2);
        p.put("someFutureField", true); // not reported: a newer file is not judged by old rules
        assertEquals(List.of(error("$.version",
                        "written by a newer Spikeworks (format version 2); this build reads version 1 — update Spikeworks")),
                errorsOf(p));
    }

    @Test
    void versionBelowOneIsInvalid() {
        ObjectNode p = sample();
        p.put("version", 0);
        assertEquals(List.of(error("$.version", "must be at least 1, got 0")), errorsOf(p));
    }

    @Test
    void missingOrWrongFormatIsNotASpikeworksProject() {
        ObjectNode p = sample();
        p.remove("format");
        assertEquals(List.of(error("$",
                        "missing field 'format': not a Spikeworks project (expected \"format\": \"spikeworks-project\")")),
                errorsOf(p));
        p.put("format", "keras-model");
        assertEquals(List.of(error("$.format", "expected 'spikeworks-project', got 'keras-model': not a Spikeworks project")),
                errorsOf(p));
        // sample-projects/ holds sweeps beside projects: say what the file is and how to run it
        p.put("format", "spikeworks-sweep");
        assertEquals(List.of(error("$.format", "expected 'spikeworks-project', got 'spikeworks-sweep': not a Spikeworks "
                + "project but a sweep of runs: run it from the command line, spikeworks sweep FILE --out DIR")), errorsOf(p));
        assertEquals(List.of(error("$", "must be a JSON object with \"format\": \"spikeworks-project\", got a list")),
                errorsOf("[1, 2]"));
        assertEquals(List.of(error("$", "the file is empty (or only white space); expected a JSON object")), errorsOf("  \n"));
    }

    @Test
    void allErrorsAreReportedTogetherWithTheFileNameInTheMessage() {
        ObjectNode p = sample();
        layer(p, 0).put("type", "dens");
        neuron(p, 0).put("beta", 1.5);
        neuron(p, 1).put("bta", 0.5);
        p.withObjectProperty("training").withObjectProperty("optimizer").put("epsilon", -1);
        p.withObjectProperty("layout").putObject("ghost").put("x", 0).put("y", 0);
        ProjectValidationException e = assertThrows(ProjectValidationException.class,
                () -> new ProjectJson().parse(p.toString(), "mnist-bptt.json"));
        assertEquals("mnist-bptt.json", e.sourceName());
        assertEquals(List.of(
                error("$.network.layers[0].type",
                        "unknown layer type 'dens'; known: dense, conv2d, maxpool, avgpool, flatten, deeponet"),
                error("$.network.layers[0].neuron.beta", "must be between 0 and 1, got 1.5"),
                error("$.network.layers[1].neuron", "unknown field 'bta' (did you mean 'beta'?)"),
                error("$.training.optimizer.epsilon", "must be greater than 0, got -1")),
                e.errors());
        assertEquals("""
                mnist-bptt.json: $.network.layers[0].type: unknown layer type 'dens'; known: dense, conv2d, maxpool, avgpool, flatten, deeponet
                mnist-bptt.json: $.network.layers[0].neuron.beta: must be between 0 and 1, got 1.5
                mnist-bptt.json: $.network.layers[1].neuron: unknown field 'bta' (did you mean 'beta'?)
                mnist-bptt.json: $.training.optimizer.epsilon: must be greater than 0, got -1""", e.getMessage());
    }

    @Test
    void crossPartChecksRunAlongsideValueErrors() {
        ObjectNode p = sample();
        neuron(p, 0).put("beta", -0.1);
        layer(p, 1).put("units", 3);
        p.withObjectProperty("layout").putObject("ghost").put("x", 0).put("y", 0);
        assertEquals(List.of(
                error("$.network.layers[0].neuron.beta", "must be between 0 and 1, got -0.1"),
                error("$.network.layers[1].units", "output layer 'out' has 3 units but mnist has 10 classes"),
                error("$.layout.ghost", "no layer with id 'ghost'")),
                errorsOf(p));
    }

    @Test
    void layerIdsMustBeWellFormedUniqueAndNotReserved() {
        ObjectNode p = sample();
        layer(p, 0).put("id", "out");
        layer(p, 1).put("id", "input");
        assertEquals(List.of(
                error("$.network.layers[1].id", "'input' is reserved for the builder's input node; choose another id"),
                error("$.layout.hidden1", "no layer with id 'hidden1'")),
                errorsOf(p));

        ObjectNode q = sample();
        layer(q, 0).put("id", "2nd layer");
        q.withObjectProperty("layout").remove("hidden1");
        assertEquals(List.of(error("$.network.layers[0].id",
                        "must start with a letter and hold only letters, digits, '_' and '-', got '2nd layer'")),
                errorsOf(q));

        ObjectNode r = sample();
        layer(r, 1).put("id", "hidden1");
        r.withObjectProperty("layout").remove("out");
        assertEquals(List.of(error("$.network.layers[1].id", "duplicate layer id 'hidden1' (also layers[0])")),
                errorsOf(r));
    }

    @Test
    void cifarNeedsAPath() {
        ObjectNode p = sample();
        p.withObjectProperty("dataset").put("name", "cifar10");
        p.withObjectProperty("network").putArray("inputShape").add(3).add(32).add(32);
        List<ValidationError> errors = errorsOf(p);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("$.dataset", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("missing field 'path': cifar10 is not bundled"));
        p.withObjectProperty("dataset").put("path", " ");
        errors = errorsOf(p);
        assertEquals("$.dataset.path", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("must not be empty: cifar10 is not bundled"));
    }

    @Test
    void declaredInputShapeMustHoldTheDatasetSample() {
        ObjectNode p = sample();
        p.withObjectProperty("network").putArray("inputShape").add(3).add(32).add(32);
        assertEquals(List.of(error("$.network.inputShape",
                        "mnist samples are 1×28×28 (784 values) but inputShape 3×32×32 has 3072")),
                errorsOf(p));
        p.withObjectProperty("network").putArray("inputShape").add(784);
        ProjectTrees.parse(p); // same values, flat: fine
        p.withObjectProperty("network").putArray("inputShape").add(28).add(28);
        assertEquals(List.of(error("$.network.inputShape",
                        "must be [C, H, W] or [N] with every size at least 1, got [28, 28]")),
                errorsOf(p));
    }

    @Test
    void readoutNeedsNeuronsInTheLastLayer() {
        ObjectNode p = sample();
        p.withObjectProperty("network").withArray("layers").addObject().put("id", "flat").put("type", "flatten");
        assertEquals(List.of(error("$.network.readout",
                        "spike-count reads the last layer's neurons, but 'flat' is a flatten layer without neurons")),
                errorsOf(p));
    }

    @Test
    void mseCountTargetsMustBeOrdered() {
        ObjectNode p = sample();
        p.withObjectProperty("loss").put("type", "mse-count").put("targetCorrect", 0.1);
        assertEquals(List.of(error("$.loss.targetCorrect", "must be greater than targetWrong (0.2), got 0.1")),
                errorsOf(p));
    }

    @Test
    void structuralMistakesInFixedFields() {
        ObjectNode p = sample();
        p.put("name", 7);
        p.withObjectProperty("dataset").put("limitTrain", "all");
        p.withObjectProperty("dataset").put("holdOut", 2.5);
        p.withObjectProperty("network").put("layers", "hidden1");
        p.withObjectProperty("layout").withObjectProperty("out").put("x", "left");
        assertEquals(List.of(
                error("$.name", "must be text, got 7"),
                error("$.dataset.limitTrain", "must be a whole number, got 'all'"),
                error("$.dataset.holdOut", "must be a whole number, got 2.5"),
                error("$.network.layers", "must be a list of layers, got 'hidden1'"),
                error("$.layout.out.x", "must be a number, got 'left'")),
                errorsOf(p));
    }

    @Test
    void layersTooBigForAnArrayAreValidationErrorsWithoutOverflow() {
        ObjectNode p = sample();
        layer(p, 0).put("units", 1_000_000_000);
        List<ValidationError> errors = errorsOf(p);
        assertTrue(errors.contains(error("$.network.layers[0].units", "layer 'hidden1' would have 784 × 1,000,000,000 = "
                + "784,000,000,000 weights; a layer holds at most 2,147,483,631 (reduce its units or its input)")), errors.toString());

        ObjectNode wide = sample();
        layer(wide, 0).put("units", 1_000_000);
        wide.withObjectProperty("training").put("timeSteps", 10_000);
        assertTrue(errorsOf(wide).stream().anyMatch(e -> e.path().equals("$.network.layers[0].units")
                && e.message().contains("10,000 steps × 128 samples × 1,000,000 neurons = 1,280,000,000,000 values")),
                errorsOf(wide).toString());
    }
}
