/**
 * Guided lessons: {@link io.spikeworks.ui.lesson.LessonPlayer} steps through a
 * {@link io.spikeworks.model.lesson.Lesson} (settings, views, hidden and locked controls, when a step ends) without
 * nodes; {@link io.spikeworks.ui.lesson.LessonBar} is its view above the live views; {@link io.spikeworks.ui.lesson.LessonSetup} wires both into the window, the
 * builder, the start page and the Run controller.
 */
package io.spikeworks.ui.lesson;
