package io.spikeworks.learn.sweep;

import io.spikeworks.model.Project;

/**
 * One training run of a sweep: a base project (one per coding) with its algorithm replaced.
 *
 * @param coding  the coding's name in the sweep file ("rate", "ttfs")
 * @param label   unique, readable: "rate fbp phi=100 transport=round-robin fraction=0.01"
 */
public record SweepEntry(String coding, String label, Project project) {
    /** The label as a folder name: letters, digits, '.', '-' and '=' only. */
    public String folderName() {
        return label.replace(' ', '_').replaceAll("[^A-Za-z0-9._=-]", "-");
    }
}
