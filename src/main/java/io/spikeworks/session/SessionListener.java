package io.spikeworks.session;

/**
 * Told of every change of a session's status. Called on whichever thread made the change — usually the training
 * worker — so it must return quickly and hand anything for the UI to the UI's own thread.
 */
@FunctionalInterface
public interface SessionListener {
    void statusChanged(SessionStatus status);
}
