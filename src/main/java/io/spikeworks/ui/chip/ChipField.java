package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.CoreLimits;
import io.spikeworks.chip.EnergyCosts;
import io.spikeworks.chip.Rounding;
import io.spikeworks.chip.SourcedFlag;
import io.spikeworks.chip.SourcedValue;
import io.spikeworks.chip.StateFormat;
import io.spikeworks.chip.Units;
import io.spikeworks.chip.WeightFormat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The field table of a chip profile: every editable field with its group, label, JSON path, kind and how to read
 * it from a {@link ChipProfile}. The detail view and the editor are generated from this table, and
 * {@link #assemble} is the one place that puts a profile back together, so a new field is one row here.
 */
public enum ChipField {
    DISPLAY_NAME(Group.GENERAL, "Display name", "$.displayName", Kind.TEXT, null, false,
            "Name shown in pickers", ChipProfile::displayName),
    DESCRIPTION(Group.GENERAL, "Description", "$.description", Kind.LONG_TEXT, null, false,
            "What the profile models and where its figures come from", ChipProfile::description),

    FORWARD_BITS(Group.FORWARD_WEIGHTS, "Bits", "$.forwardWeights.bits", Kind.NUMBER, Units.Kind.COUNT, false,
            "Width of a forward weight, 1–32 bits; 32 means float32 (no quantisation)", p -> p.forwardWeights().bits()),
    FORWARD_SIGNED(Group.FORWARD_WEIGHTS, "Signed", "$.forwardWeights.signed", Kind.FLAG, null, false,
            "Whether forward weights can be negative", p -> p.forwardWeights().signed()),
    FORWARD_ROUNDING(Group.FORWARD_WEIGHTS, "Rounding", "$.forwardWeights.rounding", Kind.ROUNDING, null, false,
            "How an update between two weight levels is rounded", p -> p.forwardWeights().rounding()),

    FEEDBACK_BITS(Group.FEEDBACK, "Bits", "$.feedbackWeights.bits", Kind.NUMBER, Units.Kind.COUNT, false,
            "Width of a feedback weight, 1–32 bits", p -> p.feedbackWeights().bits()),
    FEEDBACK_SIGNED(Group.FEEDBACK, "Signed", "$.feedbackWeights.signed", Kind.FLAG, null, false,
            "Whether feedback weights can be negative", p -> p.feedbackWeights().signed()),
    FEEDBACK_ROUNDING(Group.FEEDBACK, "Rounding", "$.feedbackWeights.rounding", Kind.ROUNDING, null, false,
            "How an update between two feedback weight levels is rounded", p -> p.feedbackWeights().rounding()),
    FEEDBACK_SEPARATE(Group.FEEDBACK, "Separate network", "$.feedbackNetworkSeparate", Kind.FLAG, null, false,
            "Errors travel through a physically separate feedback network: its weights take memory of their own "
                    + "and copying forward weights into it costs energy", ChipProfile::feedbackNetworkSeparate),

    STATE_BITS(Group.STATE, "Bits", "$.state.bits", Kind.NUMBER, Units.Kind.COUNT, false,
            "Width of membrane potential and synaptic current, 5–32 bits", p -> p.state().bits()),
    STATE_CLIP(Group.STATE, "Clipped", "$.state.clip", Kind.FLAG, null, false,
            "Whether training clips neuron state to that width", p -> p.state().clip()),

    CORE_COUNT(Group.CORES, "Cores", "$.cores.count", Kind.NUMBER, Units.Kind.COUNT, true,
            "Neuromorphic cores on the chip; empty for no limit", p -> p.cores().count()),
    NEURONS_PER_CORE(Group.CORES, "Neurons per core", "$.cores.neuronsPerCore", Kind.NUMBER, Units.Kind.COUNT, true,
            "Neurons (compartments) one core can update; empty for no limit", p -> p.cores().neuronsPerCore()),
    SYNAPTIC_MEMORY(Group.CORES, "Synaptic memory per core", "$.cores.synapticMemoryPerCore", Kind.NUMBER,
            Units.Kind.MEMORY, true, "Weight memory per core; empty for no limit",
            p -> p.cores().synapticMemoryBitsPerCore()),
    FAN_IN(Group.CORES, "Fan-in per core", "$.cores.maxFanInPerCore", Kind.NUMBER, Units.Kind.COUNT, true,
            "Distinct inputs (input axons) one core can receive; empty for no limit", p -> p.cores().maxFanInPerCore()),
    FAN_OUT(Group.CORES, "Fan-out per core", "$.cores.maxFanOutPerCore", Kind.NUMBER, Units.Kind.COUNT, true,
            "Core-to-core output edges one core can send on; empty for no limit", p -> p.cores().maxFanOutPerCore()),

    ENERGY_SYNAPTIC_OP(Group.ENERGY, "Per synaptic op", "$.energy.perSynapticOp", Kind.NUMBER, Units.Kind.ENERGY, false,
            "One synaptic event (spike × one target synapse), forward or feedback", p -> p.energy().perSynapticOp()),
    ENERGY_NEURON_UPDATE(Group.ENERGY, "Per neuron update", "$.energy.perNeuronUpdate", Kind.NUMBER, Units.Kind.ENERGY,
            false, "One neuron's state update in one time step", p -> p.energy().perNeuronUpdate()),
    ENERGY_WEIGHT_UPDATE(Group.ENERGY, "Per weight update", "$.energy.perWeightUpdate", Kind.NUMBER, Units.Kind.ENERGY,
            false, "One weight written by learning", p -> p.energy().perWeightUpdate()),
    ENERGY_TRANSPORTED_BIT(Group.ENERGY, "Per transported bit", "$.energy.perTransportedBit", Kind.NUMBER,
            Units.Kind.ENERGY, false, "One bit of weight copied into a separate feedback network",
            p -> p.energy().perTransportedBit()),

    STEP_TIME(Group.TIMING, "Time per step", "$.timing.stepTime", Kind.NUMBER, Units.Kind.TIME, false,
            "Wall time of one simulation step on the chip", ChipProfile::stepTime);

    /** Sections of the detail view and editor, in order. */
    public enum Group {
        GENERAL("General"), FORWARD_WEIGHTS("Forward weights"), FEEDBACK("Feedback"), STATE("Neuron state"),
        CORES("Cores"), ENERGY("Energy"), TIMING("Timing");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What a field holds and therefore which editor it gets. */
    public enum Kind {
        /** {@link SourcedValue}: number, unit, source. */
        NUMBER,
        /** {@link SourcedFlag}: yes/no and source. */
        FLAG,
        /** {@link Rounding}; the file format gives it no source. */
        ROUNDING,
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        LONG_TEXT;

        public boolean sourced() {
            return this == NUMBER || this == FLAG;
        }
    }

    private final Group group;
    private final String label;
    private final String jsonPath;
    private final Kind kind;
    private final Units.Kind unitKind;
    private final boolean nullable;
    private final String help;
    private final Function<ChipProfile, ?> getter;

    ChipField(Group group, String label, String jsonPath, Kind kind, Units.Kind unitKind, boolean nullable,
                  String help, Function<ChipProfile, ?> getter) {
        this.group = group;
        this.label = label;
        this.jsonPath = jsonPath;
        this.kind = kind;
        this.unitKind = unitKind;
        this.nullable = nullable;
        this.help = help;
        this.getter = getter;
    }

    public Group group() { return group; }

    public String label() { return label; }

    /** Where the field lives in the file, as in {@link io.spikeworks.chip.ChipProfileJson}'s error paths. */
    public String jsonPath() { return jsonPath; }

    public Kind kind() { return kind; }

    /** For numbers: which units the file accepts; null otherwise. */
    public Units.Kind unitKind() { return unitKind; }

    /** Whether the value may be empty ("no limit"): core limits only. */
    public boolean nullable() { return nullable; }

    public String help() { return help; }

    /** Node id stem, e.g. {@code forwardBits} for {@link #FORWARD_BITS}: {@code #forwardBitsValue}, {@code #forwardBitsSource}. */
    public String id() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return sb.toString();
    }

    /** The field's value in {@code p}: a {@link SourcedValue}, {@link SourcedFlag}, {@link Rounding} or String. */
    public Object get(ChipProfile p) {
        return getter.apply(p);
    }

    /** Fields of one group, in table order. */
    public static ChipField[] of(Group g) {
        return Arrays.stream(values()).filter(f -> f.group == g).toArray(ChipField[]::new);
    }

    /**
     * The field whose value an error path such as {@code $.energy.perSynapticOp.source} is about, or null
     * for problems with the file as a whole.
     */
    public static ChipField forPath(String errorPath) {
        ChipField best = null;
        for (ChipField f : values()) {
            String p = f.jsonPath;
            boolean matches = errorPath.equals(p) || errorPath.startsWith(p + ".") || errorPath.startsWith(p + "[");
            if (matches && (best == null || p.length() > best.jsonPath.length())) best = f;
        }
        return best;
    }

    /** Puts a profile together from one value per field (as {@link #get} returns them). */
    public static ChipProfile assemble(String name, Map<ChipField, Object> v) {
        return new ChipProfile(name, (String) v.get(DISPLAY_NAME), (String) v.get(DESCRIPTION),
                new WeightFormat(num(v, FORWARD_BITS), flag(v, FORWARD_SIGNED), (Rounding) v.get(FORWARD_ROUNDING)),
                new WeightFormat(num(v, FEEDBACK_BITS), flag(v, FEEDBACK_SIGNED), (Rounding) v.get(FEEDBACK_ROUNDING)),
                flag(v, FEEDBACK_SEPARATE),
                new StateFormat(num(v, STATE_BITS), flag(v, STATE_CLIP)),
                new CoreLimits(num(v, CORE_COUNT), num(v, NEURONS_PER_CORE), num(v, SYNAPTIC_MEMORY), num(v, FAN_IN),
                        num(v, FAN_OUT)),
                new EnergyCosts(num(v, ENERGY_SYNAPTIC_OP), num(v, ENERGY_NEURON_UPDATE), num(v, ENERGY_WEIGHT_UPDATE),
                        num(v, ENERGY_TRANSPORTED_BIT)),
                num(v, STEP_TIME));
    }

    private static SourcedValue num(Map<ChipField, Object> v, ChipField f) {
        return (SourcedValue) v.get(f);
    }

    private static SourcedFlag flag(Map<ChipField, Object> v, ChipField f) {
        return (SourcedFlag) v.get(f);
    }
}
