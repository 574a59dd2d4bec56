package vn.ocop.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.ProductSet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.BandTable;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.LoadedSheet;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebooks;

/**
 * The data side of a rule base: the rulebooks, their criteria sheets, and the optional rule
 * sets switched on. Immutable.
 */
public final class RuleData {
    /** The optional rule set of revocation grounds used in provincial practice before 26/2026. */
    public static final String PRACTICE_148 = "provincial-practice-148";
    /** The optional rule set of Quảng Ngãi's own conditions (traceability codes, reporting deadlines). */
    public static final String QUANG_NGAI = "province-quang-ngai";
    /** Every optional rule set, in the order documented. */
    public static final java.util.List<String> RULE_SETS = java.util.List.of(PRACTICE_148, QUANG_NGAI);

    private final Rulebooks rulebooks;
    private final Map<String, Map<ProductSet, LoadedSheet>> sheets;
    private final Set<String> ruleSets;
    private final Map<String, BandTable> bands;
    private final boolean practice148;
    /** Each sheet's citation, and the citation of its knock-out list, parsed once (keyed by identity). */
    private final Map<CriteriaSheet, LegalBasis[]> sheetBases = new IdentityHashMap<>();

    /**
     * @param rulebooks the periods
     * @param sheets    rulebook id → product set → sheet
     * @param ruleSets  optional rule sets switched on (e.g. {@code provincial-practice-148})
     */
    public RuleData(Rulebooks rulebooks, Map<String, Map<ProductSet, LoadedSheet>> sheets, Set<String> ruleSets) {
        this.rulebooks = rulebooks;
        ImmutableMap.Builder<String, Map<ProductSet, LoadedSheet>> b = ImmutableMap.builder();
        sheets.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
        this.sheets = b.build();
        this.ruleSets = ImmutableSet.copyOf(ruleSets);
        ImmutableMap.Builder<String, BandTable> t = ImmutableMap.builder();
        for (LoadedRulebook r : rulebooks.all()) {
            t.put(r.id(), BandTable.of(r.rulebook()));
        }
        this.bands = t.build();
        this.practice148 = this.ruleSets.contains(PRACTICE_148);
        for (Map<ProductSet, LoadedSheet> m : this.sheets.values()) {
            for (LoadedSheet l : m.values()) {
                String document = l.sheet().source().document();
                sheetBases.put(l.sheet(), new LegalBasis[] {LegalBasis.parse(document),
                    LegalBasis.parse(document + " (Hồ sơ bị loại khi …)")});
            }
        }
    }

    /** A sheet's own citation (Phụ lục II, bộ sản phẩm N). */
    public LegalBasis sheetBasis(CriteriaSheet sheet) {
        LegalBasis[] b = sheetBases.get(sheet);
        return b != null ? b[0] : LegalBasis.parse(sheet.source().document());
    }

    /** The citation of a sheet's knock-out conditions ("Hồ sơ bị loại khi …"). */
    public LegalBasis knockOutBasis(CriteriaSheet sheet) {
        LegalBasis[] b = sheetBases.get(sheet);
        return b != null ? b[1] : LegalBasis.parse(sheet.source().document() + " (Hồ sơ bị loại khi …)");
    }

    public Rulebooks rulebooks() {
        return rulebooks;
    }

    /** Rulebook id → product set → sheet. */
    public Map<String, Map<ProductSet, LoadedSheet>> sheets() {
        return sheets;
    }

    public Set<String> ruleSets() {
        return ruleSets;
    }

    /** The sheet of a product set under a rulebook, when the rulebook has sheets. */
    public Optional<LoadedSheet> sheet(Rulebook rulebook, ProductSet set) {
        Map<ProductSet, LoadedSheet> m = sheets.get(rulebook.id());
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(set));
    }

    /** The band table of one of these rulebooks, built once. */
    public BandTable bands(Rulebook rulebook) {
        BandTable t = bands.get(rulebook.id());
        return t != null ? t : BandTable.of(rulebook);
    }

    /** Quảng Ngãi's rule set is switched on. */
    public boolean quangNgai() {
        return ruleSets.contains(QUANG_NGAI);
    }

    public boolean practice148() {
        return practice148;
    }
}
