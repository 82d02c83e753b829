package io.spikeworks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layering: the engine knows nothing of the UI, the session or the CLI. */
@AnalyzeClasses(packages = "io.spikeworks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("io.spikeworks.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("only the ui package may touch JavaFX; the engine runs headless");

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
}
