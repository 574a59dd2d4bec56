package vn.ocop.examples.bench;

import vn.ocop.rules.Reason;
import vn.ocop.rules.internal.Explained;
import vn.ocop.rules.internal.ReasonListener;
import vn.ocop.rules.internal.RuleMeta;

/**
 * One DRL rule as the plain-Java baseline fires it: its metadata (read from the DRL file, see
 * {@link PlainRuleCatalog}) and the names of the variables its pattern binds, in the order the
 * baseline passes their values. {@link #explain} makes its {@link Reason} with
 * {@link ReasonListener#reason}, as the listener does when the rule fires in Drools: the same id,
 * topic, citations (the {@code @basis} variables' values first, then the literal citations),
 * assumptions, templates and template arguments. The decisions themselves are the baseline's own.
 */
final class PlainRule {
    private final RuleMeta meta;
    private final String[] ids;
    /** For each {@code @basis} variable, its index in {@link #ids}, or -1 when the rule binds no such variable. */
    private final int[] basisIndex;

    PlainRule(RuleMeta meta, String... ids) {
        this.meta = meta;
        this.ids = ids.clone();
        this.basisIndex = new int[meta.variables().size()];
        for (int v = 0; v < basisIndex.length; v++) {
            basisIndex[v] = -1;
            for (int i = 0; i < ids.length; i++) {
                if (ids[i].equals(meta.variables().get(v))) {
                    basisIndex[v] = i;
                }
            }
        }
    }

    String id() {
        return meta.id();
    }

    RuleMeta meta() {
        return meta;
    }

    /**
     * Records the firing on {@code target} (the rule's first pattern's fact, as the listener does).
     *
     * @param values the values bound to the rule's variables, in the order of the ids given at construction
     */
    void explain(Explained target, Object... values) {
        if (values.length != ids.length) {
            throw new IllegalArgumentException("rule " + meta.id() + " binds " + ids.length + " variables, but "
                    + values.length + " values were given");
        }
        target.explain(ReasonListener.reason(meta, ids, values, basisIndex, target));
    }
}
