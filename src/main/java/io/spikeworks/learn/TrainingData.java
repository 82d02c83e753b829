package io.spikeworks.learn;

import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.CifarLabels;
import io.spikeworks.data.CifarLoader;
import io.spikeworks.data.ImageTransforms;
import io.spikeworks.data.SampleSet;
import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.data.event.DvsGestureFolder;
import io.spikeworks.data.event.MovingBars;
import io.spikeworks.data.event.NmnistFolder;
import io.spikeworks.data.event.SaccadeEventSets;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;

import java.nio.file.Path;

/** Loads the data a project names, with its subset limits applied. */
public final class TrainingData {
    private TrainingData() {}

    /**
     * The project's data set; event streams are binned into the project's time steps.
     *
     * @param assetsRoot where bundled sets live; null to locate them ({@code spikeworks.assets}, ./assets, …)
     * @param limitTrain overrides the project's limit when not null
     */
    public static TrainTestSplit load(Project project, Path assetsRoot, Integer limitTrain, Integer limitTest) {
        return load(project.dataset(), project.training().timeSteps(), assetsRoot, limitTrain, limitTest);
    }

    /**
     * As {@link #load(Project, Path, Integer, Integer)}, event streams binned into
     * {@value SaccadeEventSets#DEFAULT_STEPS} time steps.
     */
    public static TrainTestSplit load(DatasetSpec spec, Path assetsRoot, Integer limitTrain, Integer limitTest) {
        return load(spec, SaccadeEventSets.DEFAULT_STEPS, assetsRoot, limitTrain, limitTest);
    }

    /**
     * @param timeSteps frames to bin event streams into (converted and recorded ones; moving-bars has its own 16)
     */
    public static TrainTestSplit load(DatasetSpec spec, int timeSteps, Path assetsRoot, Integer limitTrain,
                                      Integer limitTest) {
        TrainTestSplit split = switch (spec.name()) {
            case "mnist", "fashion-mnist" -> assetsRoot == null ? BundledDataset.byId(spec.name()).load()
                    : BundledDataset.byId(spec.name()).load(assetsRoot);
            case "mnist20-binary" -> {
                TrainTestSplit m = assetsRoot == null ? BundledDataset.MNIST.load() : BundledDataset.MNIST.load(assetsRoot);
                yield new TrainTestSplit(ImageTransforms.nbpMnist20(m.trainImages()), ImageTransforms.nbpMnist20(m.testImages()));
            }
            case "fashion-binary" -> {
                TrainTestSplit f = assetsRoot == null ? BundledDataset.FASHION_MNIST.load()
                        : BundledDataset.FASHION_MNIST.load(assetsRoot);
                yield new TrainTestSplit(ImageTransforms.nbpFashion28(f.trainImages()), ImageTransforms.nbpFashion28(f.testImages()));
            }
            case "sine-1d" -> ScientificRegression.sine1d();
            case "moving-bars" -> MovingBars.split();
            case SaccadeEventSets.MNIST_ID, SaccadeEventSets.FASHION_ID ->
                    SaccadeEventSets.load(spec.name(), assetsRoot, timeSteps, null);
            case NmnistFolder.ID -> NmnistFolder.load(requirePath(spec), timeSteps);
            case DvsGestureFolder.ID -> DvsGestureFolder.load(requirePath(spec), timeSteps);
            case "mexican-hat-2d" -> ScientificRegression.mexicanHat2d();
            case "poisson1d" -> ScientificRegression.poisson1d();
            case "antiderivative1d" -> ScientificRegression.antiderivative1d();
            case "diffusion-reaction" -> ScientificRegression.diffusionReaction();
            case "cifar10" -> CifarLoader.loadCifar10(requirePath(spec));
            case "cifar100" -> CifarLoader.loadCifar100(requirePath(spec), CifarLabels.FINE);
            default -> throw new IllegalArgumentException("unknown data set '" + spec.name() + "'");
        };
        Integer lt = limitTrain != null ? limitTrain : spec.limitTrain();
        Integer le = limitTest != null ? limitTest : spec.limitTest();
        SampleSet train = lt != null && lt < split.train().size() ? split.train().limit(lt) : split.train();
        SampleSet test = le != null && le < split.test().size() ? split.test().limit(le) : split.test();
        return new TrainTestSplit(train, test);
    }

    /**
     * Holds {@code n} samples of a training set out to choose a checkpoint by (a seeded random choice, the rest stay
     * in their order), so the test set is scored but never used to choose. Image data sets with class labels only.
     */
    public static io.spikeworks.data.TrainValidationSplit holdOut(SampleSet train, int n, long seed) {
        if (!(train instanceof io.spikeworks.data.Dataset images) || !train.hasClassLabels())
            throw new IllegalArgumentException("holding samples out needs a data set of labelled images; " + train.name()
                    + " is not one");
        if (n < 1 || n >= train.size())
            throw new IllegalArgumentException("cannot hold " + n + " of " + train.size() + " training samples out: keep at least one to train on");
        return images.splitValidation(n, seed);
    }

    private static Path requirePath(DatasetSpec spec) {
        if (spec.path() == null || spec.path().isBlank())
            throw new IllegalArgumentException("data set '" + spec.name() + "' is not bundled: set dataset.path to the folder holding its files");
        return Path.of(spec.path());
    }
}
