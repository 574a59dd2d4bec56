package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.RuleBaseInfo;

/**
 * A built rule base: the compiled rules, their metadata, the rulebooks and sheets, and where
 * they came from. Immutable and safe to share between threads: each assessment runs in its own
 * short-lived session.
 */
public final class RuleBase {
    private final KieBase kieBase;
    private final Map<Rule, RuleMeta> metas;
    private final RuleData data;
    private final RuleBaseInfo info;
    private final int gapTop;
    private final ReasonListener listener;
    private final org.kie.api.runtime.KieSessionsPool pool;

    RuleBase(KieBase kieBase, Map<Rule, RuleMeta> metas, RuleData data, RuleBaseInfo info, int gapTop,
            Consumer<String> fired) {
        this.kieBase = kieBase;
        this.metas = metas;
        this.data = data;
        this.info = info;
        this.gapTop = gapTop;
        this.listener = new ReasonListener(metas, fired);
        // sessions are reset and reused instead of created for every call: a new session costs more than
        // the rules of one product
        this.pool = kieBase == null ? null : kieBase.newKieSessionsPool(4);
    }

    public RuleData data() {
        return data;
    }

    public RuleBaseInfo info() {
        return info;
    }

    /** The ids of every rule. */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        metas.values().forEach(m -> ids.add(m.id()));
        return ids;
    }

    /** The metadata of every rule. */
    public Collection<RuleMeta> rules() {
        return metas.values();
    }

    /**
     * Assesses a batch in one session: builds every product's facts, inserts them, fires the rules
     * once, gathers the assessments, and returns the session (reset) to the pool.
     */
    public List<Assessment> assess(List<ProductRecord> records, LocalDate asOf) {
        List<ProductCase> cases = new ArrayList<>(records.size());
        for (ProductRecord r : records) {
            cases.add(new ProductCase(r, asOf, data, gapTop));
        }
        fire(facts -> cases.forEach(c -> c.forEachFact(facts)));
        List<Assessment> out = new ArrayList<>(cases.size());
        for (ProductCase c : cases) {
            out.add(c.toAssessment(info));
        }
        return out;
    }

    /** Assesses the programme-level facts of a portfolio (awards, sales points, calendar) in one session. */
    public vn.ocop.rules.ProgrammeAssessment assessProgramme(vn.ocop.core.Portfolio portfolio,
            Map<String, Assessment> assessments, LocalDate asOf) {
        ProgrammeCase c = new ProgrammeCase(portfolio, assessments, asOf, data);
        fire(c::forEachFact);
        return c.toAssessment(info);
    }

    /**
     * Inserts the facts {@code insertAll} hands to its sink into a pooled session with the reason listener, fires
     * the rules once, and returns the session (reset) to the pool.
     */
    private void fire(Consumer<Consumer<Object>> insertAll) {
        KieSession session = pool.newKieSession();
        try {
            if (!session.getAgendaEventListeners().contains(listener)) {
                session.addEventListener(listener);
            }
            insertAll.accept(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
