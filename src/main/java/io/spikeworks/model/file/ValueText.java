package io.spikeworks.model.file;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How values appear inside error messages and range hints: short, and the way a user would type them. */
public final class ValueText {
    private ValueText() {}

    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e15) return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return Double.toString(value);
    }

    public static String of(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return "'" + s + "'";
        if (value instanceof Double || value instanceof Float) return number(((Number) value).doubleValue());
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        if (value instanceof Map<?, ?>) return "an object";
        if (value instanceof List<?>) return "a list";
        return value.toString();
    }
}
