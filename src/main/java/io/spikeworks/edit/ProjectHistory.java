package io.spikeworks.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The builder's undo stack. Each edit job is a description plus the {@link Draft} before and after it — a
 * Draft is an immutable value, so undo is putting the earlier value back and nothing can drift. Consecutive
 * edits with the same merge key (typing into one field, dragging one node) fold into one job. Dirty tracking
 * compares the current value with the one last saved, so undoing back to it makes the project clean again.
 * <p>
 * The undo stack keeps at most {@link #limit()} jobs ({@link #DEFAULT_LIMIT} unless given): past that the oldest
 * is dropped, so a long session does not hold every draft it ever had. Edits do not nest: performing, undoing or
 * redoing while an edit function or a listener of this history runs throws {@link IllegalStateException} — the
 * inner edit would otherwise be recorded first and then overwritten by the outer one, computed from the old draft.
 * Not thread-safe: use it from one thread (the FX thread in the app).
 */
public final class ProjectHistory {

    /** One undoable step. */
    public record Edit(String description, Draft before, Draft after, String mergeKey) {
        public Edit {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** How many undo steps are kept unless the constructor is given another number. */
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Draft current;
    private Draft saved;
    private boolean sealed = true;
    /** What is running now (edit "…", undo, redo or start over), or null; refuses nested edits. */
    private String running;

    public ProjectHistory(Draft initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** @param limit the most undo steps kept; the oldest goes when one more is recorded */
    public ProjectHistory(Draft initial, int limit) {
        if (limit < 1) throw new IllegalArgumentException("an undo history keeps at least 1 step, got " + limit);
        this.limit = limit;
        current = Objects.requireNonNull(initial, "initial");
        saved = initial;
    }

    /** The most undo steps kept. */
    public int limit() {
        return limit;
    }

    public Draft current() {
        return current;
    }

    /** Applies an edit; returns false (and records nothing) when it changes nothing. */
    public boolean perform(String description, UnaryOperator<Draft> edit) {
        return perform(description, null, edit);
    }

    /**
     * Applies an edit. If {@code mergeKey} is non-null and equals the previous edit's key (with nothing undone in
     * between and no {@link #seal()} since), the two become one job.
     */
    public boolean perform(String description, String mergeKey, UnaryOperator<Draft> edit) {
        enter("edit \"" + description + "\"");
        try {
            Draft after = Objects.requireNonNull(edit.apply(current), "edit result");
            if (after.equals(current)) return false;
            Edit top = undo.peek();
            if (mergeKey != null && !sealed && top != null && mergeKey.equals(top.mergeKey()) && redo.isEmpty()) {
                undo.pop();
                if (!after.equals(top.before())) undo.push(new Edit(description, top.before(), after, mergeKey));
            } else {
                push(new Edit(description, current, after, mergeKey));
            }
            redo.clear();
            current = after;
            sealed = mergeKey == null;
            fire();
            return true;
        } finally {
            running = null;
        }
    }

    /** Records a job on the undo stack, dropping the oldest past the limit. */
    private void push(Edit e) {
        undo.push(e);
        while (undo.size() > limit) undo.removeLast();
    }

    /** Marks an edit as running, or refuses it when another one is. */
    private void enter(String what) {
        if (running != null)
            throw new IllegalStateException("cannot " + what + " while " + running + " is still running: edits do not nest");
        running = what;
    }

    /** Ends merging: the next edit starts a new job even with the same key (e.g. the field lost focus). */
    public void seal() {
        sealed = true;
    }

    public boolean undo() {
        enter("undo");
        try {
            Edit e = undo.poll();
            if (e == null) return false;
            redo.push(e);
            current = e.before();
            sealed = true;
            fire();
            return true;
        } finally {
            running = null;
        }
    }

    public boolean redo() {
        enter("redo");
        try {
            Edit e = redo.poll();
            if (e == null) return false;
            push(e);
            current = e.after();
            sealed = true;
            fire();
            return true;
        } finally {
            running = null;
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    public int undoDepth() {
        return undo.size();
    }

    public int redoDepth() {
        return redo.size();
    }

    /** The undo stack, newest first; for tests and an edit-history view. */
    public List<Edit> edits() {
        return new ArrayList<>(undo);
    }

    /** Starts over with a new document (New, Open): no history, clean. */
    public void reset(Draft d) {
        enter("start over");
        try {
            undo.clear();
            redo.clear();
            current = Objects.requireNonNull(d);
            saved = d;
            sealed = true;
            fire();
        } finally {
            running = null;
        }
    }

    /** The current value is what is on disk now. */
    public void markSaved() {
        saved = current;
        fire();
    }

    /** Forget what was saved: the project counts as changed (e.g. restored from a recovery file). */
    public void markUnsaved() {
        saved = null;
        fire();
    }

    public boolean isDirty() {
        return !current.equals(saved);
    }

    /** Called after every change of {@link #current()}, undo/redo state or dirtiness. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable r : listeners) r.run();
    }
}
