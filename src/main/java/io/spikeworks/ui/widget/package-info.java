/** Small building blocks shared by the shell and the live views: titled panels and their placeholders. */
package io.spikeworks.ui.widget;
