package vn.ocop.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.Finding;
import vn.ocop.core.FindingKind;
import vn.ocop.core.Locality;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.UpgradeEligibility;

/**
 * The plain-Java baseline ({@link PlainJavaAssessor}) makes exactly the decisions of the rule base:
 * a large random sample of lawful product records across all periods, assessed by both on many
 * dates, with and without the optional rule set {@link OcopRules#PRACTICE_148}, must agree on every
 * decision and on the rules behind it (and, beyond the ids, on each reason's citations,
 * assumptions and messages).
 *
 * <p>Size and seed can be changed with {@code -Docop.agreement.size=…} and {@code -Docop.agreement.seed=…}.
 * The build uses 5,000 records (70,000 assessments per rule set, about 15 s); the long run used before a
 * release is {@code mvn -pl ocop-examples test -Dtest=PlainJavaAgreementTest -Docop.agreement.size=24000}.
 */
class PlainJavaAgreementTest {
    private static final int SIZE = Integer.getInteger("ocop.agreement.size", 5_000);
    private static final long SEED = Long.getLong("ocop.agreement.seed", 20_260_522L);

    /** As-of dates: in every period, on both sides of every change of rules, and years after the last change. */
    private static final List<LocalDate> AS_OF = List.of(
            LocalDate.of(2019, 12, 31), LocalDate.of(2021, 6, 30), LocalDate.of(2023, 2, 23),
            LocalDate.of(2023, 6, 15), LocalDate.of(2024, 10, 31), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 3), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 5, 21),
            LocalDate.of(2026, 5, 22), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 11, 22),
            LocalDate.of(2027, 3, 31), LocalDate.of(2028, 6, 30));

    /** Rules no lawful record can fire with the built-in rulebooks (every period sets a holding of 0 months). */
    private static final Set<String> UNREACHABLE = Set.of("UPG-HOLDING");
    /**
     * Rules that cannot fire without the practice rule set: its own rules, and REV-AUTHORITY-ISSUER, which acts on
     * revocation proposals in periods whose authority is the issuing body (1048, 148), where only the practice
     * rules propose.
     */
    private static final Set<String> PRACTICE_ONLY = Set.of("PRA-PROCESS", "PRA-CHANGED", "PRA-RECORDS",
            "PRA-SUSPENDED", "PRA-FAILED-MINIMUMS", "PRA-STANDARDS", "PRA-EXPIRED", "REV-AUTHORITY-ISSUER");
    /** Rules that cannot fire with the practice rule set on. */
    private static final Set<String> NOT_WITH_PRACTICE = Set.of("REV-NO-GROUNDS");

    private static OcopRules plainRules;
    private static OcopRules practiceRules;
    private static List<ProductRecord> sample;

    @BeforeAll
    static void setUp() {
        plainRules = OcopRules.builder().build();
        practiceRules = OcopRules.builder().enableRuleSet(OcopRules.PRACTICE_148).build();
        sample = new Generator(plainRules, SEED).generate(SIZE);
    }

    @Test
    void theBaselineAgreesWithTheRuleEngineWithoutOptionalRuleSets() {
        agree(plainRules, "no optional rule set");
    }

    @Test
    void theBaselineAgreesWithTheRuleEngineWithThePractice148RuleSet() {
        agree(practiceRules, OcopRules.PRACTICE_148);
    }

    @Test
    void theSampleIsLargeAndVaried() {
        assertThat(sample.size()).as("records generated").isEqualTo(SIZE);
        Set<ProducerType> types = new HashSet<>();
        Set<ProductSet> sets = new HashSet<>();
        Set<FindingKind> kinds = new HashSet<>();
        Set<EvaluationKind> evalKinds = new HashSet<>();
        Set<EventKind> events = new HashSet<>();
        Set<Integer> stars = new HashSet<>();
        int sheets = 0;
        int knockOuts = 0;
        for (ProductRecord r : sample) {
            types.add(r.producer().type());
            sets.add(r.product().productSet());
            r.findings().forEach(f -> kinds.add(f.kind()));
            r.history().events().forEach(e -> events.add(e.kind()));
            r.certificates().forEach(c -> stars.add(c.stars()));
            for (Evaluation e : r.evaluations()) {
                evalKinds.add(e.kind());
                sheets += e.scoredBySheets() ? 1 : 0;
                knockOuts += e.knockOuts().isEmpty() ? 0 : 1;
            }
        }
        assertThat(types).containsExactlyInAnyOrder(ProducerType.values());
        assertThat(sets).containsExactlyInAnyOrder(ProductSet.values());
        assertThat(kinds).containsExactlyInAnyOrder(FindingKind.values());
        assertThat(evalKinds).containsExactlyInAnyOrder(EvaluationKind.values());
        assertThat(events).contains(EventKind.NOTICE_SENT, EventKind.RE_EVALUATION_FILED, EventKind.RE_EVALUATED,
                EventKind.REVOKED);
        assertThat(stars).containsExactlyInAnyOrder(3, 4, 5);
        assertThat(sheets).as("evaluations scored by sheets").isGreaterThan(SIZE / 50);
        assertThat(knockOuts).as("evaluations with knock-outs").isGreaterThan(SIZE / 50);
    }

    private static void agree(OcopRules rules, String config) {
        PlainJavaAssessor baseline = new PlainJavaAssessor(rules);
        Map<String, Integer> fired = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int mismatched = 0;
        int orderDiffers = 0;
        for (LocalDate asOf : AS_OF) {
            List<Assessment> engine = rules.assessAll(sample, asOf);
            List<Assessment> plain = baseline.assessAll(sample, asOf);
            assertThat(plain).hasSameSizeAs(engine);
            for (int i = 0; i < sample.size(); i++) {
                Assessment e = engine.get(i);
                Assessment p = plain.get(i);
                e.reasons().forEach(r -> fired.merge(r.ruleId(), 1, Integer::sum));
                List<String> de = describe(e);
                List<String> dp = describe(p);
                compared++;
                if (!reasonOrder(e).equals(reasonOrder(p))) {
                    orderDiffers++;
                }
                if (!de.equals(dp) || !e.ruleBase().equals(p.ruleBase())) {
                    mismatched++;
                    if (mismatches.size() < 12) {
                        mismatches.add(report(sample.get(i), asOf, de, dp));
                    }
                }
            }
        }
        System.out.printf("[%s] %d records x %d as-of dates = %d assessments compared, %d mismatched%n", config,
                sample.size(), AS_OF.size(), compared, mismatched);
        System.out.printf("[%s] %d assessments list reasons or due actions in another order (not compared)%n", config,
                orderDiffers);
        System.out.printf("[%s] rules fired (rule: reasons): %s%n", config, fired);
        mismatches.forEach(System.out::println);
        assertThat(mismatched).as("assessments where the baseline and the rule engine disagree (" + config
                + "); the first ones are printed above").isZero();

        Set<String> never = new TreeSet<>(baseline.mirroredRules()); // the programme-level rules are not mirrored
        never.removeAll(fired.keySet());
        Set<String> expected = new TreeSet<>(UNREACHABLE);
        expected.addAll(OcopRules.PRACTICE_148.equals(config) ? NOT_WITH_PRACTICE : PRACTICE_ONLY);
        assertThat(never).as("rules the sample never fires (" + config + ")").isSubsetOf(expected);
    }

    private static String report(ProductRecord record, LocalDate asOf, List<String> engine, List<String> plain) {
        StringBuilder sb = new StringBuilder("\n=== MISMATCH: product ").append(record.product().code())
                .append(" on ").append(asOf).append('\n');
        sb.append("record: ").append(record).append('\n');
        sb.append("--- rule engine:\n");
        engine.forEach(l -> sb.append("  ").append(l).append('\n'));
        sb.append("--- plain Java:\n");
        plain.forEach(l -> sb.append("  ").append(l).append('\n'));
        sb.append("--- differing lines (engine / plain):\n");
        for (int i = 0; i < Math.max(engine.size(), plain.size()); i++) {
            String a = i < engine.size() ? engine.get(i) : "<none>";
            String b = i < plain.size() ? plain.get(i) : "<none>";
            if (!a.equals(b)) {
                sb.append("  E ").append(a).append('\n').append("  P ").append(b).append('\n');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------ what is compared

    /** Every decision of an assessment, one line per fact and one per reason set, in a comparable form. */
    static List<String> describe(Assessment a) {
        List<String> out = new ArrayList<>();
        out.add("product " + a.productCode() + " on " + a.asOf());
        for (RatingDecision r : a.ratings()) {
            out.add("rating " + r.evaluationId() + ": rulebook=" + r.rulebookId() + " level=" + r.level()
                    + " outcome=" + r.outcome() + " stars=" + r.stars().orElse(null) + " band=" + r.bandStars()
                    + " average=" + r.average().map(Object::toString).orElse("-") + " sheets=" + r.sheetBased()
                    + " certifiable=" + r.certifiable() + " by=" + r.certifyingAuthority().orElse(null)
                    + " forwardedTo=" + r.forwardedTo().orElse(null) + " deadline="
                    + r.completionDeadline().orElse(null) + " missing=" + r.missingMinimums() + " gap="
                    + r.gapToNextStar().orElse(null) + " rules=" + ruleIds(r.reasons()));
            out.add("  reasons " + reasons(r.reasons()));
        }
        for (LifecycleStatus c : a.certificates()) {
            out.add("certificate " + c.certificateNumber() + ": stars=" + c.stars() + " issuedUnder=" + c.issuedUnder()
                    + " inForce=" + c.inForce() + " state=" + c.state() + " expiry=" + c.expiryDate() + " daysLeft="
                    + c.daysLeft() + " window=" + c.window() + " opens=" + c.windowOpens().orElse(null) + " closes="
                    + c.windowCloses().orElse(null) + " grace=" + c.graceUntil().orElse(null) + " mark="
                    + c.markUsable() + " revoking=" + c.revokingAuthority().orElse(null) + " supersededBy="
                    + c.supersededBy().orElse(null) + " due=" + dueActions(c.dueActions()) + " rules="
                    + ruleIds(c.reasons()));
            out.add("  reasons " + reasons(c.reasons()));
        }
        for (RevocationDecision v : a.revocations()) {
            out.add("revocation " + v.findingId().orElse("(practice)") + ": certificate="
                    + v.certificateNumber().orElse(null) + " proposed=" + v.proposed() + " ground="
                    + v.ground().orElse(null) + " authority=" + v.authority().orElse(null) + " deadline="
                    + v.deadline().orElse(null) + " rulebook=" + v.rulebookId() + " rules=" + ruleIds(v.reasons()));
            out.add("  reasons " + reasons(v.reasons()));
        }
        UpgradeEligibility u = a.upgrade();
        out.add("upgrade: eligible=" + u.eligible() + " current=" + u.currentStars().orElse(null) + " target="
                + u.targetStars().orElse(null) + " path=" + u.path().orElse(null) + " gap=" + u.gap().orElse(null)
                + " rules=" + ruleIds(u.reasons()));
        out.add("  reasons " + reasons(u.reasons()));
        return out;
    }

    /** The order of the reasons and due actions, which may differ (they are compared as sets). */
    private static List<String> reasonOrder(Assessment a) {
        List<String> out = new ArrayList<>();
        a.ratings().forEach(r -> out.add(r.reasons().stream().map(Reason::ruleId).toList().toString()));
        a.certificates().forEach(c -> out.add(c.reasons().stream().map(Reason::ruleId).toList() + " "
                + c.dueActions().stream().map(d -> d.action().en()).toList()));
        a.revocations().forEach(v -> out.add(v.reasons().stream().map(Reason::ruleId).toList().toString()));
        out.add(a.upgrade().reasons().stream().map(Reason::ruleId).toList().toString());
        return out;
    }

    private static Set<String> ruleIds(List<Reason> reasons) {
        return reasons.stream().map(Reason::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The reasons in full (topic, citations, assumptions, both messages), as a sorted multiset. */
    private static List<String> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> r.ruleId() + "|" + r.topic() + "|" + r.citation() + "|" + r.assumptions()
                + "|" + r.message().en() + "|" + r.message().vi()).sorted().toList();
    }

    private static List<String> dueActions(List<DueAction> actions) {
        return actions.stream().map(d -> d.party() + "/" + d.authority().orElse(null) + "/" + d.from().orElse(null)
                + "/" + d.by().orElse(null) + "/" + d.basis() + "/" + d.action().en() + "/" + d.action().vi())
                .sorted().toList();
    }

    // ------------------------------------------------------------------------------------ the sample

    /**
     * Random but lawful product records: each a history of evaluations (first, upgrade, re-evaluation,
     * self-assessment; at the levels of their period and now and then at one the period lacks; by
     * member totals over the whole 0–100 range, with or without confirmed minimums, or under
     * 26/2026 by full sheets; some with knock-outs; some pending), the certificates they led to
     * (3★ to 5★, at the level and by the authority the period names for the star on the decision
     * date), their events (notices, re-evaluation filings and decisions, revocations, upgrades,
     * expiry) and findings of every kind, from September 2019 to November 2026.
     */
    static final class Generator {
        static final LocalDate START = LocalDate.of(2019, 9, 1);
        static final LocalDate END = LocalDate.of(2026, 11, 30);
        private static final LocalDate QD26 = LocalDate.of(2026, 5, 22);
        private static final LocalDate LAST_DISTRICT = LocalDate.of(2025, 6, 30);
        private static final LocalDate FIRST_1489 = LocalDate.of(2025, 7, 6);
        private static final String[] BODIES = {"Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
            "Chi cục Quản lý thị trường tỉnh Quảng Ngãi", "UBND xã Lý Sơn", "Bộ Nông nghiệp và Môi trường"};

        private final OcopRules rules;
        private final Random rnd;

        Generator(OcopRules rules, long seed) {
            this.rules = rules;
            this.rnd = new Random(seed);
        }

        List<ProductRecord> generate(int n) {
            List<ProductRecord> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(record(i));
            }
            return out;
        }

        private ProductRecord record(int i) {
            ProducerType type = pick(ProducerType.values());
            // a few more tourism products than a uniform pick gives, for the tourism-only producer types
            ProductSet set = rnd.nextInt(10) == 0 ? ProductSet.COMMUNITY_TOURISM : pick(ProductSet.values());
            String code = String.format("51-%05d-%03d", rnd.nextInt(30000), i % 1000) + "-" + i;
            Producer producer = new Producer("P" + i, "Chủ thể " + i, type);
            Product product = new Product(code, "Sản phẩm " + i, set, "P" + i,
                    Locality.of("51", "Quảng Ngãi", String.valueOf(21000 + rnd.nextInt(500)), "Xã " + rnd.nextInt(300)),
                    rnd.nextBoolean());
            ProductRecord.Builder b = ProductRecord.builder(product, producer);
            List<Certificate> certs = new ArrayList<>();
            List<CertificateEvent> events = new ArrayList<>();

            LocalDate t = between(START, END.minusDays(20));
            int rounds = 1 + rnd.nextInt(4);
            for (int k = 0; k < rounds && !t.isAfter(END); k++) {
                Certificate current = certs.isEmpty() ? null : certs.get(certs.size() - 1);
                EvaluationKind kind = kind(k, current != null);
                LocalDate filed = t;
                Rulebook rb = rulebook(filed);
                EvaluationLevel level = level(rb);
                LocalDate decided = rnd.nextInt(100) < 85 ? filed.plusDays(5 + rnd.nextInt(150)) : null;
                Evaluation.Builder e = Evaluation.builder("E" + i + "-" + k, code).kind(kind).level(level).filed(filed);
                if (decided != null) {
                    e.decided(decided);
                }
                boolean scored = decided != null ? rnd.nextInt(100) < 95 : rnd.nextInt(100) < 5;
                boolean sheetsPeriod = !filed.isBefore(QD26);
                Optional<CriteriaSheet> sheet = sheetsPeriod ? rules.criteriaSheet(set, filed) : Optional.empty();
                double target = target();
                boolean dossierKnockOut = false;
                if (rnd.nextInt(100) < 6) {
                    int n = 1 + rnd.nextInt(2);
                    for (int j = 0; j < n; j++) {
                        if (sheet.isPresent() && sheet.get().knockOuts().isEmpty()) {
                            break; // a sheet without knock-out conditions
                        } else if (sheet.isPresent()) {
                            CriteriaSheet.KnockOut ko = pick(sheet.get().knockOuts());
                            e.knockOut(ko.id());
                            dossierKnockOut |= ko.scope() == CriteriaSheet.KnockOutScope.DOSSIER;
                        } else {
                            e.knockOut(pick(new String[] {"falsified-dossier", "registration-not-met",
                                "identical-to-other-product"}));
                            dossierKnockOut = true;
                        }
                    }
                }
                double average = -1;
                if (scored) {
                    if (sheet.isPresent() && rnd.nextBoolean()) {
                        average = sheets(e, sheet.get(), target);
                    } else {
                        average = totals(e, target);
                        if (rnd.nextInt(100) < 40) {
                            e.minimumsMet(minimums());
                        }
                    }
                }
                b.evaluation(e.build());

                boolean certify = decided != null && scored && !dossierKnockOut && average >= 50
                        && kind != EvaluationKind.SELF_ASSESSMENT && rnd.nextInt(100) < 75;
                if (certify) {
                    int stars = average >= 90 ? 5 : average >= 70 ? 4 : 3;
                    if (stars > 3 && rnd.nextInt(10) == 0) {
                        stars--;
                    }
                    LocalDate date = decided.plusDays(rnd.nextInt(31));
                    Rulebook crb = rulebook(date);
                    Rulebook.CertifyingBody body = crb.certification().byStars().get(stars);
                    if (body.level() == EvaluationLevel.DISTRICT && date.isAfter(LAST_DISTRICT)) {
                        // no district certified after the district level was abolished (1 July 2025)
                        date = FIRST_1489;
                        crb = rulebook(date);
                        body = crb.certification().byStars().get(stars);
                    }
                    String number = "C" + i + "-" + k;
                    Optional<String> explicit = rnd.nextInt(100) < 15 ? Optional.of(crb.id()) : Optional.empty();
                    Certificate c = new Certificate(number, code, stars, body.level(), body.authority(),
                            (100 + rnd.nextInt(900)) + "/QĐ-UBND", date, explicit);
                    if (current != null && rnd.nextBoolean()) {
                        events.add(new CertificateEvent(current.number(),
                                kind == EvaluationKind.UPGRADE ? EventKind.UPGRADED : EventKind.RE_EVALUATED, date,
                                Optional.of(number), ""));
                    }
                    if (rnd.nextInt(4) == 0) {
                        events.add(new CertificateEvent(number, EventKind.ISSUED, date));
                    }
                    certs.add(c);
                    LocalDate expiry = date.plusMonths(crb.certificate().termMonths());
                    t = switch (rnd.nextInt(3)) {
                        case 0 -> date.plusDays(120 + rnd.nextInt(900)); // an upgrade or another dossier
                        default -> expiry.minusDays(260).plusDays(rnd.nextInt(330)); // around the expiry
                    };
                } else {
                    LocalDate last = decided != null ? decided : filed;
                    t = last.plusDays(20 + rnd.nextInt(700));
                }
            }

            for (Certificate c : certs) {
                LocalDate expiry = c.decisionDate().plusMonths(36);
                if (rnd.nextInt(100) < 20) {
                    events.add(new CertificateEvent(c.number(), EventKind.NOTICE_SENT,
                            expiry.minusDays(rnd.nextInt(70))));
                }
                if (rnd.nextInt(100) < 30) {
                    LocalDate filed = expiry.minusDays(230).plusDays(rnd.nextInt(270));
                    events.add(new CertificateEvent(c.number(), EventKind.RE_EVALUATION_FILED, filed));
                    if (rnd.nextInt(100) < 40) {
                        events.add(new CertificateEvent(c.number(), EventKind.RE_EVALUATED,
                                filed.plusDays(rnd.nextInt(260))));
                    }
                }
                if (rnd.nextInt(100) < 7) {
                    events.add(new CertificateEvent(c.number(), EventKind.REVOKED,
                            c.decisionDate().plusDays(20 + rnd.nextInt(1200)), Optional.of("12/QĐ-UBND"), ""));
                }
                if (rnd.nextInt(100) < 8) {
                    events.add(new CertificateEvent(c.number(), EventKind.EXPIRED, expiry));
                }
                b.certificate(c);
            }
            events.sort((x, y) -> x.date().compareTo(y.date()));
            events.forEach(b::event);

            if (rnd.nextInt(100) < 40) {
                int n = 1 + rnd.nextInt(2);
                for (int j = 0; j < n; j++) {
                    FindingKind kind = pick(FindingKind.values());
                    LocalDate date;
                    Optional<String> number = Optional.empty();
                    if (!certs.isEmpty() && rnd.nextInt(10) < 8) {
                        Certificate c = certs.get(rnd.nextInt(certs.size()));
                        date = c.decisionDate().plusDays(rnd.nextInt(1400) - 60);
                        if (rnd.nextInt(10) < 3) {
                            number = Optional.of(c.number());
                        }
                    } else {
                        date = between(START, END);
                    }
                    date = date.isBefore(START) ? START : date.isAfter(END) ? END : date;
                    b.finding(new Finding("F" + i + "-" + j, code, number, kind, pick(BODIES), date, ""));
                }
            }
            return b.build();
        }

        private EvaluationKind kind(int round, boolean certified) {
            int x = rnd.nextInt(100);
            if (round == 0 || !certified) {
                return x < 78 ? EvaluationKind.FIRST : x < 90 ? EvaluationKind.SELF_ASSESSMENT
                        : x < 95 ? EvaluationKind.UPGRADE : EvaluationKind.RE_EVALUATION;
            }
            return x < 35 ? EvaluationKind.UPGRADE : x < 72 ? EvaluationKind.RE_EVALUATION
                    : x < 82 ? EvaluationKind.SELF_ASSESSMENT : EvaluationKind.FIRST;
        }

        /** A level of the period (province most often); now and then any level, even one the period lacks. */
        private EvaluationLevel level(Rulebook rb) {
            if (rnd.nextInt(100) < 12) {
                return pick(EvaluationLevel.values());
            }
            int x = rnd.nextInt(100);
            EvaluationLevel l = x < 50 ? EvaluationLevel.PROVINCE : x < 70 ? EvaluationLevel.DISTRICT
                    : x < 88 ? EvaluationLevel.CENTRAL : EvaluationLevel.COMMUNE;
            return rb.levels().containsKey(l) ? l : EvaluationLevel.PROVINCE;
        }

        /** The council average aimed at: anywhere in 0–100, often right on or next to a band limit. */
        private double target() {
            if (rnd.nextInt(100) < 20) {
                double[] limits = {30, 50, 70, 90, 100, 0};
                double l = limits[rnd.nextInt(limits.length)];
                return Math.max(0, Math.min(100, l + (rnd.nextInt(3) - 1) * 0.5 * rnd.nextInt(2)));
            }
            return rnd.nextDouble() * 100;
        }

        /** 3 to 7 member totals (halves of points) around the target; returns their exact average. */
        private double totals(Evaluation.Builder e, double target) {
            int members = 3 + rnd.nextInt(5);
            boolean exact = rnd.nextInt(4) == 0;
            List<BigDecimal> totals = new ArrayList<>(members);
            long halves = 0;
            for (int m = 0; m < members; m++) {
                double x = exact ? target : Math.max(0, Math.min(100, target + rnd.nextGaussian() * 3));
                long h = Math.round(x * 2);
                halves += h;
                totals.add(BigDecimal.valueOf(h).divide(BigDecimal.valueOf(2)));
            }
            e.memberTotals(totals);
            return halves / 2.0 / members;
        }

        /** Full sheets of 3 to 7 members around the target quality; returns the average of their totals. */
        private double sheets(Evaluation.Builder e, CriteriaSheet sheet, double target) {
            int members = 3 + rnd.nextInt(5);
            long sum = 0;
            for (int m = 0; m < members; m++) {
                double q = Math.max(0, Math.min(1, target / 100 + rnd.nextGaussian() * 0.08));
                Map<String, Choice> choices = new TreeMap<>();
                int total = 0;
                for (CriteriaSheet.Criterion c : sheet.criteria().values()) {
                    if (rnd.nextInt(100) < 4) {
                        continue; // left out: 0 points
                    }
                    double cq = Math.max(0, Math.min(1, q + rnd.nextGaussian() * 0.15));
                    if (c.options().isEmpty()) {
                        int p = (int) Math.round(cq * c.points());
                        choices.put(c.id(), Choice.points(p));
                        total += p;
                    } else {
                        List<CriteriaSheet.Option> byPoints = new ArrayList<>(c.options());
                        byPoints.sort((x, y) -> Integer.compare(x.points(), y.points()));
                        CriteriaSheet.Option o = byPoints.get((int) Math.min(byPoints.size() - 1,
                                Math.floor(cq * byPoints.size())));
                        // now and then the points instead of the option (not for a misprinted option, whose
                        // printed points the scorer does not accept as points)
                        boolean asPoints = rnd.nextInt(10) == 0 && sheet.misprint(c.id(), o.id()).isEmpty();
                        choices.put(c.id(), asPoints ? Choice.points(o.points()) : Choice.option(o.id()));
                        total += o.points();
                    }
                }
                e.sheet(new ScoreSheet("member " + (m + 1), choices));
                sum += total;
            }
            return (double) sum / members; // section knock-outs may lower the real average; only a guide here
        }

        private Integer[] minimums() {
            return switch (rnd.nextInt(7)) {
                case 0 -> new Integer[] {};
                case 1 -> new Integer[] {3};
                case 2 -> new Integer[] {3, 4};
                case 3, 4 -> new Integer[] {3, 4, 5};
                case 5 -> new Integer[] {4, 5};
                default -> new Integer[] {3, 5};
            };
        }

        private Rulebook rulebook(LocalDate date) {
            return rules.rulebooks().forDate(date).rulebook();
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            return from.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        }

        private <T> T pick(T[] values) {
            return values[rnd.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(rnd.nextInt(values.size()));
        }
    }
}
