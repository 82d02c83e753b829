package io.spikeworks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.spikeworks.ui.builder.BuilderViewModel;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.live.SessionLiveSource;
import javafx.application.Platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layering: the engine knows nothing of the UI, the session or the CLI. */
@AnalyzeClasses(packages = "io.spikeworks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("io.spikeworks.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("only the ui package may touch JavaFX; the engine runs headless");

    @ArchTest
    static final ArchRule onlyNirTouchesHdf5 = noClasses()
            .that().resideOutsideOfPackage("io.spikeworks.nir..")
            .should().dependOnClassesThat().resideInAnyPackage("io.jhdf..")
            .because("the HDF5 library stays behind the NIR package; the rest of the code sees NIR graphs and spike arrays");

    @ArchTest
    static final ArchRule onlySparkPackageTouchesSpark = noClasses()
            .that().resideOutsideOfPackage("io.spikeworks.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
            .because("Spark is only in the spark profile's jar (src/spark); the app and its jar must run without it");

    @ArchTest
    static final ArchRule engineDoesNotKnowItsCallers = noClasses()
            .that().resideInAnyPackage("io.spikeworks.sim..", "io.spikeworks.learn..", "io.spikeworks.chip..",
                    "io.spikeworks.data..", "io.spikeworks.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.spikeworks.session..", "io.spikeworks.cli..",
                    "io.spikeworks.ui..")
            .because("the engine must not depend on how it is driven");

    @ArchTest
    static final ArchRule sessionDoesNotKnowTheUi = noClasses()
            .that().resideInAnyPackage("io.spikeworks.session..", "io.spikeworks.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.spikeworks.ui..")
            .because("sessions and the CLI run headless");

    @ArchTest
    static final ArchRule noJavaFxAnimations = noClasses()
            .should().dependOnClassesThat().areAssignableTo("javafx.animation.Animation")
            .orShould().dependOnClassesThat().areAssignableTo("javafx.animation.AnimationTimer")
            .because("a running animation makes JavaFX pulse 60 times a second, and each pulse costs the FX thread and"
                    + " the JIT even when nothing changed (an autosave Timeline did so all session long);"
                    + " timers go through FxBridge.every and FxBridge.after");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices().matching("io.spikeworks.(*)..")
            .should().beFreeOfCycles()
            .because("each package builds on the ones below it (model.edit -> chip -> model was one; edit now sits"
                    + " above both)");

    @ArchTest
    static final ArchRule fileMachineryKnowsNoFormat = noClasses()
            .that().resideInAPackage("io.spikeworks.model.file..")
            .should().dependOnClassesThat().resideInAnyPackage("io.spikeworks.model", "io.spikeworks.model.lesson..",
                    "io.spikeworks.data..", "io.spikeworks.sim..", "io.spikeworks.learn..", "io.spikeworks.chip..",
                    "io.spikeworks.session..", "io.spikeworks.cli..", "io.spikeworks.ui..", "io.spikeworks.nir..")
            .because("strict JSON, atomic saves and located errors serve every format (projects, lessons, sweeps,"
                    + " chip profiles, checkpoints); one that knew a format would drag it into all the others");

    @ArchTest
    static final ArchRule engineBuildingBlocksKnowNoLayer = noClasses()
            .that().resideInAnyPackage("io.spikeworks.sim.kernel..", "io.spikeworks.sim.neuron..",
                    "io.spikeworks.sim.encode..")
            .should().dependOnClassesThat().resideInAPackage("io.spikeworks.sim")
            .because("kernels, neuron models and encoders are what layers are built from; a kernel that reached back"
                    + " into a layer would tie the SIMD and scalar twins to one layer's internals");

    @ArchTest
    static final ArchRule runPartsKnowNoRun = noClasses()
            .that().resideInAnyPackage("io.spikeworks.learn.loss..", "io.spikeworks.learn.optim..",
                    "io.spikeworks.learn.score..", "io.spikeworks.learn.state..")
            .should().dependOnClassesThat().resideInAPackage("io.spikeworks.learn")
            .because("losses, optimisers, scores and weight files are parts a run is made of, usable by any rule or"
                    + " driver without the trainer");

    @ArchTest
    static final ArchRule learnPackagesHaveNoCycles = slices().matching("io.spikeworks.learn.(*)..")
            .should().beFreeOfCycles()
            .because("each algorithm's package and each part of a run stands on learn's contract, not on another"
                    + " algorithm");

    @ArchTest
    static final ArchRule simPackagesHaveNoCycles = slices().matching("io.spikeworks.sim.(*)..")
            .should().beFreeOfCycles()
            .because("the engine's building blocks do not lean on one another in a circle");

    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices().matching("io.spikeworks.ui.(*)..")
            .should().beFreeOfCycles()
            .because("ui's packages layer app > run > builder, chip > shell > live > widget, theme > frame");

    @ArchTest
    static final ArchRule liveViewFamiliesHaveNoCycles = slices().matching("io.spikeworks.ui.live.(*)..")
            .should().beFreeOfCycles()
            .because("each family of live views stands on the dashboard's contract, not on another family that needs it");

    @ArchTest
    static final ArchRule onlyTheFrameBridgeQueuesOntoTheFxThread = noClasses()
            .that().haveNameNotMatching(java.util.regex.Pattern.quote(FxBridge.class.getName()) + "(\\$.*)?")
            .should().callMethod(Platform.class, "runLater", Runnable.class)
            .because("FxBridge is the one way onto the FX thread (FxBridge.later queues, FxBridge.run runs now when on it),"
                    + " so there is one place to watch what reaches it");

    @ArchTest
    static final ArchRule liveViewsReadThroughTheirSource = noClasses()
            .that().resideInAPackage("io.spikeworks.ui.live..")
            .and().doNotHaveFullyQualifiedName(SessionLiveSource.class.getName())
            .should().dependOnClassesThat().resideInAPackage("io.spikeworks.session..")
            .because("live views draw snapshots pulled through LiveSource; SessionLiveSource is the one adapter from a"
                    + " session's telemetry");

    @ArchTest
    static final ArchRule builderLogicRunsWithoutJavaFx = noClasses()
            .that().haveFullyQualifiedName(BuilderViewModel.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("the builder's logic is tested without a toolkit; ModelBuilder is its view");
}
