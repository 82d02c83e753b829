package io.spikeworks.ui.live;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One live view of the dashboard: where its card sits ({@link LiveViewSlot}: id, title, default tab), when a run
 * offers what it shows, and how its {@link LiveCard} is made.
 *
 * @param slot        the card's place
 * @param offeredWhen whether a run with these capabilities has anything for the view; its card is hidden otherwise
 * @param card        makes the card, once per dashboard
 */
public record LiveViewRegistration(LiveViewSlot slot, Predicate<Set<LiveCapability>> offeredWhen,
                                   Function<LiveCardContext, LiveCard> card) {
    public LiveViewRegistration {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(offeredWhen, "offeredWhen");
        Objects.requireNonNull(card, "card");
    }

    /** A view every run feeds. */
    public static LiveViewRegistration always(LiveViewSlot slot, Function<LiveCardContext, LiveCard> card) {
        return new LiveViewRegistration(slot, capabilities -> true, card);
    }

    /** A view shown only for runs that offer {@code capability}. */
    public static LiveViewRegistration requires(LiveCapability capability, LiveViewSlot slot,
                                                Function<LiveCardContext, LiveCard> card) {
        Objects.requireNonNull(capability, "capability");
        return new LiveViewRegistration(slot, capabilities -> capabilities.contains(capability), card);
    }

    /** Whether a run offering {@code capabilities} shows this view. */
    public boolean offeredBy(Set<LiveCapability> capabilities) {
        return offeredWhen.test(capabilities);
    }
}
