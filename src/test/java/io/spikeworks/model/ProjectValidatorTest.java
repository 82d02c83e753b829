package io.spikeworks.model;

import io.spikeworks.model.file.ValidationError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder validates in-memory projects; it must get the same paths and messages as loading a file. */
class ProjectValidatorTest {

    private final ComponentCatalog catalog = ComponentCatalog.withBuiltIns();
    private final ProjectValidator validator = new ProjectValidator(catalog);
    private final Project base = Project.newDefault();

    private Project withLayer(int index, LayerSpec layer) {
        return base.withNetwork(base.network().withLayer(index, layer));
    }

    @Test
    void newDefaultIsValid() {
        assertEquals(List.of(), validator.validate(base));
    }

    @Test
    void editsAreJudgedLikeAFile() {
        LayerSpec out = base.network().layers().get(1);
        Project p = withLayer(1, out.withParam("units", 12).withNeuron(out.neuron().with("beta", 1.5)));
        assertEquals(List.of(
                new ValidationError("$.network.layers[1].neuron.beta", "must be between 0 and 1, got 1.5"),
                new ValidationError("$.network.layers[1].units", "output layer 'out' has 12 units but mnist has 10 classes")),
                validator.validate(p));
    }

    @Test
    void unsetRequiredParameterIsMissing() {
        LayerSpec hidden = base.network().layers().get(0);
        Project p = withLayer(0, hidden.withComponent(catalog.create(ComponentFamily.LAYER, "dense")));
        assertEquals(List.of(new ValidationError("$.network.layers[0]", "missing field 'units'")), validator.validate(p));
    }

    @Test
    void emptyNamesAndIds() {
        Project p = withLayer(0, base.network().layers().get(0).withId("")).withName(" ").withChipProfile("");
        List<ValidationError> errors = validator.validate(p);
        assertEquals(new ValidationError("$.name", "must not be empty"), errors.get(0));
        assertTrue(errors.contains(new ValidationError("$.network.layers[0].id", "must not be empty")), errors.toString());
        assertTrue(errors.contains(new ValidationError("$.chipProfile", "must not be empty")), errors.toString());
    }

    @Test
    void heldOutSamples() {
        assertEquals(List.of(new ValidationError("$.dataset.holdOut", "must be at least 1, got 0")),
                validator.validate(base.withDataset(base.dataset().withHoldOut(0))));
        Project all = base.withDataset(base.dataset().withLimitTrain(500).withHoldOut(500));
        assertEquals(List.of(new ValidationError("$.dataset.holdOut", "must be less than limitTrain (500): at least one "
                + "training sample must be left to train on, got 500")), validator.validate(all));
        assertEquals(List.of(), validator.validate(base.withDataset(base.dataset().withLimitTrain(500).withHoldOut(499))));
    }

    @Test
    void networkNeedsALayer() {
        Project p = base.withNetwork(base.network().withLayers(List.of())).withLayout(null);
        assertEquals(List.of(new ValidationError("$.network.layers", "needs at least one layer")), validator.validate(p));
    }

    @Test
    void datasetSettings() {
        Project p = base.withDataset(DatasetSpec.of("cifar100").withLimitTest(0));
        List<ValidationError> errors = validator.validate(p);
        assertEquals("$.dataset", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("missing field 'path': cifar100 is not bundled"));
        assertEquals(new ValidationError("$.dataset.limitTest", "must be at least 1, got 0"), errors.get(1));
        assertEquals(new ValidationError("$.network.layers[1].units",
                "output layer 'out' has 10 units but cifar100 has 100 classes"), errors.get(2));
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void trainingSettings() {
        Project p = base.withTraining(base.training().withBatchSize(0).withTimeSteps(10_001).withLearningRate(0));
        assertEquals(List.of(
                new ValidationError("$.training.batchSize", "must be between 1 and 65536, got 0"),
                new ValidationError("$.training.timeSteps", "must be between 1 and 10000, got 10001"),
                new ValidationError("$.training.learningRate", "must be greater than 0 and at most 10, got 0")),
                validator.validate(p));
    }
}
