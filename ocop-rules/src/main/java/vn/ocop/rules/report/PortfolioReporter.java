package vn.ocop.rules.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.ocop.core.Certificate;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.Locality;
import vn.ocop.core.Plan;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProducerType;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.UpgradeEligibility;
import vn.ocop.rules.WindowState;

/**
 * Builds a {@link PortfolioReport}: assesses every product of a portfolio on a date with the
 * rules, then counts. Counting is plain Java; every judgement (in term or not, what is due, what
 * to revoke, who may upgrade) comes from the rules.
 */
public final class PortfolioReporter {
    private final OcopRules rules;

    public PortfolioReporter(OcopRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Assesses the portfolio on {@code asOf} and summarises it; {@code expiringDays} sets the horizon. */
    public PortfolioReport report(Portfolio portfolio, LocalDate asOf, int expiringDays) {
        List<ProductRecord> records = portfolio.records();
        List<Assessment> assessments = rules.assessAll(records, asOf);
        return report(portfolio, records, assessments, asOf, expiringDays);
    }

    /** Summarises assessments already made (one per record, in the same order). */
    public PortfolioReport report(Portfolio portfolio, List<ProductRecord> records, List<Assessment> assessments,
            LocalDate asOf, int expiringDays) {
        if (records.size() != assessments.size()) {
            throw new IllegalArgumentException("one assessment per record is needed: " + records.size() + " records, "
                    + assessments.size() + " assessments");
        }
        SortedMap<Integer, Integer> byStars = new TreeMap<>();
        Map<String, Set<String>> producersByGroup = new HashMap<>();
        Map<ProducerType.ReportGroup, int[]> groupProducts = new EnumMap<>(ProducerType.ReportGroup.class);
        Map<ProducerType, Set<String>> producersByType = new EnumMap<>(ProducerType.class);
        Map<ProducerType, int[]> typeProducts = new EnumMap<>(ProducerType.class);
        Set<String> producers = new HashSet<>();
        SortedMap<String, String> localityNames = new TreeMap<>();
        SortedMap<String, SortedMap<Integer, Integer>> localityStars = new TreeMap<>();
        SortedMap<YearMonth, Integer> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(asOf); !m.isAfter(YearMonth.from(asOf).plusMonths(23)); m = m.plusMonths(1)) {
            byMonth.put(m, 0);
        }
        List<PortfolioReport.Expiring> expiring = new ArrayList<>();
        List<PortfolioReport.ReEvaluation> due = new ArrayList<>();
        List<PortfolioReport.Revocation> revocations = new ArrayList<>();
        List<PortfolioReport.UpgradeCandidate> upgrades = new ArrayList<>();
        int inTerm = 0;
        int ecommerce = 0;
        int noGround = 0;
        YearMonth firstMonth = YearMonth.from(asOf);
        YearMonth lastMonth = firstMonth.plusMonths(23);

        for (int i = 0; i < records.size(); i++) {
            ProductRecord r = records.get(i);
            Assessment a = assessments.get(i);
            String code = r.product().code();
            String name = r.product().name();
            Optional<LifecycleStatus> current = a.certificates().stream()
                    .filter(c -> c.state() == LifecycleState.VALID || c.state() == LifecycleState.IN_GRACE)
                    .max(Comparator.comparing(LifecycleStatus::expiryDate));
            if (current.isPresent()) {
                LifecycleStatus c = current.get();
                inTerm++;
                byStars.merge(c.stars(), 1, Integer::sum);
                ProducerType type = r.producer().type();
                producers.add(r.producer().id());
                producersByGroup.computeIfAbsent(type.reportGroup().name(), k -> new HashSet<>()).add(r.producer().id());
                groupProducts.computeIfAbsent(type.reportGroup(), k -> new int[1])[0]++;
                producersByType.computeIfAbsent(type, k -> new HashSet<>()).add(r.producer().id());
                typeProducts.computeIfAbsent(type, k -> new int[1])[0]++;
                Locality l = r.product().locality();
                String key = l.districtCode().map(d -> l.provinceCode() + "-" + d).orElse(l.provinceCode() + "-"
                        + l.communeCode());
                localityNames.put(key, l.districtName().orElse(l.communeName()));
                localityStars.computeIfAbsent(key, k -> new TreeMap<>()).merge(c.stars(), 1, Integer::sum);
                if (r.product().onEcommerce()) {
                    ecommerce++;
                }
                YearMonth m = YearMonth.from(c.expiryDate());
                if (!m.isBefore(firstMonth) && !m.isAfter(lastMonth) && c.state() == LifecycleState.VALID) {
                    byMonth.merge(m, 1, Integer::sum);
                }
                if (c.state() == LifecycleState.VALID && c.daysLeft() <= expiringDays) {
                    expiring.add(new PortfolioReport.Expiring(code, name, c.certificateNumber(), c.stars(),
                            c.expiryDate(), c.daysLeft(), c.dueActions()));
                }
                reEvaluationWhy(c).ifPresent(why -> due.add(new PortfolioReport.ReEvaluation(code, name,
                        c.certificateNumber(), c.stars(), c.state(), why, c.dueActions())));
                upgradeCandidate(r, a, c).ifPresent(upgrades::add);
            }
            for (RevocationDecision d : a.revocations()) {
                if (d.reasons().stream().anyMatch(x -> x.ruleId().equals("REV-NO-GROUNDS"))) {
                    noGround++;
                }
            }
            for (RevocationDecision d : a.proposedRevocations()) {
                boolean alreadyRevoked = d.certificateNumber().flatMap(n -> a.certificates().stream()
                        .filter(c -> c.certificateNumber().equals(n)).findFirst())
                        .map(c -> c.state() == LifecycleState.REVOKED).orElse(false);
                if (!alreadyRevoked) {
                    String citation = d.reasons().isEmpty() ? "" : d.reasons().get(0).citation();
                    revocations.add(new PortfolioReport.Revocation(code, name, d.certificateNumber(),
                            d.ground().orElseThrow(), d.authority(), d.deadline(), citation));
                }
            }
        }
        expiring.sort(Comparator.comparing(PortfolioReport.Expiring::expiryDate)
                .thenComparing(PortfolioReport.Expiring::productCode));
        revocations.sort(Comparator.comparing((PortfolioReport.Revocation v) -> v.deadline().orElse(LocalDate.MAX))
                .thenComparing(PortfolioReport.Revocation::productCode));
        // by product code, not in the portfolio's order: the report does not depend on the order of the products
        due.sort(Comparator.comparing(PortfolioReport.ReEvaluation::productCode)
                .thenComparing(PortfolioReport.ReEvaluation::certificate));
        upgrades.sort(Comparator.comparing(PortfolioReport.UpgradeCandidate::productCode));

        Map<ProducerType.ReportGroup, PortfolioReport.GroupCount> groups = new EnumMap<>(ProducerType.ReportGroup.class);
        groupProducts.forEach((g, n) -> groups.put(g, new PortfolioReport.GroupCount(
                producersByGroup.get(g.name()).size(), n[0])));
        Map<ProducerType, PortfolioReport.GroupCount> types = new EnumMap<>(ProducerType.class);
        typeProducts.forEach((t, n) -> types.put(t, new PortfolioReport.GroupCount(producersByType.get(t).size(), n[0])));
        SortedMap<String, PortfolioReport.LocalityCount> localities = new TreeMap<>();
        localityStars.forEach((k, stars) -> localities.put(k, new PortfolioReport.LocalityCount(localityNames.get(k),
                stars, stars.values().stream().mapToInt(Integer::intValue).sum())));

        Optional<PortfolioReport.PlanProgress> plan = portfolio.plan().map(p -> progress(p, records, assessments, asOf));
        String fingerprint = assessments.isEmpty() ? rules.info().fingerprint() + " (generation "
                + rules.info().generation() + ")" : assessments.get(0).ruleBase().fingerprint() + " (generation "
                + assessments.get(0).ruleBase().generation() + ")";
        List<String> notes = new ArrayList<>();
        if (noGround > 0) {
            notes.add(noGround + " finding" + (noGround == 1 ? "" : "s") + " dated before 26/2026 fall under no national "
                    + "revocation ground (none was found for 1048 or 148); switch on the rule set "
                    + OcopRules.PRACTICE_148 + " to apply the grounds provinces used");
        }
        List<PortfolioReport.TraceabilityIssue> traceability = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ProductRecord r = records.get(i);
            for (vn.ocop.rules.TraceabilityFlag f : assessments.get(i).traceability()) {
                traceability.add(new PortfolioReport.TraceabilityIssue(r.product().code(), r.product().name(),
                        f.certificate(), f.kind(), f.problem(), f.codeValidUntil(), f.certificateValidUntil(),
                        f.reasons().isEmpty() ? "" : f.reasons().get(0).citation()));
            }
        }
        traceability.sort(Comparator.comparing(PortfolioReport.TraceabilityIssue::productCode)
                .thenComparing(PortfolioReport.TraceabilityIssue::certificate)
                .thenComparing(PortfolioReport.TraceabilityIssue::kind)
                .thenComparing(PortfolioReport.TraceabilityIssue::problem));
        vn.ocop.rules.ProgrammeAssessment programme = rules.assessProgramme(portfolio, assessments, asOf);
        vn.ocop.core.rulebook.Rulebook inForce = rules.rulebooks().forDate(asOf).rulebook();
        if (inForce.calendar().isEmpty()) {
            notes.add("the rules in force on " + asOf + " (" + inForce.id() + ") fix no calendar of evaluation rounds, so "
                    + "no round is scheduled; 26/2026/QĐ-TTg Điều 5 fixes them from 22 May 2026");
        }
        return new PortfolioReport(portfolio.name(), asOf, fingerprint, inTerm, byStars, producers.size(), groups, types,
                localities, ecommerce, expiring, expiringDays, byMonth, due, revocations, upgrades, plan, notes,
                programme.schedule().stream().map(vn.ocop.rules.ScheduledAction::action).toList(), cnnttb(programme), salesPoints(programme), traceability);
    }

    private static Optional<PortfolioReport.CnnttbCount> cnnttb(vn.ocop.rules.ProgrammeAssessment p) {
        if (p.cnnttb().isEmpty()) {
            return Optional.empty();
        }
        SortedMap<vn.ocop.core.CnnttbLevel, Integer> recognised = new TreeMap<>();
        SortedMap<vn.ocop.core.CnnttbLevel, Integer> valid = new TreeMap<>();
        for (vn.ocop.core.CnnttbLevel l : vn.ocop.core.CnnttbLevel.values()) {
            recognised.put(l, 0);
            valid.put(l, 0);
        }
        List<String> unsupported = new ArrayList<>();
        String citation = "";
        for (vn.ocop.rules.CnnttbStatus c : p.cnnttb()) {
            recognised.merge(c.level(), 1, Integer::sum);
            if (c.valid()) {
                valid.merge(c.level(), 1, Integer::sum);
            }
            if (c.lowerLevelValid().isPresent() && !c.lowerLevelValid().get()) {
                unsupported.add(c.number());
            }
            if (citation.isEmpty() && !c.reasons().isEmpty()) {
                citation = c.reasons().get(0).citation();
            }
        }
        return Optional.of(new PortfolioReport.CnnttbCount(recognised, valid, unsupported, citation));
    }

    private static Optional<PortfolioReport.SalesPointCount> salesPoints(vn.ocop.rules.ProgrammeAssessment p) {
        if (p.salesPoints().isEmpty()) {
            return Optional.empty();
        }
        int open = 0;
        SortedMap<vn.ocop.core.SalesPointFunding, Integer> byFunding = new TreeMap<>();
        for (vn.ocop.core.SalesPointFunding f : vn.ocop.core.SalesPointFunding.values()) {
            byFunding.put(f, 0);
        }
        SortedMap<String, Integer> supporters = new TreeMap<>();
        SortedMap<vn.ocop.core.SalesPointCategory, Integer> byCategory = new TreeMap<>();
        List<PortfolioReport.ShelfFlag> flagged = new ArrayList<>();
        String citation = null;
        for (vn.ocop.rules.SalesPointStatus sp : p.salesPoints()) {
            if (!sp.open()) {
                continue;
            }
            open++;
            byFunding.merge(sp.funding(), 1, Integer::sum);
            byCategory.merge(sp.category(), 1, Integer::sum);
            if (sp.funding() == vn.ocop.core.SalesPointFunding.STATE_SUPPORTED) {
                supporters.merge(sp.supportedBy().orElse(""), 1, Integer::sum);
            }
            for (vn.ocop.rules.ShelfStatus item : sp.items()) {
                if (citation == null && !item.reasons().isEmpty()) {
                    citation = item.reasons().get(0).bases().get(0).document();
                }
                if (!item.qualifies()) {
                    flagged.add(new PortfolioReport.ShelfFlag(sp.id(), sp.name(), item.name(), item.productCode(),
                            item.problem().orElseThrow(), item.reasons().isEmpty() ? ""
                                    : item.reasons().get(0).citation()));
                }
            }
        }
        flagged.sort(Comparator.comparing(PortfolioReport.ShelfFlag::salesPoint).thenComparing(PortfolioReport.ShelfFlag::item));
        return Optional.of(new PortfolioReport.SalesPointCount(open, byFunding, supporters, byCategory, flagged,
                citation == null ? "950/QĐ-BCT" : citation));
    }

    private static Optional<String> reEvaluationWhy(LifecycleStatus c) {
        if (c.state() == LifecycleState.IN_GRACE) {
            return Optional.of("in grace until " + c.graceUntil().map(String::valueOf).orElse("?")
                    + ": re-evaluation pending");
        }
        if (c.window() == WindowState.OPEN) {
            return Optional.of("filing window open until " + c.windowCloses().map(String::valueOf).orElse("?"));
        }
        if (c.window() == WindowState.FILED) {
            return Optional.of("re-evaluation filed, to be decided");
        }
        if (c.window() == WindowState.CLOSED) {
            return Optional.of("filing window closed on " + c.windowCloses().map(String::valueOf).orElse("?")
                    + "; expires " + c.expiryDate());
        }
        boolean notice = c.reasons().stream().anyMatch(r -> r.ruleId().equals("LIF-NOTICE-DUE")
                || r.ruleId().equals("LIF-NOTICE-SENT"));
        if (notice) {
            return Optional.of("expiry notice due or sent; expires " + c.expiryDate());
        }
        return Optional.empty();
    }

    private static Optional<PortfolioReport.UpgradeCandidate> upgradeCandidate(ProductRecord r, Assessment a,
            LifecycleStatus c) {
        UpgradeEligibility u = a.upgrade();
        if (!u.eligible() || u.targetStars().isEmpty() || u.path().isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = r.certificates().stream().filter(x -> x.number().equals(c.certificateNumber()))
                .map(Certificate::decisionDate).findFirst().orElse(LocalDate.MIN);
        String evidence = null;
        Optional<String> gap = u.gap().map(g -> vn.ocop.rules.Reason.format("{g}", Map.of("g", g), "en"));
        for (int i = a.ratings().size() - 1; i >= 0 && evidence == null; i--) {
            RatingDecision rd = a.ratings().get(i);
            Evaluation e = r.evaluations().stream().filter(x -> x.id().equals(rd.evaluationId())).findFirst()
                    .orElseThrow();
            if (e.filingDate().isBefore(since)) {
                continue;
            }
            if (rd.potentialFiveStar()) {
                evidence = "potential 5★: forwarded to the central council (average " + rd.average().map(Object::toString)
                        .orElse("?") + ")";
            } else if (rd.outcome() == RatingOutcome.PENDING && e.kind() == EvaluationKind.UPGRADE) {
                evidence = "upgrade dossier filed on " + e.filingDate() + ", pending";
            } else if (rd.bandStars() > c.stars() && rd.average().isPresent()) {
                evidence = (e.kind() == EvaluationKind.SELF_ASSESSMENT ? "self-assessment" : "evaluation " + e.id())
                        + " averages " + rd.average().get() + " (" + rd.bandStars() + "★ band)";
            }
            if (evidence != null && gap.isEmpty() && rd.average().isPresent() && e.level() != EvaluationLevel.CENTRAL) {
                BigDecimal needed = rd.average().get().shortOf(BigDecimal.valueOf(u.targetStars().get() == 5 ? 90 : 70));
                if (needed.signum() > 0) {
                    gap = Optional.of(needed.stripTrailingZeros().toPlainString() + " more points for "
                            + u.targetStars().get() + "★");
                }
            }
        }
        if (evidence == null) {
            return Optional.empty();
        }
        return Optional.of(new PortfolioReport.UpgradeCandidate(r.product().code(), r.product().name(), c.stars(),
                u.targetStars().get(), u.path().get(), evidence, gap));
    }

    private static PortfolioReport.PlanProgress progress(Plan p, List<ProductRecord> records,
            List<Assessment> assessments, LocalDate asOf) {
        LocalDate to = p.to().isBefore(asOf) ? p.to() : asOf;
        int newCertified = 0;
        int newFour = 0;
        int candidates = 0;
        for (int i = 0; i < records.size(); i++) {
            ProductRecord r = records.get(i);
            Optional<Certificate> first = r.certificates().stream().min(Comparator.comparing(Certificate::decisionDate));
            if (first.isPresent() && in(first.get().decisionDate(), p.from(), to)) {
                newCertified++;
            }
            newFour += (int) r.certificates().stream().filter(c -> c.stars() == 4 && in(c.decisionDate(), p.from(), to))
                    .count();
            for (RatingDecision rd : assessments.get(i).ratings()) {
                Evaluation e = r.evaluations().stream().filter(x -> x.id().equals(rd.evaluationId())).findFirst()
                        .orElseThrow();
                if (rd.potentialFiveStar() && e.decisionDate().map(d -> in(d, p.from(), to)).orElse(false)) {
                    candidates++;
                    break;
                }
            }
        }
        return new PortfolioReport.PlanProgress(p.reference(), newCertified, p.newCertified(), newFour,
                p.newFourStarMin(), p.newFourStarMax(), candidates, p.fiveStarCandidatesMin(), p.fiveStarCandidatesMax());
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
