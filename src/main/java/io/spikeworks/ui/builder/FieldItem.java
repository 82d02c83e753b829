package io.spikeworks.ui.builder;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.Optional;

/** A {@link Field} as a ControlsFX property-sheet item; its value follows the project as edits and undos happen. */
final class FieldItem implements PropertySheet.Item {
    private final String category;
    private Field field;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private boolean editable = true;

    FieldItem(String category, Field field) {
        this.category = category;
        this.field = field;
        value.set(field.value());
    }

    Field field() {
        return field;
    }

    /** Takes the latest field (same id and structure): updates the shown value. */
    void update(Field latest) {
        this.field = latest;
        value.set(latest.value());
    }

    /** A lesson step may lock the field: shown, not editable. */
    void setEditable(boolean editable) {
        this.editable = editable;
    }

    @Override
    public boolean isEditable() {
        return editable;
    }

    @Override
    public Class<?> getType() {
        return Object.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return field.label();
    }

    @Override
    public String getDescription() {
        return field.description();
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object v) {
        field.commit().accept(v);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }
}
