package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.ocop.core.CnnttbAward;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.Portfolio;
import vn.ocop.core.SalesPoint;
import vn.ocop.core.ShelfItem;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.ProgrammeAssessment;
import vn.ocop.rules.RuleBaseInfo;
import vn.ocop.rules.SalesPointStatus;
import vn.ocop.rules.ScheduledAction;
import vn.ocop.rules.ShelfStatus;

/**
 * The programme-level facts of a portfolio on a date (CNNTTB awards, sales point shelves, the
 * calendar), and the {@link ProgrammeAssessment} gathered from them once the rules have fired.
 */
public final class ProgrammeCase {
    private final LocalDate asOf;
    private final List<CnnttbFact> awards = new ArrayList<>();
    private final List<SalesPoint> points;
    private final List<List<ShelfFact>> shelves = new ArrayList<>();
    private final CalendarFact calendar;
    private final List<CalendarFact.NextRound> nextRounds = new ArrayList<>(2);

    /**
     * @param portfolio   the portfolio
     * @param assessments the assessments of the products shelved as OCOP, by product code (others may be absent)
     */
    public ProgrammeCase(Portfolio portfolio, Map<String, Assessment> assessments, LocalDate asOf, RuleData data) {
        this.asOf = asOf;
        Rulebook inForce = data.rulebooks().forDate(asOf).rulebook();
        Map<String, CnnttbAward> byNumber = new HashMap<>();
        portfolio.cnnttbAwards().forEach(a -> byNumber.put(a.number(), a));
        // every award, also those issued after the date: a shelf item may name one, and needs its fact to match;
        // the assessment lists only those issued by the date
        for (CnnttbAward a : portfolio.cnnttbAwards()) {
            awards.add(new CnnttbFact(a, a.basedOn().map(byNumber::get).orElse(null), asOf, inForce));
        }
        this.points = portfolio.salesPoints();
        for (SalesPoint p : points) {
            List<ShelfFact> shelf = new ArrayList<>(p.items().size());
            if (p.openOn(asOf)) {
                for (ShelfItem item : p.items()) {
                    LifecycleStatus current = item.productCode().map(assessments::get)
                            .flatMap(Assessment::currentCertificate).orElse(null);
                    shelf.add(new ShelfFact(p.id(), item, current, inForce));
                }
            }
            shelves.add(shelf);
        }
        this.calendar = new CalendarFact(asOf, inForce, data.quangNgai());
        if (inForce.calendar().isPresent()) {
            for (Map.Entry<EvaluationLevel, Rulebook.LevelRounds> e : inForce.calendar().get().rounds().entrySet()) {
                nextRounds.add(new CalendarFact.NextRound(asOf, inForce, e.getKey(), e.getValue()));
            }
        }
    }

    /** Every fact to insert. */
    public void forEachFact(Consumer<Object> sink) {
        awards.forEach(sink);
        shelves.forEach(s -> s.forEach(sink));
        sink.accept(calendar);
        nextRounds.forEach(sink);
    }

    public ProgrammeAssessment toAssessment(RuleBaseInfo info) {
        List<vn.ocop.rules.CnnttbStatus> c = new ArrayList<>(awards.size());
        for (CnnttbFact f : awards) {
            if (!f.getIssuedOn().isAfter(asOf)) {
                c.add(f.toStatus());
            }
        }
        List<SalesPointStatus> s = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            SalesPoint p = points.get(i);
            List<ShelfStatus> items = new ArrayList<>();
            shelves.get(i).forEach(f -> items.add(f.toStatus()));
            s.add(new SalesPointStatus(p.id(), p.name(), p.category(), p.funding(), p.supportedBy(), p.openOn(asOf),
                    items));
        }
        List<ScheduledAction> schedule = new ArrayList<>();
        nextRounds.forEach(n -> n.toAction().ifPresent(schedule::add));
        schedule.addAll(calendar.toActions());
        schedule.sort(Comparator.comparing((ScheduledAction a) -> a.action().by().orElse(LocalDate.MAX))
                .thenComparing(a -> a.reasons().isEmpty() ? "" : a.reasons().get(0).ruleId()));
        return new ProgrammeAssessment(asOf, c, s, schedule, info);
    }
}
