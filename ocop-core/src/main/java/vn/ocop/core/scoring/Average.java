package vn.ocop.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import vn.ocop.core.Check;

/**
 * The council's average total score (tổng điểm trung bình), kept exact as a sum and a count so
 * that comparisons with band limits never suffer from rounding: 3 members at 70, 70 and 69 give
 * 209/3, which is below 70 however many decimals a display shows. Rounding happens only when a
 * rulebook says so ({@link #rounded(int)}).
 */
public final class Average implements Comparable<Average> {
    /** Fixed-point scale of the fast path: averages of totals with at most 4 decimals compare in longs. */
    public static final int UNIT_DECIMALS = 4;
    private static final long NO_UNITS = Long.MIN_VALUE;

    /** The exact sum, or null until asked for when {@link #sumUnits} holds it. */
    private BigDecimal sum;
    private final int count;
    /** The sum in units of 10^-4 when exact and small enough, else {@link #NO_UNITS}. */
    private final long sumUnits;

    private Average(BigDecimal sum, long sumUnits, int count) {
        this.sum = sum;
        this.count = count;
        this.sumUnits = sumUnits;
    }

    private Average(BigDecimal sum, int count) {
        this(sum, units(sum), count);
    }

    /**
     * A value in units of 10^-4 ({@code 62.5 → 625000}), or {@link Long#MIN_VALUE} when it has more than 4
     * decimals or is too large for exact long arithmetic with any council size.
     *
     * <p>Exact without allocating: a value with at most 4 decimals and at most 10^9 in size is
     * {@code n / 10^s}; its double is within 2^-53 of it relatively, so {@code value × 10^4}, an
     * integer of at most 10^13, comes out within 0.003 of that integer, and rounding recovers it.
     */
    public static long units(BigDecimal value) {
        if (value.scale() > UNIT_DECIMALS) {
            return NO_UNITS;
        }
        double d = value.doubleValue();
        if (!(Math.abs(d) <= 1e9)) {
            return NO_UNITS;
        }
        return Math.round(d * 10_000);
    }

    /** The average of the given member totals; at least one is needed. */
    public static Average of(List<BigDecimal> totals) {
        Check.notNull(totals, "totals");
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("an average needs at least one member total, but none was given");
        }
        long units = 0;
        for (BigDecimal t : totals) {
            long u = units(t);
            if (u == NO_UNITS || totals.size() > 100_000) {
                units = NO_UNITS;
                break;
            }
            units += u;
        }
        if (units != NO_UNITS) {
            return new Average(null, units, totals.size());
        }
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal t : totals) {
            s = s.add(t);
        }
        return new Average(s, NO_UNITS, totals.size());
    }

    /** A single exact value (e.g. a total already averaged elsewhere). */
    public static Average of(BigDecimal value) {
        return new Average(value, 1);
    }

    public static Average of(double value) {
        return of(BigDecimal.valueOf(value));
    }

    /** The sum of the member totals (trailing zeros stripped when it was added up in units). */
    public BigDecimal sum() {
        BigDecimal s = sum;
        if (s == null) {
            s = BigDecimal.valueOf(sumUnits, UNIT_DECIMALS).stripTrailingZeros();
            if (s.scale() < 0) {
                s = s.setScale(0);
            }
            sum = s;
        }
        return s;
    }

    /** The number of member totals. */
    public int count() {
        return count;
    }

    /** True when this average is at least {@code limit}, compared exactly. */
    public boolean atLeast(BigDecimal limit) {
        long limitUnits = units(limit);
        if (sumUnits != NO_UNITS && limitUnits != NO_UNITS) {
            return sumUnits >= limitUnits * count;
        }
        return sum().compareTo(limit.multiply(BigDecimal.valueOf(count))) >= 0;
    }

    /**
     * True when this average is at least a limit given in units of 10^-4 (see {@link #units(BigDecimal)}),
     * compared exactly; the allocation-free form used for band limits.
     */
    public boolean atLeastUnits(long limitUnits, BigDecimal limit) {
        if (sumUnits != NO_UNITS && limitUnits != NO_UNITS) {
            return sumUnits >= limitUnits * count;
        }
        return atLeast(limit);
    }

    /** True when this average is strictly below {@code limit}, compared exactly. */
    public boolean below(BigDecimal limit) {
        return !atLeast(limit);
    }

    /** {@code limit − average}, rounded up to 2 decimals (what is still needed to reach the limit). */
    public BigDecimal shortOf(BigDecimal limit) {
        BigDecimal gap = limit.multiply(BigDecimal.valueOf(count)).subtract(sum())
                .divide(BigDecimal.valueOf(count), 2, RoundingMode.CEILING);
        return gap.signum() < 0 ? BigDecimal.ZERO.setScale(2) : gap;
    }

    /** The average rounded half-up to {@code decimals} places. */
    public Average rounded(int decimals) {
        return of(sum().divide(BigDecimal.valueOf(count), decimals, RoundingMode.HALF_UP));
    }

    /** The value for display, to 2 decimals (half-up); never use it for comparisons. */
    public BigDecimal display() {
        BigDecimal d = sum().divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** An approximation, for statistics and charts only. */
    public double toDouble() {
        return sum().divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Average o) {
        if (sumUnits != NO_UNITS && o.sumUnits != NO_UNITS && count <= 1000 && o.count <= 1000
                && Math.abs(sumUnits) <= 1_000_000_000_000_000L && Math.abs(o.sumUnits) <= 1_000_000_000_000_000L) {
            return Long.compare(sumUnits * o.count, o.sumUnits * count);
        }
        return sum().multiply(BigDecimal.valueOf(o.count)).compareTo(o.sum().multiply(BigDecimal.valueOf(count)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Average a && compareTo(a) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(toDouble());
    }

    /** Exact when it terminates within 4 decimals, e.g. {@code 62.5}; otherwise {@code 209/3 ≈ 69.67}. */
    @Override
    public String toString() {
        BigDecimal c = BigDecimal.valueOf(count);
        BigDecimal q = sum().divide(c, 4, RoundingMode.DOWN);
        if (q.multiply(c).compareTo(sum()) == 0) {
            BigDecimal s = q.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        return sum().stripTrailingZeros().toPlainString() + "/" + count + " ≈ " + display().toPlainString();
    }
}
