package io.spikeworks.ui.live;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the dashboard hands a card it creates: the status line, the source bound now, and the cards created before
 * it (in registration order), for views that work together, such as the raster whose clicks pick the traced neurons.
 */
public final class LiveCardContext {
    private final Consumer<String> status;
    private final Supplier<LiveSource> source;
    private final Function<Class<?>, Optional<LiveCard>> earlier;

    public LiveCardContext(Consumer<String> status, Supplier<LiveSource> source, Function<Class<?>, Optional<LiveCard>> earlier) {
        this.status = Objects.requireNonNull(status, "status");
        this.source = Objects.requireNonNull(source, "source");
        this.earlier = Objects.requireNonNull(earlier, "earlier");
    }

    /** Shows a one-line message on the status bar. */
    public void status(String message) {
        status.accept(message);
    }

    public Consumer<String> statusLine() {
        return status;
    }

    /** The source bound now, or null when none is. */
    public LiveSource source() {
        return source.get();
    }

    /** A card registered before this one, by its class. */
    public <C extends LiveCard> Optional<C> card(Class<C> type) {
        return earlier.apply(type).map(type::cast);
    }
}
