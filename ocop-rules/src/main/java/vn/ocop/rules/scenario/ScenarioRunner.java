package vn.ocop.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MissingMinimum;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.UpgradeEligibility;
import vn.ocop.rules.CnnttbStatus;
import vn.ocop.rules.ProgrammeAssessment;
import vn.ocop.rules.RoundAssignment;
import vn.ocop.rules.ScheduledAction;
import vn.ocop.rules.ShelfStatus;
import vn.ocop.rules.TraceabilityFlag;
import vn.ocop.rules.scenario.Expectations.Action;
import vn.ocop.rules.scenario.Expectations.GapExpect;

/**
 * Runs scenarios against the rules and compares every expected value with what the library
 * gives. One engine for the command line ({@code ocop test}) and for JUnit ({@link ScenarioTests}).
 */
public final class ScenarioRunner {
    private final Map<String, OcopRules> rulesByConfig = new ConcurrentHashMap<>();
    private final Set<String> fired = ConcurrentHashMap.newKeySet();
    private final Consumer<OcopRules.Builder> customize;

    /** A runner on the built-in rules. */
    public ScenarioRunner() {
        this(b -> { });
    }

    /**
     * A runner whose rule bases are further configured (e.g. with a rules directory) before the
     * case's own rule sets and overrides are applied.
     */
    public ScenarioRunner(Consumer<OcopRules.Builder> customize) {
        this.customize = Objects.requireNonNull(customize, "customize");
    }

    /** The ids of every rule that fired in the cases run so far. */
    public Set<String> firedRules() {
        return new TreeSet<>(fired);
    }

    /** The ids of every rule of the built-in rule base (for coverage). */
    public Set<String> allRules() {
        return rules(List.of(), Map.of()).ruleIds();
    }

    private OcopRules rules(List<String> ruleSets, Map<String, JsonNode> overrides) {
        String key = new TreeSet<>(ruleSets) + "|" + new TreeMap<>(overrides);
        return rulesByConfig.computeIfAbsent(key, k -> {
            OcopRules.Builder b = OcopRules.builder().parallelism(1).onRuleFired(fired::add);
            customize.accept(b);
            ruleSets.forEach(b::enableRuleSet);
            overrides.forEach(b::overrideRulebook);
            return b.build();
        });
    }

    /**
     * Builds the rule base of every configuration the cases use (the rules, plus each case's rule sets
     * and overrides) before any case runs. A rule base that cannot be built is a problem with the
     * input, not a failing case: every problem is returned, those caused by a case's
     * {@code overrides} at that key's line; nothing should run then.
     */
    public List<vn.ocop.core.InvalidInputException.Problem> prepare(Collection<LoadedScenario> scenarios) {
        List<vn.ocop.core.InvalidInputException.Problem> out = new ArrayList<>();
        try {
            rules(List.of(), Map.of());
        } catch (InvalidInputException e) {
            return e.problems(); // the rules themselves (e.g. a rules directory): every case would fail the same way
        }
        Set<String> seen = new java.util.HashSet<>();
        for (LoadedScenario c : scenarios) {
            Scenario s = c.scenario();
            String key = new TreeSet<>(s.ruleSets()) + "|" + new TreeMap<>(s.overrides());
            if (!seen.add(key)) {
                continue;
            }
            try {
                rules(s.ruleSets(), s.overrides());
            } catch (InvalidInputException e) {
                String field = c.path().isEmpty() ? "overrides" : c.path() + ".overrides";
                for (vn.ocop.core.InvalidInputException.Problem p : e.problems()) {
                    out.add(new vn.ocop.core.InvalidInputException.Problem(c.file(), c.overridesLine(), field,
                            "with these overrides, " + p, "overrides are merged into the rulebook before it is "
                                    + "checked: the key named must exist there and the result must still be valid"));
                }
            }
        }
        return out;
    }

    /** Runs one case. */
    public CaseResult run(LoadedScenario loaded) {
        Scenario s = loaded.scenario();
        Assessment a;
        ProgrammeAssessment programme = null;
        try {
            OcopRules r = rules(s.ruleSets(), s.overrides());
            a = r.assess(loaded.record(), s.asOf());
            if (s.expect().needsProgramme()) {
                programme = r.assessProgramme(loaded.portfolio(), List.of(a), s.asOf());
            }
        } catch (InvalidInputException e) {
            return new CaseResult(loaded, e.problems().stream().map(p -> LocalizedText.of(
                    "không thể xét các dữ kiện: " + p, "the facts cannot be assessed: " + p)).toList(), Optional.empty());
        } catch (RuntimeException e) {
            return new CaseResult(loaded, List.of(LocalizedText.of("không thể xét các dữ kiện: " + e.getMessage(),
                    "the facts cannot be assessed: " + e.getMessage())), Optional.empty());
        }
        Diff d = new Diff();
        Expectations.Expect x = s.expect();
        x.rating().ifPresent(r -> compareRating(d, "rating", r, a));
        if (x.ratings() != null) {
            d.eq("ratings (how many)", x.ratings().size(), a.ratings().size());
            for (int i = 0; i < x.ratings().size(); i++) {
                compareRating(d, "ratings[" + i + "]", x.ratings().get(i), a);
            }
        }
        x.certificate().ifPresent(c -> compareCertificate(d, "certificate", c, a));
        if (x.certificates() != null) {
            d.eq("certificates (how many)", x.certificates().size(), a.certificates().size());
            for (int i = 0; i < x.certificates().size(); i++) {
                compareCertificate(d, "certificates[" + i + "]", x.certificates().get(i), a);
            }
        }
        x.revocation().ifPresent(r -> compareRevocation(d, "revocation", r, a, true));
        if (x.revocations() != null) {
            d.eq("revocations (how many)", x.revocations().size(), a.revocations().size());
            for (int i = 0; i < x.revocations().size(); i++) {
                compareRevocation(d, "revocations[" + i + "]", x.revocations().get(i), a, false);
            }
        }
        x.upgrade().ifPresent(u -> compareUpgrade(d, "upgrade", u, a.upgrade()));
        if (x.rounds() != null) {
            d.eq("rounds (how many)", x.rounds().size(), a.rounds().size());
            for (int i = 0; i < x.rounds().size(); i++) {
                compareRound(d, "rounds[" + i + "]", x.rounds().get(i), a);
            }
        }
        if (x.traceability() != null) {
            d.eq("traceability (how many)", x.traceability().size(), a.traceability().size());
            List<TraceabilityFlag> left = new ArrayList<>(a.traceability());
            for (int i = 0; i < x.traceability().size(); i++) {
                compareTraceability(d, "traceability[" + i + "]", x.traceability().get(i), left);
            }
        }
        if (programme != null) {
            compareProgramme(d, x, programme);
        }
        return new CaseResult(loaded, d.differences, Optional.of(a), Optional.ofNullable(programme));
    }

    /** Runs every case. */
    public List<CaseResult> runAll(Collection<LoadedScenario> scenarios) {
        List<CaseResult> out = new ArrayList<>(scenarios.size());
        for (LoadedScenario s : scenarios) {
            out.add(run(s));
        }
        return out;
    }

    // ------------------------------------------------------------------ comparisons

    private static void compareRating(Diff d, String at, Expectations.Rating x, Assessment a) {
        Optional<RatingDecision> found = x.evaluation().isPresent()
                ? a.ratings().stream().filter(r -> r.evaluationId().equals(x.evaluation().get())).findFirst()
                : a.latestRating();
        if (found.isEmpty()) {
            d.add(at + ": expected a rating" + x.evaluation().map(e -> " of evaluation " + e).orElse("")
                    + ", but the library gave none (no such evaluation filed on or before the as-of date)",
                    at + ": kỳ vọng một kết quả phân hạng" + x.evaluation().map(e -> " của hồ sơ " + e).orElse("")
                    + ", nhưng thư viện không đưa ra (không có hồ sơ như vậy nộp đến ngày xét)");
            return;
        }
        RatingDecision r = found.get();
        d.opt(at + ".rulebook", x.rulebook(), r.rulebookId());
        d.opt(at + ".outcome", x.outcome(), r.outcome());
        d.opt(at + ".stars", x.stars(), r.stars().orElse(null));
        d.opt(at + ".bandStars", x.bandStars(), r.bandStars());
        x.average().ifPresent(v -> d.eq(at + ".average", plain(v),
                r.average().map(avg -> plain(avg.display())).orElse(null)));
        d.opt(at + ".certifiable", x.certifiable(), r.certifiable());
        d.opt(at + ".certifiedBy", x.certifiedBy(), r.certifyingAuthority().orElse(null));
        d.opt(at + ".forwardedTo", x.forwardedTo(), r.forwardedTo().orElse(null));
        if (x.missingMinimums() != null) {
            d.set(at + ".missingMinimums", x.missingMinimums(), refs(r.missingMinimums()));
        }
        x.gap().ifPresent(g -> compareGap(d, at + ".gap", g, r.gapToNextStar()));
        d.opt(at + ".completionDeadline", x.completionDeadline(), r.completionDeadline().orElse(null));
        d.absent(at, x.absent(), java.util.Map.of("stars", r.stars(), "average", r.average(), "certifiedBy",
                r.certifyingAuthority(), "forwardedTo", r.forwardedTo(), "gap", r.gapToNextStar(), "completionDeadline",
                r.completionDeadline()));
        compareReasons(d, at, x.rules(), x.cites(), r.reasons());
    }

    private static void compareGap(Diff d, String at, GapExpect x, Optional<Gap> actual) {
        if (actual.isEmpty()) {
            d.add(at + ": expected a gap to the next star, but the library gave none",
                    at + ": kỳ vọng phần còn thiếu để lên hạng sao tiếp theo, nhưng thư viện không đưa ra");
            return;
        }
        Gap g = actual.get();
        d.opt(at + ".target", x.target(), g.targetStars());
        x.pointsNeeded().ifPresent(v -> d.eq(at + ".pointsNeeded", plain(v), plain(g.pointsNeeded())));
        if (x.missing() != null) {
            d.set(at + ".missing", x.missing(), refs(g.missingMinimums()));
        }
        if (x.topCriteria() != null) {
            d.eq(at + ".topCriteria", x.topCriteria(), g.opportunities().stream().map(Gap.Opportunity::criterionId)
                    .toList());
        }
    }

    private static void compareCertificate(Diff d, String at, Expectations.Certificate x, Assessment a) {
        Optional<LifecycleStatus> found = x.number().isPresent()
                ? a.certificates().stream().filter(c -> c.certificateNumber().equals(x.number().get())).findFirst()
                : a.currentCertificate();
        if (found.isEmpty()) {
            d.add(at + ": expected a certificate" + x.number().map(n -> " numbered " + n).orElse("")
                    + ", but the library gave none", at + ": kỳ vọng một giấy chứng nhận"
                    + x.number().map(n -> " số " + n).orElse("") + ", nhưng thư viện không đưa ra");
            return;
        }
        LifecycleStatus c = found.get();
        d.opt(at + ".state", x.state(), c.state());
        d.opt(at + ".stars", x.stars(), c.stars());
        d.opt(at + ".issuedUnder", x.issuedUnder(), c.issuedUnder());
        d.opt(at + ".inForce", x.inForce(), c.inForce());
        d.opt(at + ".expiryDate", x.expiryDate(), c.expiryDate());
        d.opt(at + ".lastValidDay", x.lastValidDay(), c.lastValidDay());
        d.opt(at + ".daysLeft", x.daysLeft(), c.daysLeft());
        d.opt(at + ".window", x.window(), c.window());
        d.opt(at + ".windowOpens", x.windowOpens(), c.windowOpens().orElse(null));
        d.opt(at + ".windowCloses", x.windowCloses(), c.windowCloses().orElse(null));
        d.opt(at + ".graceUntil", x.graceUntil(), c.graceUntil().orElse(null));
        d.opt(at + ".markUsable", x.markUsable(), c.markUsable());
        d.opt(at + ".revokingAuthority", x.revokingAuthority(), c.revokingAuthority().orElse(null));
        d.opt(at + ".supersededBy", x.supersededBy(), c.supersededBy().orElse(null));
        d.absent(at, x.absent(), java.util.Map.of("windowOpens", c.windowOpens(), "windowCloses", c.windowCloses(),
                "graceUntil", c.graceUntil(), "revokingAuthority", c.revokingAuthority(), "supersededBy",
                c.supersededBy()));
        if (x.dueActions() != null) {
            d.set(at + ".dueActions", x.dueActions().stream().map(ScenarioRunner::action).toList(),
                    c.dueActions().stream().map(ScenarioRunner::action).toList());
        }
        compareReasons(d, at, x.rules(), x.cites(), c.reasons());
    }

    private static void compareRevocation(Diff d, String at, Expectations.Revocation x, Assessment a, boolean single) {
        Optional<RevocationDecision> found;
        if (x.finding().isPresent()) {
            found = a.revocations().stream().filter(r -> r.findingId().equals(x.finding())).findFirst();
        } else if (x.certificate().isPresent()) {
            found = a.revocations().stream().filter(r -> r.findingId().isEmpty()
                    && r.certificateNumber().equals(x.certificate())).findFirst();
        } else if (a.revocations().size() == 1) {
            found = Optional.of(a.revocations().get(0));
        } else {
            d.add(at + ": expected one revocation decision, but the library gave " + a.revocations().size()
                    + (a.revocations().isEmpty() ? "" : "; name the finding with 'finding:'"),
                    at + ": kỳ vọng một quyết định về thu hồi, nhưng thư viện đưa ra " + a.revocations().size()
                    + (a.revocations().isEmpty() ? "" : "; hãy ghi rõ phát hiện bằng 'finding:'"));
            return;
        }
        if (found.isEmpty()) {
            d.add(at + ": expected a decision on " + x.finding().map(f -> "finding " + f)
                    .orElse("certificate " + x.certificate().orElse("?") + " without a finding")
                    + ", but the library gave none", at + ": kỳ vọng một quyết định về " + x.finding()
                    .map(f -> "phát hiện " + f).orElse("giấy chứng nhận " + x.certificate().orElse("?")
                            + " không kèm phát hiện") + ", nhưng thư viện không đưa ra");
            return;
        }
        RevocationDecision r = found.get();
        d.opt(at + ".proposed", x.proposed(), r.proposed());
        d.opt(at + ".ground", x.ground(), r.ground().orElse(null));
        d.opt(at + ".authority", x.authority(), r.authority().orElse(null));
        d.opt(at + ".deadline", x.deadline(), r.deadline().orElse(null));
        d.opt(at + ".rulebook", x.rulebook(), r.rulebookId());
        d.absent(at, x.absent(), java.util.Map.of("ground", r.ground(), "authority", r.authority(), "deadline",
                r.deadline()));
        compareReasons(d, at, x.rules(), x.cites(), r.reasons());
    }

    private static void compareUpgrade(Diff d, String at, Expectations.Upgrade x, UpgradeEligibility u) {
        d.opt(at + ".eligible", x.eligible(), u.eligible());
        d.opt(at + ".current", x.current(), u.currentStars().orElse(null));
        d.opt(at + ".target", x.target(), u.targetStars().orElse(null));
        d.opt(at + ".path", x.path(), u.path().orElse(null));
        x.gap().ifPresent(g -> compareGap(d, at + ".gap", g, u.gap()));
        d.absent(at, x.absent(), java.util.Map.of("current", u.currentStars(), "target", u.targetStars(), "path",
                u.path(), "gap", u.gap()));
        compareReasons(d, at, x.rules(), x.cites(), u.reasons());
    }

    private static void compareRound(Diff d, String at, Expectations.RoundExpect x, Assessment a) {
        Optional<RoundAssignment> found = x.evaluation().isPresent()
                ? a.rounds().stream().filter(r -> r.evaluation().equals(x.evaluation().get())).findFirst()
                : a.rounds().size() == 1 ? Optional.of(a.rounds().get(0)) : Optional.empty();
        if (found.isEmpty()) {
            d.add(at + ": expected the round of " + x.evaluation().map(e -> "evaluation " + e).orElse("the only pending"
                    + " dossier") + ", but the library gave " + a.rounds().size() + " round(s)" + (x.evaluation()
                    .isEmpty() && a.rounds().size() > 1 ? "; name the evaluation with 'evaluation:'" : ""),
                    at + ": kỳ vọng đợt đánh giá của " + x.evaluation().map(e -> "hồ sơ " + e).orElse("hồ sơ đang chờ "
                    + "duy nhất") + ", nhưng thư viện đưa ra " + a.rounds().size() + " đợt");
            return;
        }
        RoundAssignment r = found.get();
        d.opt(at + ".level", x.level(), r.level());
        d.opt(at + ".round", x.round(), r.round());
        d.opt(at + ".year", x.year(), r.year());
        d.opt(at + ".heldBy", x.heldBy(), r.heldBy());
        d.opt(at + ".proposedOn", x.proposedOn(), r.proposedOn());
        compareReasons(d, at, x.rules(), x.cites(), r.reasons());
    }

    /** Matches an expected flag with the first unmatched flag of its certificate, kind and problem. */
    private static void compareTraceability(Diff d, String at, Expectations.TraceabilityExpect x,
            List<TraceabilityFlag> left) {
        Optional<TraceabilityFlag> found = left.stream()
                .filter(f -> x.certificate().map(c -> c.equals(f.certificate())).orElse(true))
                .filter(f -> x.kind().map(k -> k == f.kind()).orElse(true))
                .filter(f -> x.problem().map(p -> p == f.problem()).orElse(true)).findFirst();
        if (found.isEmpty()) {
            String what = x.problem().map(String::valueOf).orElse("a flag") + x.kind().map(k -> " of the " + k)
                    .orElse("") + x.certificate().map(c -> " for certificate " + c).orElse("");
            String given = left.stream().map(f -> f.problem() + " " + f.kind() + " " + f.certificate()).toList()
                    .toString();
            d.add(at + ": expected " + what + ", but the library raised no such flag (unmatched: " + given + ")",
                    at + ": kỳ vọng cảnh báo " + what + ", nhưng thư viện không đưa ra (còn lại: " + given + ")");
            return;
        }
        left.remove(found.get());
        compareReasons(d, at, x.rules(), x.cites(), found.get().reasons());
    }

    private static void compareProgramme(Diff d, Expectations.Expect x, ProgrammeAssessment p) {
        if (x.cnnttb() != null) {
            d.eq("cnnttb (how many)", x.cnnttb().size(), p.cnnttb().size());
            for (int i = 0; i < x.cnnttb().size(); i++) {
                Expectations.CnnttbExpect e = x.cnnttb().get(i);
                String at = "cnnttb[" + i + "]";
                Optional<CnnttbStatus> found = p.cnnttb().stream().filter(c -> c.number().equals(e.award()))
                        .findFirst();
                if (found.isEmpty()) {
                    d.add(at + ": expected award " + e.award() + ", but the library gave none (is it issued by the "
                            + "as-of date?)", at + ": kỳ vọng giấy chứng nhận " + e.award()
                            + ", nhưng thư viện không đưa ra (đã cấp trước ngày xét chưa?)");
                    continue;
                }
                CnnttbStatus c = found.get();
                d.opt(at + ".valid", e.valid(), c.valid());
                d.opt(at + ".validUntil", e.validUntil(), c.validUntil());
                d.opt(at + ".lowerLevelValid", e.lowerLevelValid(), c.lowerLevelValid().orElse(null));
                d.absent(at, e.absent(), Map.of("lowerLevelValid", c.lowerLevelValid()));
                compareReasons(d, at, e.rules(), e.cites(), c.reasons());
            }
        }
        if (x.shelf() != null) {
            List<Map.Entry<String, ShelfStatus>> shelved = new ArrayList<>();
            p.salesPoints().forEach(sp -> sp.items().forEach(i -> shelved.add(Map.entry(sp.id(), i))));
            d.eq("shelf (how many)", x.shelf().size(), shelved.size());
            for (int i = 0; i < x.shelf().size(); i++) {
                Expectations.ShelfExpect e = x.shelf().get(i);
                String at = "shelf[" + i + "]";
                Optional<ShelfStatus> found = shelved.stream()
                        .filter(s -> e.salesPoint().map(id -> id.equals(s.getKey())).orElse(true))
                        .map(Map.Entry::getValue).filter(s -> s.name().equals(e.name())).findFirst();
                if (found.isEmpty()) {
                    d.add(at + ": expected '" + e.name() + "' on a shelf" + e.salesPoint().map(sp -> " of " + sp)
                            .orElse("") + ", but the library gave none (is the point open on the as-of date?)",
                            at + ": kỳ vọng '" + e.name() + "' được bày bán" + e.salesPoint().map(sp -> " tại " + sp)
                            .orElse("") + ", nhưng thư viện không đưa ra (điểm bán có mở vào ngày xét không?)");
                    continue;
                }
                ShelfStatus st = found.get();
                d.opt(at + ".qualifies", e.qualifies(), st.qualifies());
                d.opt(at + ".problem", e.problem(), st.problem().orElse(null));
                compareReasons(d, at, e.rules(), e.cites(), st.reasons());
            }
        }
        if (x.schedule() != null) {
            d.eq("schedule (how many)", x.schedule().size(), p.schedule().size());
            List<ScheduledAction> left = new ArrayList<>(p.schedule());
            for (int i = 0; i < x.schedule().size(); i++) {
                Expectations.ScheduleExpect e = x.schedule().get(i);
                String at = "schedule[" + i + "]";
                Optional<ScheduledAction> found = left.stream().filter(s -> s.reasons().stream()
                        .anyMatch(r -> r.ruleId().equals(e.rule()))).findFirst();
                if (found.isEmpty()) {
                    d.add(at + ": expected an action scheduled by " + e.rule() + ", but the library scheduled: "
                            + scheduled(p.schedule()), at + ": kỳ vọng việc do quy tắc " + e.rule()
                            + " lên lịch, nhưng thư viện lên lịch: " + scheduled(p.schedule()));
                    continue;
                }
                left.remove(found.get());
                DueAction act = found.get().action();
                d.opt(at + ".party", e.party(), act.party());
                d.opt(at + ".authority", e.authority(), act.authority().orElse(null));
                d.opt(at + ".by", e.by(), act.by().orElse(null));
                compareReasons(d, at, null, e.cites(), found.get().reasons());
            }
        }
    }

    private static String scheduled(List<ScheduledAction> l) {
        return l.stream().map(s -> s.reasons().stream().map(Reason::ruleId).collect(Collectors.joining("+"))
                + s.action().by().map(b -> " by " + b).orElse("")).toList().toString();
    }

    private static void compareReasons(Diff d, String at, List<String> rules, List<String> cites, List<Reason> reasons) {
        if (rules != null) {
            d.set(at + ".rules", rules, reasons.stream().map(Reason::ruleId).toList());
        }
        if (cites != null) {
            Set<String> all = new LinkedHashSet<>();
            reasons.forEach(r -> r.bases().forEach(b -> all.add(b.toString())));
            for (String c : cites) {
                String normal;
                try {
                    normal = LegalBasis.parse(c).toString();
                } catch (IllegalArgumentException e) {
                    normal = c;
                }
                if (!all.contains(normal)) {
                    String cited = String.join("; ", all);
                    d.add(at + ".cites: expected the citation '" + c + "', but the library cited: " + cited,
                            at + ".cites: kỳ vọng căn cứ '" + c + "', nhưng thư viện viện dẫn: " + cited);
                }
            }
        }
    }

    private static List<String> refs(List<MissingMinimum> l) {
        return l.stream().map(m -> m.criterionId() + "." + m.optionId()).toList();
    }

    private static String action(Action a) {
        return a.party() + a.authority().map(x -> " " + x).orElse("") + a.from().map(f -> " from " + f).orElse("")
                + a.by().map(b -> " by " + b).orElse("");
    }

    private static String action(DueAction a) {
        return a.party() + a.authority().map(x -> " " + x).orElse("") + a.from().map(f -> " from " + f).orElse("")
                + a.by().map(b -> " by " + b).orElse("");
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Collects differences in plain words, in English and Vietnamese. */
    private static final class Diff {
        final List<LocalizedText> differences = new ArrayList<>();

        void add(String en, String vi) {
            differences.add(LocalizedText.of(vi, en));
        }

        <T> void opt(String field, Optional<T> expected, Object actual) {
            expected.ifPresent(e -> eq(field, e, actual));
        }

        void absent(String at, List<String> names, Map<String, Optional<?>> actual) {
            for (String n : names) {
                Optional<?> v = actual.get(n);
                if (v != null && v.isPresent()) {
                    add(at + "." + n + ": expected no value, but the library gave " + show(v.get()),
                            at + "." + n + ": kỳ vọng không có giá trị, nhưng thư viện cho " + show(v.get()));
                }
            }
        }

        void eq(String field, Object expected, Object actual) {
            if (!Objects.equals(normal(expected), normal(actual))) {
                add(field + ": expected " + show(expected) + ", but the library gave " + show(actual),
                        field + ": kỳ vọng " + show(expected) + ", nhưng thư viện cho " + show(actual));
            }
        }

        void set(String field, List<String> expected, List<String> actual) {
            Map<String, Integer> e = count(expected);
            Map<String, Integer> a = count(actual);
            if (!e.equals(a)) {
                List<String> missing = new ArrayList<>();
                List<String> extra = new ArrayList<>();
                Set<String> keys = new TreeSet<>(e.keySet());
                keys.addAll(a.keySet());
                for (String k : keys) {
                    int de = e.getOrDefault(k, 0) - a.getOrDefault(k, 0);
                    for (int i = 0; i < de; i++) {
                        missing.add(k);
                    }
                    for (int i = 0; i < -de; i++) {
                        extra.add(k);
                    }
                }
                add(field + ": expected " + expected + ", but the library gave " + actual
                        + (missing.isEmpty() ? "" : " (missing: " + String.join(", ", missing) + ")")
                        + (extra.isEmpty() ? "" : " (not expected: " + String.join(", ", extra) + ")"),
                        field + ": kỳ vọng " + expected + ", nhưng thư viện cho " + actual
                        + (missing.isEmpty() ? "" : " (thiếu: " + String.join(", ", missing) + ")")
                        + (extra.isEmpty() ? "" : " (không kỳ vọng: " + String.join(", ", extra) + ")"));
            }
        }

        private static Map<String, Integer> count(List<String> l) {
            Map<String, Integer> m = new HashMap<>();
            l.forEach(x -> m.merge(x, 1, Integer::sum));
            return m;
        }

        private static Object normal(Object o) {
            if (o instanceof Integer i) {
                return i.longValue();
            }
            return o;
        }

        private static String show(Object o) {
            if (o == null) {
                return "nothing";
            }
            if (o instanceof Collection<?> c) {
                return c.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
            }
            return String.valueOf(o);
        }
    }
}
