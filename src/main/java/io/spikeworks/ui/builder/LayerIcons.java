package io.spikeworks.ui.builder;

import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.Project;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The icon of each node kind on the canvas and in the palette. */
final class LayerIcons {
    private LayerIcons() {}

    static Ikon forNode(String nodeId, String layerType) {
        if (Project.INPUT_NODE.equals(nodeId)) return MaterialDesignS.SINE_WAVE;
        if (Project.READOUT_NODE.equals(nodeId)) return MaterialDesignC.CHART_BAR;
        return forType(layerType);
    }

    static Ikon forType(String layerType) {
        return switch (layerType) {
            case BuiltInComponents.DENSE -> MaterialDesignD.DOTS_GRID;
            case BuiltInComponents.CONV2D -> MaterialDesignV.VIEW_GRID_OUTLINE;
            case BuiltInComponents.MAXPOOL, BuiltInComponents.AVGPOOL -> MaterialDesignA.ARROW_COLLAPSE_ALL;
            case BuiltInComponents.FLATTEN -> MaterialDesignF.FORMAT_ALIGN_JUSTIFY;
            default -> MaterialDesignL.LAYERS_OUTLINE;
        };
    }
}
