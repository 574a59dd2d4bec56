package vn.ocop.examples.bench;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.LegalBasis;
import vn.ocop.rules.Reason;
import vn.ocop.rules.internal.Explained;
import vn.ocop.rules.internal.RuleMeta;

/**
 * One DRL rule as the plain-Java baseline fires it: its metadata (read from the DRL file, see
 * {@link PlainRuleCatalog}) and the names of the variables its pattern binds, in the order the
 * baseline passes their values. {@link #explain} makes the same {@link Reason} that
 * {@code vn.ocop.rules.internal.ReasonListener} makes when the rule fires in Drools: the same id,
 * topic, citations (the {@code @basis} variables' values first, then the literal citations),
 * assumptions, templates and template arguments (a bound value first, then the fact's own message
 * values).
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
        List<LegalBasis> bases;
        if (basisIndex.length == 0) {
            bases = meta.literal();
        } else {
            bases = new ArrayList<>(meta.literal().size() + basisIndex.length);
            for (int v = 0; v < basisIndex.length; v++) {
                Object value = basisIndex[v] < 0 ? null : values[basisIndex[v]];
                if (value instanceof LegalBasis b) {
                    bases.add(b);
                } else if (value instanceof Collection<?> c) {
                    for (Object o : c) {
                        bases.add((LegalBasis) o);
                    }
                } else if (value instanceof Optional<?> o && o.isPresent()) {
                    bases.add((LegalBasis) o.get());
                } else if (value != null && !(value instanceof Optional<?>)) {
                    throw new IllegalStateException("rule " + meta.id() + ": @basis variable "
                            + meta.variables().get(v) + " holds " + value.getClass().getSimpleName()
                            + ", not a LegalBasis");
                }
            }
            bases.addAll(meta.literal());
        }
        target.explain(new Reason(meta.id(), meta.topic(), bases, meta.assumptions(), meta.vi(), meta.en(),
                new PlainArgs(ids, values, target.messageValues())));
    }

    /**
     * A rule's bound values as a read-only map for message templates, like the listener's: {@code name}
     * finds the value bound to {@code $name}, then the fact's own message values.
     */
    private static final class PlainArgs extends AbstractMap<String, Object> {
        private final String[] ids;
        private final Object[] values;
        private final Map<String, Object> context;

        PlainArgs(String[] ids, Object[] values, Map<String, Object> context) {
            this.ids = ids;
            this.values = values;
            this.context = context;
        }

        @Override
        public Object get(Object key) {
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i];
                if (id.length() == ((String) key).length() + 1 && id.endsWith((String) key) && id.charAt(0) == '$') {
                    return values[i];
                }
            }
            return context.get(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>(context);
            for (int i = 0; i < ids.length; i++) {
                all.put(ids[i].startsWith("$") ? ids[i].substring(1) : ids[i], values[i]);
            }
            return all.entrySet();
        }
    }
}
