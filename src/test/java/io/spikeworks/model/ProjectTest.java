package io.spikeworks.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Projects are values: edits are copies, the original stays as it was (what undo relies on). */
class ProjectTest {

    private final Project base = Project.newDefault();

    @Test
    void withCopiesLeaveTheOriginalAlone() {
        Project renamed = base.withName("other");
        assertEquals("Untitled", base.name());
        assertEquals("other", renamed.name());
        assertNotEquals(base, renamed);
        assertEquals(base, renamed.withName("Untitled"));
        assertEquals(base.hashCode(), renamed.withName("Untitled").hashCode());
        assertEquals(base, Project.newDefault());
    }

    @Test
    void renamingALayerMovesItsLayoutPosition() {
        Project p = base.withLayerRenamed("hidden1", "h1");
        assertEquals(List.of("h1", "out"), p.network().layers().stream().map(LayerSpec::id).toList());
        assertEquals(base.layout().get("hidden1"), p.layout().get("h1"));
        assertNull(p.layout().get("hidden1"));
        assertEquals(List.of("input", "h1", "out", "readout"), List.copyOf(p.layout().keySet()), "order kept");
        assertThrows(IllegalArgumentException.class, () -> base.withLayerRenamed("nope", "x"));
    }

    @Test
    void layoutEditsAndImmutability() {
        Project moved = base.withNodePosition("out", new NodePosition(1, 2));
        assertEquals(new NodePosition(1, 2), moved.layout().get("out"));
        assertEquals(new NodePosition(480, 200), base.layout().get("out"));
        assertNull(moved.withoutNodePosition("out").layout().get("out"));
        assertThrows(UnsupportedOperationException.class, () -> base.layout().clear());
        assertThrows(UnsupportedOperationException.class, () -> base.network().layers().clear());
    }

    @Test
    void layerListEdits() {
        NetworkSpec n = base.network();
        LayerSpec flat = new LayerSpec("flat", ComponentCatalog.standard().create(ComponentFamily.LAYER, "flatten"), null);
        NetworkSpec inserted = n.withLayerInserted(0, flat);
        assertEquals(List.of("flat", "hidden1", "out"), inserted.layers().stream().map(LayerSpec::id).toList());
        assertEquals(List.of("hidden1", "flat", "out"),
                inserted.withLayerMoved(0, 1).layers().stream().map(LayerSpec::id).toList());
        assertEquals(n, inserted.withoutLayer(0));
        assertEquals(1, inserted.indexOf("hidden1"));
        assertEquals(-1, inserted.indexOf("nope"));
    }

    @Test
    void trainingSettingsByKeyForGeneratedEditors() {
        TrainingSpec t = base.training();
        assertEquals(25L, t.get(TrainingSpec.TIME_STEPS));
        assertEquals(50, t.with(TrainingSpec.TIME_STEPS, 50).timeSteps());
        assertEquals(0.01, t.with(TrainingSpec.LEARNING_RATE, 0.01).learningRate());
        assertEquals(7L, t.with(TrainingSpec.SEED, 7).seed());
        assertThrows(IllegalArgumentException.class, () -> t.with(TrainingSpec.EPOCHS, "three"));
        assertThrows(IllegalArgumentException.class, () -> t.with("momentum", 0.9));
    }

    @Test
    void componentsMustBeOfTheRightFamily() {
        Component loss = base.loss();
        assertThrows(IllegalArgumentException.class, () -> base.withEncoder(loss));
        assertThrows(IllegalArgumentException.class, () -> base.training().withOptimizer(loss));
        assertThrows(IllegalArgumentException.class,
                () -> new LayerSpec("x", base.network().layers().get(0).component(), loss));
    }
}
