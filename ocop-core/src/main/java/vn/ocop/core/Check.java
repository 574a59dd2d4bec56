package vn.ocop.core;

import java.util.Collection;
import java.util.Objects;

/**
 * Argument checks used by the model's constructors. Messages name the field and the bad
 * value, e.g. {@code "stars must be between 3 and 5, but was 7"}.
 */
public final class Check {
    private Check() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, but was missing");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was "
                    + (value == null ? "missing" : "'" + value + "'"));
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + ", but was " + value);
        }
        return value;
    }

    public static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", but was " + value);
        }
        return value;
    }

    public static <C extends Collection<?>> C noNulls(C values, String field) {
        Objects.requireNonNull(values, field);
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return values;
    }
}
