package io.spikeworks.model.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a {@link Lesson}.
 *
 * @param text    short Markdown (paragraphs, {@code **bold**}, {@code *italic*}, {@code `code`}, {@code - } lists)
 * @param set     project settings this step changes, by dotted path into the project file ({@code training.epochs},
 *                {@code network.layers[0].neuron.beta}), to plain JSON values, or to a whole component object
 *                ({@code "encoder": {"type": "ttfs", ...}}); applied on top of the previous step's
 * @param show    a live-view tab or view id to bring to the front, or null
 * @param hidden  inspector fields ({@code algorithm.lr}, {@code training.*}) and palette items ({@code palette.conv2d},
 *                {@code palette.*}) not shown during this step
 * @param locked  inspector fields shown but not editable during this step
 * @param prompt  a "predict, then press Step" question, or null
 */
public record LessonStep(String title, String text, Map<String, Object> set, String show, List<String> hidden,
                         List<String> locked, String prompt, StepEnd until) {
    public LessonStep {
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
        hidden = List.copyOf(hidden);
        locked = List.copyOf(locked);
        if (until == null) until = StepEnd.USER;
    }

    /** This step with another live view in front; what File ▸ Save as lesson… records. */
    public LessonStep withShow(String view) {
        return new LessonStep(title, text, set, view, hidden, locked, prompt, until);
    }
}
