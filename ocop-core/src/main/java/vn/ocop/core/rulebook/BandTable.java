package vn.ocop.core.rulebook;

import java.math.BigDecimal;
import vn.ocop.core.scoring.Average;

/**
 * A rulebook's star bands prepared for fast, exact lookups (no allocation per lookup when the
 * totals have at most 4 decimals). Build one per rulebook and keep it; immutable.
 */
public final class BandTable {
    private final Rulebook.Rounding rounding;
    private final BigDecimal[] from = new BigDecimal[6];
    private final long[] units = new long[6];

    private BandTable(Rulebook rulebook) {
        this.rounding = rulebook.scoring().rounding();
        for (int s = 1; s <= 5; s++) {
            from[s] = rulebook.scoring().bands().get(s).from();
            units[s] = Average.units(from[s]);
        }
    }

    /** The table of a rulebook. */
    public static BandTable of(Rulebook rulebook) {
        return new BandTable(rulebook);
    }

    /** The star band an exact average falls in (1 to 5), after the rulebook's rounding if any. */
    public int starsFor(Average average) {
        Average a = rounding.apply(average);
        for (int s = 5; s >= 2; s--) {
            if (a.atLeastUnits(units[s], from[s])) {
                return s;
            }
        }
        return 1;
    }
}
