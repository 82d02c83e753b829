package io.spikeworks.ui.builder;

import io.spikeworks.edit.Draft;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The data set's fields are generated from its metadata, and each edits its own setting (no UI needed). */
class InspectorDatasetFieldsTest {
    record Edit(String description, String mergeKey, UnaryOperator<Draft> change) {}

    @Test
    void everyDatasetSettingHasAFieldThatEditsIt() {
        List<Edit> edits = new ArrayList<>();
        InspectorContent content = new InspectorContent(ComponentCatalog.withBuiltIns(), List.of("float-reference"),
                (d, k, c) -> edits.add(new Edit(d, k, c)), id -> {});
        Draft draft = Draft.of(Project.newDefault().withDataset(DatasetSpec.of("mnist").withLimitTrain(1000)));
        InspectorContent.Section data = content.sections(draft, null).stream()
                .filter(s -> s.title().equals("Dataset")).findFirst().orElseThrow();
        List<String> ids = data.fields().stream().map(Field::id).toList();
        assertEquals(List.of("dataset.type", "dataset.path", "dataset.limitTrain", "dataset.limitTest", "dataset.holdOut"), ids);
        Field holdOut = data.fields().get(4);
        assertEquals("Held-out samples", holdOut.spec().label());
        assertNull(holdOut.value());
        assertEquals(1000L, data.fields().get(2).value());

        holdOut.commit().accept(200L);
        Edit e = edits.get(0);
        assertEquals("Set Held-out samples", e.description());
        assertEquals("dataset.holdOut", e.mergeKey(), "repeated edits of one field merge into one undo step");
        DatasetSpec after = e.change().apply(draft).project().dataset();
        assertEquals(200, after.holdOut());
        assertEquals(1000, after.limitTrain(), "the other settings stay");

        data.fields().get(2).commit().accept(null);
        assertNull(edits.get(1).change().apply(draft).project().dataset().limitTrain(), "cleared: all samples");
    }
}
