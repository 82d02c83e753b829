package io.spikeworks.chip;

import java.util.Objects;

/**
 * A chip configuration: what training on it must respect (weight and state precision), what the network
 * must fit into (cores and their limits) and what work costs (energy, time per step). Data, not code:
 * profiles live in JSON files ({@link ChipProfileJson}) and users edit and duplicate them.
 *
 * @param name                    file and reference name, e.g. "loihi"; projects refer to profiles by it
 * @param feedbackNetworkSeparate whether errors travel through a physically separate feedback network, so
 *                                its weights take memory of their own and copying forward weights into it
 *                                (transport) costs energy
 * @param stepTime                wall time of one simulation step on the chip
 */
public record ChipProfile(String name, String displayName, String description, WeightFormat forwardWeights,
                          WeightFormat feedbackWeights, SourcedFlag feedbackNetworkSeparate, StateFormat state,
                          CoreLimits cores, EnergyCosts energy, SourcedValue stepTime) {

    /** The profile every project starts with: no limits, float weights, nothing costs anything it can check. */
    public static final String FLOAT_REFERENCE = "float-reference";

    public ChipProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        description = description == null ? "" : description;
        Objects.requireNonNull(forwardWeights, "forwardWeights");
        Objects.requireNonNull(feedbackWeights, "feedbackWeights");
        Objects.requireNonNull(feedbackNetworkSeparate, "feedbackNetworkSeparate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cores, "cores");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(stepTime, "stepTime");
    }

    public boolean separateFeedback() {
        return feedbackNetworkSeparate.value();
    }

    /** A copy under another name, for "duplicate" in the UI. */
    public ChipProfile withName(String newName, String newDisplayName) {
        return new ChipProfile(newName, newDisplayName, description, forwardWeights, feedbackWeights,
                feedbackNetworkSeparate, state, cores, energy, stepTime);
    }
}
