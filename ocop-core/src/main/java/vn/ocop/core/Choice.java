package vn.ocop.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * What a council member marked on one criterion: an option of the sheet (by its id, {@code "c"})
 * or, for a criterion without tick boxes or when only points were recorded, the points. In JSON
 * and YAML a choice is written as a string (the option id) or an integer (the points).
 */
public final class Choice {
    private final String option;
    private final int points;

    private Choice(String option, int points) {
        this.option = option;
        this.points = points;
    }

    /** The option with the given id ({@code "a"}, {@code "b"} …). */
    @JsonCreator
    public static Choice option(String optionId) {
        Check.notBlank(optionId, "choice option");
        return new Choice(optionId.trim(), -1);
    }

    /** The given number of points on a criterion. */
    @JsonCreator
    public static Choice points(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("choice points must be at least 0, but was " + points);
        }
        return new Choice(null, points);
    }

    /** The chosen option id, when an option was chosen. */
    public Optional<String> optionId() {
        return Optional.ofNullable(option);
    }

    /** The points given directly, when no option was named. */
    public Optional<Integer> givenPoints() {
        return option == null ? Optional.of(points) : Optional.empty();
    }

    @JsonValue
    Object json() {
        return option != null ? option : Integer.valueOf(points);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && c.points == points && java.util.Objects.equals(c.option, option);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(option, points);
    }

    @Override
    public String toString() {
        return option != null ? option : points + " pts";
    }
}
