package io.spikeworks.ui.builder;

import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.TrainingSpec;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What the inspector shows for a selection, as sections of generated {@link Field}s: a layer (its parameters and
 * its neuron model), the input (dataset and encoder), the readout (readout and loss), or — with nothing selected —
 * the whole project (data, algorithm, training, optimizer, schedule, chip). Pickers list every registered type of
 * their family, so types added later appear here without UI changes. Commits go through {@link Edits}.
 */
final class InspectorContent {

    interface Edits {
        void edit(String description, String mergeKey, UnaryOperator<Draft> change);
    }

    record Section(String title, Ikon icon, List<Field> fields) {}

    private static final Pattern LAYER_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final ComponentCatalog catalog;
    private final List<String> chipProfiles;
    private final Edits edits;
    private final java.util.function.Consumer<String> select;

    /** @param select selects a node by id (a renamed layer stays selected) */
    InspectorContent(ComponentCatalog catalog, List<String> chipProfiles, Edits edits,
                     java.util.function.Consumer<String> select) {
        this.catalog = catalog;
        this.chipProfiles = List.copyOf(chipProfiles);
        this.edits = edits;
        this.select = select;
    }

    List<Section> sections(Draft d, String node) {
        Project p = d.project();
        List<Section> out = new ArrayList<>();
        if (node == null) {
            out.add(new Section("Project", MaterialDesignP.PACKAGE_VARIANT_CLOSED, List.of(
                    Field.param("project.name", ParamSpec.ofString("name", "Name").withHelp("shown in the title bar and run reports"),
                            p.name(), v -> edit("Rename project", "project.name", x -> x.withProject(x.project().withName(str(v))))),
                    Field.param("project.description", ParamSpec.ofString("description", "Description").asOptional()
                                    .withHelp("one line about what this project tries"),
                            p.description(), v -> edit("Change description", "project.description",
                                    x -> x.withProject(x.project().withDescription(str(v))))))));
            addDataSections(p, out);
            out.add(componentSection("Algorithm", MaterialDesignS.SCHOOL_OUTLINE, "algorithm", ComponentFamily.ALGORITHM,
                    p.algorithm(), (x, c) -> x.withAlgorithm(c)));
            List<Field> training = new ArrayList<>();
            for (ParamSpec s : TrainingSpec.PARAMS) {
                training.add(Field.param("training." + s.key(), s, p.training().get(s.key()),
                        v -> edit("Set " + s.label(), "training." + s.key(), x -> {
                            if (v == null) return x;
                            return x.withProject(x.project().withTraining(x.project().training().with(s.key(), v)));
                        })));
            }
            out.add(new Section("Training", MaterialDesignT.TIMER_OUTLINE, training));
            out.add(componentSection("Optimizer", MaterialDesignT.TRENDING_DOWN, "optimizer", ComponentFamily.OPTIMIZER,
                    p.training().optimizer(), (x, c) -> x.withTraining(x.training().withOptimizer(c))));
            out.add(componentSection("Schedule", MaterialDesignC.CHART_LINE, "schedule", ComponentFamily.SCHEDULE,
                    p.training().schedule(), (x, c) -> x.withTraining(x.training().withSchedule(c))));
            List<Field.Choice> chips = new ArrayList<>(chipProfiles.stream().map(n -> new Field.Choice(n, n)).toList());
            if (!chipProfiles.contains(p.chipProfile())) chips.add(new Field.Choice(p.chipProfile(), p.chipProfile() + " (unknown)"));
            out.add(new Section("Chip", MaterialDesignC.CHIP, List.of(Field.picker("chip.profile", "Chip profile",
                    "the chip the network must fit and train on; float-reference has no limits",
                    chips, p.chipProfile(), v -> edit("Choose chip " + v, null, x -> x.withProject(x.project().withChipProfile(str(v))))))));
        } else if (node.equals(Project.INPUT_NODE)) {
            addDataSections(p, out);
        } else if (node.equals(Project.READOUT_NODE)) {
            out.add(componentSection("Readout", MaterialDesignC.CHART_BAR, "readout", ComponentFamily.READOUT,
                    p.network().readout(), (x, c) -> x.withNetwork(x.network().withReadout(c))));
            out.add(componentSection("Loss", MaterialDesignF.FUNCTION_VARIANT, "loss", ComponentFamily.LOSS,
                    p.loss(), (x, c) -> x.withLoss(c)));
        } else {
            Optional<LayerSpec> found = p.network().layer(node);
            if (found.isEmpty()) return out;
            LayerSpec layer = found.get();
            List<Field> fields = new ArrayList<>();
            fields.add(Field.param("layer.id", ParamSpec.ofString("id", "Id")
                            .withHelp("names the layer in messages, edge labels and run files"), layer.id(),
                    v -> {
                        String newId = str(v);
                        edits.edit("Rename " + node + " to " + newId, null, x -> DraftEdits.renameLayer(x, node, newId));
                        select.accept(newId);
                    }).withExtraCheck(v -> {
                String s = str(v);
                if (!LAYER_ID.matcher(s).matches()) return Optional.of("must start with a letter and hold only letters, digits, '_' and '-'");
                if (!s.equals(node) && d.hasNode(s)) return Optional.of("'" + s + "' is already in use");
                return Optional.empty();
            }));
            for (ParamSpec s : layer.component().spec().params()) {
                fields.add(Field.param("layer." + s.key(), s, layer.component().params().get(s.key()),
                        v -> edit("Set " + node + " " + s.label(), "layer." + node + "." + s.key(),
                                x -> withLayer(x, node, l -> l.withParam(s.key(), v)))));
            }
            out.add(new Section("Layer · " + layer.component().spec().displayName(), LayerIcons.forType(layer.type()), fields));
            if (layer.neuron() != null) {
                List<Field> nf = new ArrayList<>();
                nf.add(picker("neuron.type", "Neuron model", ComponentFamily.NEURON, layer.neuron().type(),
                        v -> edit("Set " + node + " neuron to " + v, null,
                                x -> withLayer(x, node, l -> l.withNeuron(carryOver(l.neuron(), str(v), ComponentFamily.NEURON))))));
                for (ParamSpec s : layer.neuron().spec().params()) {
                    nf.add(Field.param("neuron." + s.key(), s, layer.neuron().params().get(s.key()),
                            v -> edit("Set " + node + " " + s.label(), "neuron." + node + "." + s.key(),
                                    x -> withLayer(x, node, l -> l.withNeuron(l.neuron().with(s.key(), v))))));
                }
                out.add(new Section("Neuron · " + layer.neuron().spec().displayName(), MaterialDesignB.BRAIN, nf));
            }
        }
        return out;
    }

    private void addDataSections(Project p, List<Section> out) {
        List<Field> ds = new ArrayList<>();
        ds.add(picker("dataset.type", "Dataset", ComponentFamily.DATASET, p.dataset().name(),
                v -> edit("Choose dataset " + v, null, x -> x.withProject(x.project().withDataset(x.project().dataset().withName(str(v)))))));
        for (ParamSpec s : DatasetSpec.PARAMS) {
            ds.add(Field.param("dataset." + s.key(), s, p.dataset().get(s.key()), v -> edit("Set " + s.label(),
                    "dataset." + s.key(), x -> x.withProject(x.project().withDataset(x.project().dataset().with(s.key(), v))))));
        }
        out.add(new Section("Dataset", MaterialDesignD.DATABASE_OUTLINE, ds));
        out.add(componentSection("Encoder", MaterialDesignS.SINE_WAVE, "encoder", ComponentFamily.ENCODER,
                p.encoder(), (x, c) -> x.withEncoder(c)));
    }

    private interface ComponentSetter {
        Project apply(Project p, Component c);
    }

    /** A picker over the family plus the chosen component's parameters. */
    private Section componentSection(String title, Ikon icon, String prefix, ComponentFamily family, Component current,
                                     ComponentSetter setter) {
        List<Field> fields = new ArrayList<>();
        fields.add(picker(prefix + ".type", title, family, current.type(),
                v -> edit("Choose " + family.noun() + " " + v, null,
                        x -> x.withProject(setter.apply(x.project(), carryOver(current(x.project(), family, current), str(v), family))))));
        for (ParamSpec s : current.spec().params()) {
            fields.add(Field.param(prefix + "." + s.key(), s, current.params().get(s.key()),
                    v -> edit("Set " + title + " " + s.label(), prefix + "." + s.key(),
                            x -> x.withProject(setter.apply(x.project(), current(x.project(), family, current).with(s.key(), v))))));
        }
        return new Section(title, icon, fields);
    }

    /** The project's component of a family (to edit the latest value, not the one the inspector was built from). */
    private static Component current(Project p, ComponentFamily family, Component fallback) {
        return switch (family) {
            case ALGORITHM -> p.algorithm();
            case ENCODER -> p.encoder();
            case LOSS -> p.loss();
            case READOUT -> p.network().readout();
            case OPTIMIZER -> p.training().optimizer();
            case SCHEDULE -> p.training().schedule();
            default -> fallback;
        };
    }

    private Field picker(String id, String label, ComponentFamily family, String value, java.util.function.Consumer<Object> commit) {
        List<Field.Choice> choices = new ArrayList<>();
        String help = "";
        for (ComponentSpec s : catalog.list(family)) {
            choices.add(new Field.Choice(s.type(), s.displayName()));
            if (s.type().equals(value)) help = s.help();
        }
        if (choices.stream().noneMatch(c -> c.id().equals(value))) choices.add(new Field.Choice(value, value + " (unknown)"));
        return Field.picker(id, label, help, choices, value, commit);
    }

    /** A component of the new type that keeps the old one's values where the new type has the same parameter. */
    private Component carryOver(Component old, String type, ComponentFamily family) {
        ComponentSpec spec = catalog.require(family, type);
        Component c = Component.defaults(spec);
        if (old == null) return c;
        for (Map.Entry<String, Object> e : old.params().entrySet()) {
            Optional<ParamSpec> ps = spec.findParam(e.getKey());
            if (ps.isPresent() && ps.get().kind() == old.spec().param(e.getKey()).kind() && ps.get().problemWith(e.getValue()).isEmpty()) {
                c = c.with(e.getKey(), e.getValue());
            }
        }
        return c;
    }

    private static Draft withLayer(Draft x, String id, UnaryOperator<LayerSpec> change) {
        Optional<LayerSpec> l = x.project().network().layer(id);
        return l.isEmpty() ? x : DraftEdits.setLayer(x, id, change.apply(l.get()));
    }

    private void edit(String description, String mergeKey, UnaryOperator<Draft> change) {
        edits.edit(description, mergeKey, change);
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
