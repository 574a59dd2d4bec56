package vn.ocop.rules.properties;

import static vn.ocop.rules.properties.PropertyRules.forwarded;
import static vn.ocop.rules.properties.PropertyRules.onTrack;
import static vn.ocop.rules.properties.PropertyRules.reach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.CriteriaSheet.Criterion;
import vn.ocop.core.rulebook.CriteriaSheet.Option;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.MinimumPolicy;
import vn.ocop.core.scoring.SheetScorer;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;

/**
 * A case of the monotonicity properties: one evaluation ({@code lower}) and the same evaluation with
 * better scores ({@code higher}): the same product, producer, kind, level, dates and knock-outs; the
 * members' scores of {@code higher} are each at least those of {@code lower} — one member's total is
 * higher, or one or more members' choices on one criterion are better options (more points as the
 * sheet applies them), or (for totals) one more star level's minimums are confirmed.
 *
 * @param product   the product
 * @param producer  its producer
 * @param lower     the evaluation as first scored
 * @param higher    the same evaluation, better scored
 * @param asOf      the date judged
 * @param move      what was raised, as generated (shrinking may change it; {@link #describe} reads the
 *                  evaluations)
 */
record Raise(Product product, Producer producer, Evaluation lower, Evaluation higher, LocalDate asOf, String move) {

    ProductRecord record(Evaluation e) {
        return ProductRecord.builder(product, producer).evaluation(e).build();
    }

    /**
     * The monotonicity check shared by properties 1 and 2: with more points (or more minimums met),
     * <ol>
     *   <li>the average and the band never go down;</li>
     *   <li>the star reached ({@link PropertyRules#reach}) never goes down;</li>
     *   <li>a dossier certifiable at its level stays certifiable or is forwarded to the level above;</li>
     *   <li>a forwarded dossier stays forwarded.</li>
     * </ol>
     * Precondition (the law's own exception, not a weakening): under a rulebook whose {@code minimumPolicy}
     * is {@code NOT_ACHIEVED} (1048/QĐ-TTg as amended by 781/QĐ-TTg, or a "what if" override of 26/2026), a
     * score that rises into a higher band whose starred minimums are not all met is "không đạt" (not
     * achieved) by that policy: such a case is discarded, and counted.
     *
     * @return null when the property holds, else what went wrong
     */
    String check(OcopRules rules) {
        String id = lower.id();
        RatingDecision l = PropertyRules.rating(rules, record(lower), id, asOf);
        RatingDecision h = PropertyRules.rating(rules, record(higher), id, asOf);
        Rulebook rb = PropertyRules.rulebook(rules, h.rulebookId());
        if (!l.rulebookId().equals(h.rulebookId())) {
            return "rulebook changed: " + l.rulebookId() + " → " + h.rulebookId();
        }
        if (rb.scoring().minimumPolicy() == MinimumPolicy.NOT_ACHIEVED && h.bandStars() > l.bandStars()
                && h.bandStars() >= 3 && !minimumsOfBandMet(higher, h)) {
            throw PropertyRunner.discard("NOT_ACHIEVED policy, higher band with a minimum missing");
        }
        PropertyRunner.note(l.outcome() + "→" + h.outcome());
        if (reach(rules, h) > reach(rules, l)) {
            PropertyRunner.note("star rose");
        }
        String both = "\n  lower:  " + Canonical.rating(l) + "\n  higher: " + Canonical.rating(h);
        if (l.average().isPresent() && h.average().isPresent() && h.average().get().compareTo(l.average().get()) < 0) {
            return "average went down: " + l.average().get() + " → " + h.average().get() + both;
        }
        if (h.bandStars() < l.bandStars()) {
            return "band went down: " + l.bandStars() + " → " + h.bandStars() + both;
        }
        if (reach(rules, h) < reach(rules, l)) {
            return "fewer stars: " + describe(rules, l) + " → " + describe(rules, h) + both;
        }
        if (l.certifiable() && !onTrack(h)) {
            return "no longer certifiable: " + describe(rules, l) + " → " + describe(rules, h) + both;
        }
        if (forwarded(l) && !forwarded(h)) {
            return "no longer forwarded: " + describe(rules, l) + " → " + describe(rules, h) + both;
        }
        return null;
    }

    private static String describe(OcopRules rules, RatingDecision r) {
        return r.outcome() + (r.stars().isPresent() ? " " + r.stars().get() + "★" : "") + " (reach "
                + reach(rules, r) + ", band " + r.bandStars() + (r.certifiable() ? ", certifiable by "
                + r.certifyingAuthority().orElseThrow() : "") + r.forwardedTo().map(l -> ", forwarded to " + l).orElse("")
                + ")";
    }

    /** The starred minimums of the decision's band are all met (by the sheets, or as the council confirmed). */
    private static boolean minimumsOfBandMet(Evaluation e, RatingDecision d) {
        if (e.scoredBySheets()) {
            return d.missingMinimums().isEmpty();
        }
        if (e.minimumsMet().isEmpty()) {
            return true; // not checked: rated by the average alone
        }
        for (int s = 3; s <= d.bandStars(); s++) {
            if (!e.minimumsMet().get().contains(s)) {
                return false;
            }
        }
        return true;
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("product set ").append(product.productSet().code()).append(" (").append(product.productSet())
                .append("), producer ").append(producer.type()).append(", as of ").append(asOf).append('\n');
        sb.append("evaluation ").append(lower.id()).append(": ").append(lower.kind()).append(" at ")
                .append(lower.level()).append(", filed ").append(lower.filingDate()).append(", decided ")
                .append(lower.decisionDate().map(String::valueOf).orElse("—")).append(", knock-outs ")
                .append(lower.knockOuts()).append(", minimumsMet ")
                .append(lower.minimumsMet().map(String::valueOf).orElse("not stated")).append('\n');
        if (lower.scoredBySheets()) {
            sb.append(lower.sheets().size()).append(" sheets (the lower evaluation, as the library's JSON, is in the ")
                    .append("counterexample file)\n");
        } else {
            sb.append("member totals lower:  ").append(plain(lower.memberTotals())).append('\n');
            sb.append("member totals higher: ").append(plain(higher.memberTotals())).append('\n');
        }
        sb.append("what differs: ").append(differences()).append('\n');
        sb.append("(the case was generated as: ").append(move).append(')');
        return sb.toString();
    }

    /** What differs between the two evaluations, read from them (the move's text may be stale after shrinking). */
    private String differences() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lower.memberTotals().size(); i++) {
            BigDecimal a = lower.memberTotals().get(i);
            BigDecimal b = higher.memberTotals().get(i);
            if (!a.equals(b)) {
                out.add("member " + (i + 1) + "'s total " + a.toPlainString() + " → " + b.toPlainString());
            }
        }
        if (!lower.minimumsMet().equals(higher.minimumsMet())) {
            out.add("minimums met " + lower.minimumsMet().map(String::valueOf).orElse("not stated") + " → "
                    + higher.minimumsMet().map(String::valueOf).orElse("not stated"));
        }
        for (int i = 0; i < lower.sheets().size(); i++) {
            ScoreSheet a = lower.sheets().get(i);
            ScoreSheet b = higher.sheets().get(i);
            for (String k : b.choices().keySet()) {
                if (!b.choices().get(k).equals(a.choices().get(k))) {
                    out.add(a.member() + ", criterion " + k + ": "
                            + (a.choices().get(k) == null ? "left out" : a.choices().get(k)) + " → " + b.choices().get(k));
                }
            }
        }
        return String.join("; ", out);
    }

    private static List<String> plain(List<BigDecimal> totals) {
        return totals.stream().map(BigDecimal::toPlainString).toList();
    }

    /** Both evaluations in one portfolio file (the higher one as evaluation id + "-higher"). */
    String json() {
        Evaluation h = new Evaluation(higher.id() + "-higher", higher.productCode(), higher.kind(), higher.level(),
                higher.filingDate(), higher.decisionDate(), higher.memberTotals(), higher.sheets(), higher.knockOuts(),
                higher.minimumsMet());
        return Portfolios.json(ProductRecord.builder(product, producer).evaluation(lower).evaluation(h).build());
    }

    // ------------------------------------------------------------------ shrinking

    /**
     * Smaller variants: a plain producer; no knock-outs; minimums not stated; without a member the move
     * does not touch; without a criterion the move does not touch (every member's sheet); a smaller raise.
     */
    Stream<Raise> shrink() {
        return Shrink.concat(
                () -> producer.type() == ProducerType.COOPERATIVE ? Stream.empty() : Stream.of(plainProducer()),
                () -> lower.knockOuts().isEmpty() ? Stream.empty()
                        : Stream.of(both(Shrink.withKnockOuts(lower, Set.of()), Shrink.withKnockOuts(higher, Set.of()))),
                () -> lower.minimumsMet().isEmpty() || !higher.minimumsMet().equals(lower.minimumsMet()) ? Stream.empty()
                        : Stream.of(both(Shrink.withMinimums(lower, Optional.empty()),
                                Shrink.withMinimums(higher, Optional.empty()))),
                this::withoutUntouchedMember,
                this::withoutUntouchedCriterion,
                this::smallerRaise);
    }

    private Raise both(Evaluation l, Evaluation h) {
        return new Raise(product, producer, l, h, asOf, move);
    }

    private Raise plainProducer() {
        Producer p = new Producer(producer.id(), producer.name(), ProducerType.COOPERATIVE);
        return new Raise(product, p, lower, higher, asOf, move);
    }

    private Stream<Raise> withoutUntouchedMember() {
        int n = Math.max(lower.memberTotals().size(), lower.sheets().size());
        if (n <= 1) {
            return Stream.empty();
        }
        return IntStream.range(0, n).filter(i -> same(i)).mapToObj(i -> lower.scoredBySheets()
                ? both(Shrink.withSheets(lower, Shrink.without(lower.sheets(), i)),
                        Shrink.withSheets(higher, Shrink.without(higher.sheets(), i)))
                : both(Shrink.withTotals(lower, Shrink.without(lower.memberTotals(), i)),
                        Shrink.withTotals(higher, Shrink.without(higher.memberTotals(), i))));
    }

    private boolean same(int member) {
        return lower.scoredBySheets() ? lower.sheets().get(member).equals(higher.sheets().get(member))
                : lower.memberTotals().get(member).equals(higher.memberTotals().get(member));
    }

    private Stream<Raise> withoutUntouchedCriterion() {
        if (!lower.scoredBySheets()) {
            return Stream.empty();
        }
        Set<String> touched = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < lower.sheets().size(); i++) {
            ScoreSheet a = lower.sheets().get(i);
            ScoreSheet b = higher.sheets().get(i);
            all.addAll(a.choices().keySet());
            all.addAll(b.choices().keySet());
            for (String k : b.choices().keySet()) {
                if (!b.choices().get(k).equals(a.choices().get(k))) {
                    touched.add(k);
                }
            }
        }
        all.removeAll(touched);
        return all.stream().map(k -> both(
                Shrink.withSheets(lower, lower.sheets().stream().map(s -> Shrink.withoutCriterion(s, k)).toList()),
                Shrink.withSheets(higher, higher.sheets().stream().map(s -> Shrink.withoutCriterion(s, k)).toList())));
    }

    /**
     * Totals: a raise half as large, from the same start or ending at the same total (so the pair closes in
     * on the limit where the result changes); sheets: nothing (the other steps drop what the move does not
     * touch).
     */
    private Stream<Raise> smallerRaise() {
        if (lower.scoredBySheets()) {
            return Stream.empty();
        }
        for (int i = 0; i < higher.memberTotals().size(); i++) {
            BigDecimal a = lower.memberTotals().get(i);
            BigDecimal b = higher.memberTotals().get(i);
            if (b.compareTo(a) > 0) {
                BigDecimal mid = plain(a.add(b).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
                if (mid.compareTo(a) <= 0 || mid.compareTo(b) >= 0) {
                    return Stream.empty();
                }
                int member = i;
                return Stream.of(withTotal(member, a, mid), withTotal(member, mid, b));
            }
        }
        return Stream.empty();
    }

    /** This case with member {@code i}'s total {@code a} in the lower evaluation and {@code b} in the higher. */
    private Raise withTotal(int i, BigDecimal a, BigDecimal b) {
        List<BigDecimal> l = new ArrayList<>(lower.memberTotals());
        List<BigDecimal> h = new ArrayList<>(higher.memberTotals());
        l.set(i, a);
        h.set(i, b);
        return new Raise(product, producer, Shrink.withTotals(lower, l), Shrink.withTotals(higher, h), asOf,
                "member " + (i + 1) + "'s total " + a.toPlainString() + " → " + b.toPlainString());
    }

    /** Without trailing zeros, but never in exponent form (100, not 1E+2). */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    // ------------------------------------------------------------------ moves

    /** One member's total raised by a random amount (0.01, 0.5, 1, 2 or anything up to 100); null when all are 100. */
    static Raise raiseTotal(java.util.Random r, Product product, Producer producer, Evaluation e, LocalDate asOf) {
        List<Integer> below = new ArrayList<>();
        for (int i = 0; i < e.memberTotals().size(); i++) {
            if (e.memberTotals().get(i).compareTo(BigDecimal.valueOf(100)) < 0) {
                below.add(i);
            }
        }
        if (below.isEmpty()) {
            return null;
        }
        int i = LawfulGenerator.pick(r, below);
        BigDecimal old = e.memberTotals().get(i);
        BigDecimal room = BigDecimal.valueOf(100).subtract(old);
        BigDecimal[] steps = {new BigDecimal("0.01"), new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.valueOf(2),
            room.multiply(BigDecimal.valueOf(r.nextDouble())).setScale(2, RoundingMode.HALF_UP)};
        BigDecimal delta = steps[r.nextInt(steps.length)];
        if (delta.signum() <= 0) {
            delta = new BigDecimal("0.01");
        }
        BigDecimal raised = old.add(delta).min(BigDecimal.valueOf(100));
        List<BigDecimal> t = new ArrayList<>(e.memberTotals());
        t.set(i, raised);
        return new Raise(product, producer, e, Shrink.withTotals(e, t), asOf,
                "member " + (i + 1) + "'s total " + old.toPlainString() + " → " + raised.toPlainString());
    }

    /**
     * One member's choice on one criterion raised to a better option (more points as the sheet applies
     * them; a left-out criterion counts 0), by letter or by points; null when no member can improve.
     */
    static Raise raiseChoice(java.util.Random r, CriteriaSheet sheet, Product product, Producer producer, Evaluation e,
            LocalDate asOf) {
        List<Criterion> criteria = new ArrayList<>(sheet.criteria().values());
        for (int attempt = 0; attempt < 50; attempt++) {
            int i = r.nextInt(e.sheets().size());
            Criterion c = LawfulGenerator.pick(r, criteria);
            ScoreSheet s = e.sheets().get(i);
            Choice old = s.choices().get(c.id());
            int now = LawfulGenerator.pointsOf(sheet, c, old);
            Choice better = better(r, sheet, c, now);
            if (better == null) {
                continue;
            }
            List<ScoreSheet> sheets = new ArrayList<>(e.sheets());
            sheets.set(i, Shrink.withChoice(s, c.id(), better));
            return new Raise(product, producer, e, Shrink.withSheets(e, sheets), asOf,
                    "member " + (i + 1) + " (" + s.member() + "), criterion " + c.id() + ": " + (old == null ? "left out"
                            : old) + " (" + now + " pts) → " + better + " ("
                            + LawfulGenerator.pointsOf(sheet, c, better) + " pts)");
        }
        return null;
    }

    /**
     * One more star level's minimums confirmed by the council (totals only): {@code lower} states a set of
     * star levels whose minimums are met, {@code higher} the same set and one more level. When the council
     * stated all three, {@code lower} leaves one out; when it stated none, a set is stated for both.
     */
    static Raise meetMinimum(java.util.Random r, Product product, Producer producer, Evaluation e, LocalDate asOf) {
        Set<Integer> met = new LinkedHashSet<>(e.minimumsMet().orElseGet(() -> LawfulGenerator.minimumsMet(r)
                .orElse(Set.of())));
        List<Integer> missing = new ArrayList<>();
        for (int s = 3; s <= 5; s++) {
            if (!met.contains(s)) {
                missing.add(s);
            }
        }
        int k = missing.isEmpty() ? 3 + r.nextInt(3) : LawfulGenerator.pick(r, missing);
        met.remove(k);
        Set<Integer> more = new LinkedHashSet<>(met);
        more.add(k);
        return new Raise(product, producer, Shrink.withMinimums(e, Optional.of(met)),
                Shrink.withMinimums(e, Optional.of(more)), asOf, "minimums met " + met + " → " + more);
    }

    /**
     * One more starred minimum of a sheet met (Phụ lục II, the options marked "*"): a starred option that
     * some member did not reach is picked, and every member below it is raised to it, so that the minimum
     * is met whatever the consensus (average points, majority, every member); null when the council meets
     * every starred minimum already. The other choices do not change.
     */
    static Raise meetStarred(java.util.Random r, CriteriaSheet sheet, Product product, Producer producer,
            Evaluation e, LocalDate asOf) {
        List<CriteriaSheet.StarredOption> unmet = sheet.starredOptions().stream()
                .filter(so -> e.sheets().stream().anyMatch(s -> LawfulGenerator.pointsOf(sheet, so.criterion(),
                        s.choices().get(so.criterion().id())) < SheetScorer.points(sheet, so.criterion(), so.option())))
                .toList();
        if (unmet.isEmpty()) {
            return null;
        }
        CriteriaSheet.StarredOption so = LawfulGenerator.pick(r, unmet);
        Criterion c = so.criterion();
        int required = SheetScorer.points(sheet, c, so.option());
        List<ScoreSheet> sheets = new ArrayList<>();
        List<String> raised = new ArrayList<>();
        for (ScoreSheet s : e.sheets()) {
            Choice old = s.choices().get(c.id());
            if (LawfulGenerator.pointsOf(sheet, c, old) < required) {
                sheets.add(Shrink.withChoice(s, c.id(), Choice.option(so.option().id())));
                raised.add(s.member() + " " + (old == null ? "left out" : old));
            } else {
                sheets.add(s);
            }
        }
        return new Raise(product, producer, e, Shrink.withSheets(e, sheets), asOf, "starred minimum for "
                + so.minimumFor() + "★, criterion " + c.id() + " option " + so.option().id() + " (" + required
                + " pts) met: raised " + raised);
    }

    /** A choice on {@code c} worth more than {@code now} points, or null. */
    static Choice better(java.util.Random r, CriteriaSheet sheet, Criterion c, int now) {
        if (c.options().isEmpty()) {
            return now >= c.points() ? null : Choice.points(now + 1 + r.nextInt(c.points() - now));
        }
        List<Option> up = c.options().stream().filter(o -> SheetScorer.points(sheet, c, o) > now).toList();
        if (up.isEmpty()) {
            return null;
        }
        Option o = LawfulGenerator.pick(r, up);
        return LawfulGenerator.chance(r, 0.2) ? Choice.points(SheetScorer.points(sheet, c, o)) : Choice.option(o.id());
    }
}
