package io.spikeworks.ui.builder;

import io.spikeworks.model.ParamKind;

import java.math.BigDecimal;
import java.util.Optional;

/** Parameter values as text in editors, and back. */
final class Values {
    private Values() {}

    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return BigDecimal.valueOf(d).setScale(1).toPlainString();
            double m = Math.abs(d);
            if (m >= 1e-4 && m < 1e15) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return d.toString();
        }
        return v.toString();
    }

    /** Parsed value; empty text is {@code null} (unset). Empty Optional when the text is not of the kind. */
    static Optional<Object> parse(ParamKind kind, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return Optional.of(Unset.INSTANCE);
        try {
            return switch (kind) {
                case INT -> {
                    try {
                        yield Optional.of(Long.parseLong(t.replace("_", "")));
                    } catch (NumberFormatException e) {
                        double d = Double.parseDouble(t);
                        yield d == Math.rint(d) && Math.abs(d) < 9e15 ? Optional.of((long) d) : Optional.empty();
                    }
                }
                case DOUBLE -> Optional.of(Double.parseDouble(t));
                case BOOLEAN -> t.equalsIgnoreCase("true") ? Optional.of(true)
                        : t.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
                default -> Optional.of(t);
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Marker for "the field was emptied". */
    enum Unset { INSTANCE }
}
