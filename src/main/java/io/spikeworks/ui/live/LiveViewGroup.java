package io.spikeworks.ui.live;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The tabs of the centre area; each shows its {@link LiveViewSlot}s stacked, so related views are seen together. */
public enum LiveViewGroup {
    ACTIVITY("activity", "Activity", MaterialDesignP.PULSE),
    LEARNING("learning", "Learning", MaterialDesignS.SCHOOL_OUTLINE),
    CHIP_COST("chipCost", "Chip cost", MaterialDesignC.CHIP);

    private final String id;
    private final String title;
    private final Ikon icon;

    LiveViewGroup(String id, String title, Ikon icon) {
        this.id = id;
        this.title = title;
        this.icon = icon;
    }

    /** Tab id. */
    public String id() { return id; }
    public String title() { return title; }
    public Ikon icon() { return icon; }
}
