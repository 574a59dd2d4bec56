package vn.ocop.rules.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import vn.ocop.core.LegalBasis;
import vn.ocop.rules.Reason;

/**
 * Turns every rule firing into a {@link Reason} on the decision it feeds, from the rule's
 * metadata (see {@link RuleMeta}) and the values it bound. This is the only place reasons are
 * made: no rule writes its own citation by hand.
 */
public final class ReasonListener extends DefaultAgendaEventListener {
    private final Map<Rule, RuleMeta> metas;
    private final Consumer<String> firedRuleIds;
    private final Map<Rule, String[]> declarations;

    /**
     * @param metas        the metadata of every rule of the rule base, read once when it was built
     * @param declarations a cache of each rule's declaration ids, shared by the listeners of one rule base
     * @param firedRuleIds told the id of every rule that fires (for coverage); may be null
     */
    public ReasonListener(Map<Rule, RuleMeta> metas, Map<Rule, String[]> declarations,
            Consumer<String> firedRuleIds) {
        this.metas = metas;
        this.declarations = declarations;
        this.firedRuleIds = firedRuleIds;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Rule rule = match.getRule();
        RuleMeta meta = metas.get(rule);
        if (meta == null) {
            meta = RuleMeta.of(rule.getName(), rule.getPackageName(), rule.getMetaData());
        }
        Explained target = target(match, rule);
        String[] ids = declarations.computeIfAbsent(rule, r -> match.getDeclarationIds().toArray(new String[0]));
        Object[] values = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = match.getDeclarationValue(ids[i]);
        }
        List<LegalBasis> bases;
        if (meta.variables().isEmpty()) {
            bases = meta.literal();
        } else {
            bases = new ArrayList<>(meta.literal().size() + meta.variables().size() + 1);
            for (String v : meta.variables()) {
                Object value = valueOf(ids, values, v);
                if (value instanceof LegalBasis b) {
                    bases.add(b);
                } else if (value instanceof Collection<?> c) {
                    for (Object o : c) {
                        bases.add((LegalBasis) o);
                    }
                } else if (value instanceof java.util.Optional<?> o && o.isPresent()) {
                    bases.add((LegalBasis) o.get());
                } else if (value != null && !(value instanceof java.util.Optional<?>)) {
                    throw new IllegalStateException("rule '" + rule.getName() + "': @basis variable " + v
                            + " holds " + value.getClass().getSimpleName() + ", not a LegalBasis");
                }
            }
            bases.addAll(meta.literal());
            bases = java.util.Collections.unmodifiableList(bases);
        }
        target.explain(new Reason(meta.id(), meta.topic(), bases, meta.assumptions(), meta.vi(), meta.en(),
                new Args(ids, values, target.messageValues())));
        if (firedRuleIds != null) {
            firedRuleIds.accept(meta.id());
        }
    }

    /**
     * The fact the reason belongs to: every rule here matches one fact (no joins), so it is the
     * tuple's own fact; read from the tuple to avoid building the match's list of objects.
     */
    private static Explained target(Match match, Rule rule) {
        Object first = null;
        if (match instanceof org.drools.core.rule.consequence.InternalMatch im && im.getTuple() != null
                && im.getTuple().getFactHandle() != null) {
            first = im.getTuple().getFactHandle().getObject();
        }
        if (!(first instanceof Explained)) {
            List<Object> objects = match.getObjects();
            first = objects.isEmpty() ? null : objects.get(0);
        }
        if (first instanceof Explained e) {
            return e;
        }
        throw new IllegalStateException("rule '" + rule.getName() + "' must match an explained fact first, but "
                + "matched " + (first == null ? "nothing" : first.getClass().getName()));
    }

    private static Object valueOf(String[] ids, Object[] values, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * A rule's bound values as a read-only map for message templates: {@code name} finds the value
     * bound to {@code $name}, then the fact's own message values. Two arrays and no hashing per
     * firing; the map is only read when a message is first formatted.
     */
    private static final class Args extends AbstractMap<String, Object> {
        private final String[] ids;
        private final Object[] values;
        private final Map<String, Object> context;

        Args(String[] ids, Object[] values, Map<String, Object> context) {
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

    /** Reads every rule's metadata; fails on the first rule without @id, @basis, @vi or @en. */
    public static Map<Rule, RuleMeta> readAll(Collection<org.kie.api.definition.KiePackage> packages) {
        Map<Rule, RuleMeta> out = new ConcurrentHashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (org.kie.api.definition.KiePackage p : packages) {
            for (Rule r : p.getRules()) {
                RuleMeta m = RuleMeta.of(r.getName(), r.getPackageName(), r.getMetaData());
                String other = ids.put(m.id(), r.getName());
                if (other != null && !other.equals(r.getName())) {
                    throw new IllegalStateException("rules '" + other + "' and '" + r.getName()
                            + "' have the same @id " + m.id());
                }
                out.put(r, m);
            }
        }
        return out;
    }
}
