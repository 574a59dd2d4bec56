package vn.ocop.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.ProductSet;
import vn.ocop.core.rulebook.LoadedSheet;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebooks;

/**
 * The data side of a rule base: the rulebooks, their criteria sheets, and the optional rule
 * sets switched on. Immutable.
 *
 * @param rulebooks the periods
 * @param sheets    rulebook id → product set → sheet
 * @param ruleSets  optional rule sets switched on (e.g. {@code provincial-practice-148})
 */
public record RuleData(Rulebooks rulebooks, Map<String, Map<ProductSet, LoadedSheet>> sheets, Set<String> ruleSets) {

    /** The optional rule set of revocation grounds used in provincial practice under 148. */
    public static final String PRACTICE_148 = "provincial-practice-148";

    public RuleData {
        ImmutableMap.Builder<String, Map<ProductSet, LoadedSheet>> b = ImmutableMap.builder();
        sheets.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
        sheets = b.build();
        ruleSets = ImmutableSet.copyOf(ruleSets);
    }

    /** The sheet of a product set under a rulebook, when the rulebook has sheets. */
    public Optional<LoadedSheet> sheet(Rulebook rulebook, ProductSet set) {
        Map<ProductSet, LoadedSheet> m = sheets.get(rulebook.id());
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(set));
    }

    public boolean practice148() {
        return ruleSets.contains(PRACTICE_148);
    }
}
