/**
 * Guided lessons: a project and ordered steps that change it, show views and hide or lock controls, each step
 * ending on the user's Next, a number of training batches or a reached score; and the lesson file format
 * ({@code spikeworks-lesson}), read with the same strictness and messages as project files.
 */
package io.spikeworks.model.lesson;
