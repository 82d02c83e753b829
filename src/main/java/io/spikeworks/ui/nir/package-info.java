/**
 * File ▸ Import NIR… and Export NIR…: a preview of what an import reads and derives (with the choice of dt) before it
 * replaces the project, and the list of what an export cannot keep before it writes.
 */
package io.spikeworks.ui.nir;
