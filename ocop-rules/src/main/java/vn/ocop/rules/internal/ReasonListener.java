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
import org.drools.base.reteoo.BaseTuple;
import org.drools.base.rule.Declaration;
import org.drools.core.reteoo.RuleTerminalNodeLeftTuple;
import org.drools.core.reteoo.TerminalNode;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import vn.ocop.core.InvalidInputException;
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
    /** What each rule binds, by terminal node; one listener serves every session of a rule base. */
    private final Map<Object, Bound> bound = new ConcurrentHashMap<>();

    /**
     * @param metas        the metadata of every rule of the rule base, read once when it was built
     * @param firedRuleIds told the id of every rule that fires (for coverage); may be null
     */
    public ReasonListener(Map<Rule, RuleMeta> metas, Consumer<String> firedRuleIds) {
        this.metas = metas;
        this.firedRuleIds = firedRuleIds;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Bound bound = bound(match);
        RuleMeta meta = bound.meta;
        Explained target = target(match, bound);
        target.explain(reason(meta, bound.ids, bound.values(match), bound.basisIndex, target));
        if (firedRuleIds != null) {
            firedRuleIds.accept(meta.id());
        }
    }

    /**
     * The reason of one firing: the rule's citations (its literal ones, after those held by the
     * {@code @basis} variables) and its message templates with the values bound.
     *
     * @param ids        the bound variables a reason uses ({@code $name})
     * @param values     their values, in the order of {@code ids}
     * @param basisIndex for each {@code @basis} variable of {@code meta}, its index in {@code ids}, or -1
     * @param target     the fact the reason belongs to (for its message values)
     */
    public static Reason reason(RuleMeta meta, String[] ids, Object[] values, int[] basisIndex, Explained target) {
        List<LegalBasis> bases;
        if (basisIndex.length == 0) {
            bases = meta.literal();
        } else {
            bases = new ArrayList<>(meta.literal().size() + basisIndex.length + 1);
            for (int k = 0; k < basisIndex.length; k++) {
                int i = basisIndex[k];
                Object value = i < 0 ? null : values[i];
                if (value instanceof LegalBasis b) {
                    bases.add(b);
                } else if (value instanceof Collection<?> c) {
                    for (Object o : c) {
                        bases.add((LegalBasis) o);
                    }
                } else if (value instanceof java.util.Optional<?> o && o.isPresent()) {
                    bases.add((LegalBasis) o.get());
                } else if (value != null && !(value instanceof java.util.Optional<?>)) {
                    throw new IllegalStateException("rule " + meta.id() + ": @basis variable "
                            + meta.variables().get(k) + " holds " + value.getClass().getSimpleName()
                            + ", not a LegalBasis");
                }
            }
            bases.addAll(meta.literal());
        }
        return new Reason(meta.id(), meta.topic(), bases, meta.assumptions(), meta.vi(), meta.en(),
                new Args(ids, values, target));
    }

    /**
     * What a rule binds, worked out on its first firing and kept per terminal node: its metadata,
     * its declarations (read straight from the tuple, without looking them up by name), and where
     * its {@code @basis} variables are among them.
     */
    private static final class Bound {
        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]+)}");

        final RuleMeta meta;
        final String[] ids;
        final Declaration[] declarations;
        final int[] basisIndex;

        Bound(RuleMeta meta, String[] ids, Declaration[] declarations) {
            this.meta = meta;
            this.ids = ids;
            this.declarations = declarations;
            this.basisIndex = new int[meta.variables().size()];
            for (int k = 0; k < basisIndex.length; k++) {
                basisIndex[k] = -1;
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i].equals(meta.variables().get(k))) {
                        basisIndex[k] = i;
                    }
                }
            }
        }

        /**
         * Only the declarations a reason uses: those its {@code @basis} names and those its message
         * templates refer to ({@code {name}} for {@code $name}); the others are not read.
         */
        static Bound of(RuleMeta meta, String[] allIds, Declaration[] allDeclarations) {
            java.util.Set<String> used = new java.util.HashSet<>(meta.variables());
            for (String template : List.of(meta.vi(), meta.en())) {
                java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    used.add("$" + m.group(1));
                }
            }
            List<String> ids = new ArrayList<>();
            List<Declaration> declarations = new ArrayList<>();
            for (int i = 0; i < allIds.length; i++) {
                if (used.contains(allIds[i])) {
                    ids.add(allIds[i]);
                    declarations.add(allDeclarations == null ? null : allDeclarations[i]);
                }
            }
            return new Bound(meta, ids.toArray(new String[0]),
                    allDeclarations == null ? null : declarations.toArray(new Declaration[0]));
        }

        Object[] values(Match match) {
            Object[] values = new Object[ids.length];
            if (declarations != null) {
                BaseTuple tuple = (BaseTuple) ((InternalMatch) match).getTuple();
                for (int i = 0; i < ids.length; i++) {
                    values[i] = declarations[i].getValue(tuple);
                }
            } else {
                for (int i = 0; i < ids.length; i++) {
                    values[i] = match.getDeclarationValue(ids[i]);
                }
            }
            return values;
        }
    }

    private Bound bound(Match match) {
        Object key = match.getRule();
        TerminalNode node = null;
        if (match instanceof InternalMatch im && im.getTuple() instanceof RuleTerminalNodeLeftTuple t) {
            node = t.getTerminalNode();
            key = node;
        }
        Bound b = bound.get(key);
        if (b == null) {
            Rule rule = match.getRule();
            RuleMeta meta = metas.get(rule);
            if (meta == null) {
                meta = RuleMeta.of(rule.getName(), rule.getPackageName(), rule.getMetaData());
            }
            String[] ids = match.getDeclarationIds().toArray(new String[0]);
            Declaration[] declarations = null;
            if (node != null) {
                Map<String, Declaration> outer = node.getSubRule().getOuterDeclarations();
                declarations = new Declaration[ids.length];
                for (int i = 0; i < ids.length && declarations != null; i++) {
                    declarations[i] = outer.get(ids[i]);
                    if (declarations[i] == null) {
                        declarations = null;
                    }
                }
            }
            b = Bound.of(meta, ids, declarations);
            Bound other = bound.putIfAbsent(key, b);
            if (other != null) {
                b = other;
            }
        }
        return b;
    }

    /**
     * The fact the reason belongs to: every rule here matches one fact (no joins), so it is the
     * tuple's own fact; read from the tuple to avoid building the match's list of objects.
     */
    private static Explained target(Match match, Bound bound) {
        Object first = null;
        if (match instanceof InternalMatch im) {
            // the tuple holds the last pattern's fact; its parents the earlier ones: the reason goes to the
            // first explained fact the rule matched
            for (BaseTuple t = im.getTuple(); t != null; t = t.getParent()) {
                if (t.getFactHandle() != null && t.getFactHandle().getObject() instanceof Explained e) {
                    first = e;
                }
            }
        }
        if (!(first instanceof Explained)) {
            List<Object> objects = match.getObjects();
            first = objects.isEmpty() ? null : objects.get(0);
        }
        if (first instanceof Explained e) {
            return e;
        }
        throw new IllegalStateException("rule '" + match.getRule().getName() + "' must match an explained fact "
                + "first, but matched " + (first == null ? "nothing" : first.getClass().getName()));
    }

    /**
     * A rule's bound values as a read-only map for message templates: {@code name} finds the value
     * bound to {@code $name}, then the fact's own message values. Two arrays and no hashing per
     * firing; the map is only read when a message is first formatted (the fact's message values
     * are set when it is made, so reading them later gives what the rule saw).
     */
    private static final class Args extends AbstractMap<String, Object> {
        private final String[] ids;
        private final Object[] values;
        private final Explained fact;

        Args(String[] ids, Object[] values, Explained fact) {
            this.ids = ids;
            this.values = values;
            this.fact = fact;
        }

        @Override
        public Object get(Object key) {
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i];
                if (id.length() == ((String) key).length() + 1 && id.endsWith((String) key) && id.charAt(0) == '$') {
                    return values[i];
                }
            }
            return fact.messageValues().get(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>(fact.messageValues());
            for (int i = 0; i < ids.length; i++) {
                all.put(ids[i].startsWith("$") ? ids[i].substring(1) : ids[i], values[i]);
            }
            return all.entrySet();
        }
    }

    /**
     * Reads every rule's metadata and checks it: {@code @id}, {@code @basis}, {@code @vi} and
     * {@code @en} present, ids unique, every {@code $variable} of {@code @basis} bound by the
     * rule. Every problem is added to {@code problems}, at the rule's file and line when
     * {@code where} knows it; rules with a problem are left out of the result.
     *
     * @param where the DRL file and line of a rule by name, e.g. {@code rules/rating.drl:42}
     */
    public static Map<Rule, RuleMeta> readAll(Collection<org.kie.api.definition.KiePackage> packages,
            java.util.function.Function<String, InvalidInputException.Problem> where,
            List<InvalidInputException.Problem> problems) {
        Map<Rule, RuleMeta> out = new ConcurrentHashMap<>();
        Map<String, String> ids = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        packages.forEach(p -> rules.addAll(p.getRules()));
        rules.sort(java.util.Comparator.comparing((Rule r) -> where.apply(r.getName()).source())
                .thenComparingInt(r -> where.apply(r.getName()).line()).thenComparing(Rule::getName));
        for (Rule r : rules) {
            InvalidInputException.Problem at = where.apply(r.getName());
            RuleMeta m;
            try {
                m = RuleMeta.of(r.getName(), r.getPackageName(), r.getMetaData());
            } catch (IllegalStateException e) {
                problems.add(new InvalidInputException.Problem(at.source(), at.line(), at.field(), e.getMessage()));
                continue;
            }
            String other = ids.put(m.id(), r.getName());
            if (other != null && !other.equals(r.getName())) {
                problems.add(new InvalidInputException.Problem(at.source(), at.line(), at.field(), "rules '" + other
                        + "' and '" + r.getName() + "' have the same @id " + m.id(), "give each rule its own @id"));
                continue;
            }
            if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl) {
                Set<String> declared = impl.getDeclarations().keySet();
                List<String> unbound = m.variables().stream().filter(v -> !declared.contains(v)).toList();
                if (!unbound.isEmpty()) {
                    problems.add(new InvalidInputException.Problem(at.source(), at.line(), at.field(), "rule '"
                            + r.getName() + "': @basis names " + String.join(", ", unbound) + ", which the rule does "
                            + "not bind", "bind it in the rule's conditions (e.g. $basis : someBasis) or cite the "
                            + "provision directly; bound here: " + new java.util.TreeSet<>(declared)));
                    continue;
                }
            }
            out.put(r, m);
        }
        return out;
    }
}
