package vn.ocop.rules.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.CertificateHistory;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.Finding;
import vn.ocop.core.FindingKind;
import vn.ocop.core.LegalRepresentative;
import vn.ocop.core.Locality;
import vn.ocop.core.Plan;
import vn.ocop.core.Portfolio;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.CriteriaSheet.Criterion;
import vn.ocop.core.rulebook.CriteriaSheet.Option;
import vn.ocop.core.scoring.SheetScorer;
import vn.ocop.rules.OcopRules;

/**
 * Random but lawful inputs for the property tests, from a {@link Random} (so from a seed: the
 * same seed always gives the same inputs, see {@link PropertyRunner}).
 *
 * <p><b>What "lawful" means here.</b> Every value is one the library's own model accepts (its
 * constructors' checks) and one a provincial registry can really hold:
 * <ul>
 *   <li>dates from 21 August 2019 (the first period) to 31 December 2030 (the end of the period
 *       coverage the build checks), about one in eight a month end and one in twenty-five a 29 February
 *       ({@link #day}), certificates now and then decided on a month end; a decision date is never before
 *       its filing date;</li>
 *   <li>member totals between 0 and 100 with 0 to 2 decimals (now and then 3 to 5, to exercise the exact
 *       arithmetic), biased towards the band limits 30, 50, 70 and 90; councils of 1 to 9 members;</li>
 *   <li>full score sheets only for dossiers filed from 22 May 2026 (26/2026/QĐ-TTg, the only period
 *       whose criteria the library has: a dossier filed earlier is rated under the old rules,
 *       Điều 12.2), on the product set's own sheet of Phụ lục II, each choice a real option of a real
 *       criterion (by its letter, or now and then by its points), or points up to the maximum of a
 *       criterion without tick boxes; a criterion may be left out (it scores 0);</li>
 *   <li>knock-outs named on the product set's sheet (26/2026) or free ids (earlier periods, whose
 *       sheets the library does not hold);</li>
 *   <li>evaluation levels of the period (district councils only until 30 June 2025, the commune's
 *       pre-assessment from 6 July 2025), with a few dossiers at a level the period does not have;</li>
 *   <li>certificates of 3 to 5 stars, signed by the authority the period names for the star (148: a
 *       3★ product by the district or, when the province evaluated it, by the province), at most one
 *       recognition decision for a product on any one day;</li>
 *   <li>histories: issue, expiry notice, re-evaluation filed (inside, before or after the filing
 *       window) and decided, with or without a new certificate, upgrades, revocation after a finding,
 *       a recorded expiry; re-evaluation dossiers that the commune pre-assesses and the province then
 *       evaluates (two evaluations with the same filing date);</li>
 *   <li>findings of every kind, with or without the certificate they concern;</li>
 *   <li>portfolios of several products, now and then several of one producer; district and commune
 *       codes with one name each.</li>
 * </ul>
 *
 * <p>Sizes are small on purpose (a product has at most a few certificates): counterexamples stay
 * readable, and the shrinking in {@link Shrink} makes them smaller still.
 */
final class LawfulGenerator {
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 8, 21);
    static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);
    /** The first day of 26/2026/QĐ-TTg: dossiers filed from it may be scored on its sheets. */
    static final LocalDate SHEETS_FROM = LocalDate.of(2026, 5, 22);
    /** The last day district councils existed (two-tier local government from 1 July 2025). */
    static final LocalDate DISTRICT_UNTIL = LocalDate.of(2025, 6, 30);

    /** The four regulation periods, as the rulebooks date them. */
    enum Period {
        QD1048_2019(LocalDate.of(2019, 8, 21), LocalDate.of(2023, 2, 23)),
        QD148_2023(LocalDate.of(2023, 2, 24), LocalDate.of(2025, 7, 5)),
        QD148_1489_2025(LocalDate.of(2025, 7, 6), LocalDate.of(2026, 5, 21)),
        QD26_2026(LocalDate.of(2026, 5, 22), LAST_DAY);

        final LocalDate from;
        final LocalDate to;

        Period(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        static Period of(LocalDate d) {
            for (Period p : values()) {
                if (!d.isBefore(p.from) && !d.isAfter(p.to)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no period for " + d);
        }
    }

    private static final ProducerType[] ELIGIBLE = {ProducerType.COOPERATIVE, ProducerType.COOPERATIVE_GROUP,
        ProducerType.SMALL_MEDIUM_ENTERPRISE, ProducerType.FARM, ProducerType.HOUSEHOLD};
    private static final double[] BAND_LIMITS = {30, 50, 70, 90};
    /** Text a registry may hold that is awkward for JSON and YAML writers (quotes, colons, YAML words). */
    private static final String[] AWKWARD_TEXT = {"HTX \"Tỏi\" Lý Sơn", "Cơ sở: Nước mắm # 1", "yes", "No", "null",
        "~", "1.10", "0x1F", "- dấu gạch", "  khoảng trắng  ", "a\nb", "Đặc sản 'Sâm' Ngọc Linh", "[1, 2]", "{x: y}",
        "true", "2026-05-22", "6.30", "@tag", "&anchor", "*alias", "!!str", "%", "é\u0301", "a\tb"};

    private final Map<ProductSet, CriteriaSheet> sheets = new EnumMap<>(ProductSet.class);

    /** Reads the 26 sheets of Phụ lục II from the rule base (the same objects the rules score on). */
    LawfulGenerator(OcopRules rules) {
        for (ProductSet set : ProductSet.values()) {
            sheets.put(set, rules.criteriaSheet(set, SHEETS_FROM).orElseThrow(
                    () -> new IllegalStateException("no 26/2026 sheet for " + set)));
        }
    }

    CriteriaSheet sheet(ProductSet set) {
        return sheets.get(set);
    }

    // ------------------------------------------------------------------ small values

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static boolean chance(Random r, double p) {
        return r.nextDouble() < p;
    }

    /**
     * A day between {@code from} and {@code to} inclusive: uniform, but about one time in eight the last
     * day of its month and one in twenty-five a 29 February in the range (where date arithmetic with
     * months goes wrong: 29 February 2024 + 36 months is 28 February 2027, 31 January + 1 month is
     * 28 or 29 February).
     */
    static LocalDate day(Random r, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        if (span <= 0) {
            return from;
        }
        LocalDate d = from.plusDays((long) (r.nextDouble() * (span + 1)));
        double x = r.nextDouble();
        if (x < 0.12) {
            LocalDate end = d.withDayOfMonth(d.lengthOfMonth());
            return end.isAfter(to) ? d : end;
        }
        if (x < 0.16) {
            for (int y = d.getYear(); y >= from.getYear(); y--) {
                if (java.time.Year.isLeap(y)) {
                    LocalDate leap = LocalDate.of(y, 2, 29);
                    if (!leap.isBefore(from) && !leap.isAfter(to)) {
                        return leap;
                    }
                }
            }
        }
        return d;
    }

    /** {@code d}, or now and then the last day of its month (month ends make month arithmetic interesting). */
    static LocalDate monthEndNowAndThen(Random r, LocalDate d) {
        if (chance(r, 0.15)) {
            return d.withDayOfMonth(d.lengthOfMonth());
        }
        return d;
    }

    static LocalDate clamp(LocalDate d) {
        return d.isBefore(FIRST_DAY) ? FIRST_DAY : d.isAfter(LAST_DAY) ? LAST_DAY : d;
    }

    /** A day in a period, now and then its first or last day (where the rules change). */
    static LocalDate dayIn(Random r, Period p) {
        double x = r.nextDouble();
        if (x < 0.05) {
            return p.from;
        }
        if (x < 0.08) {
            return p.to;
        }
        return day(r, p.from, p.to);
    }

    ProductSet productSet(Random r) {
        return pick(r, ProductSet.values());
    }

    /** A producer: mostly a type every period admits; now and then one a period does not. */
    Producer producer(Random r, String id, boolean awkward) {
        ProducerType type = chance(r, 0.9) ? pick(r, ELIGIBLE) : pick(r, ProducerType.values());
        String name = awkward && chance(r, 0.5) ? pick(r, AWKWARD_TEXT) : "Chủ thể " + id;
        LegalRepresentative rep = chance(r, 0.7) ? LegalRepresentative.NONE
                : new LegalRepresentative(r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        Optional<Locality> loc = chance(r, 0.5) ? Optional.empty() : Optional.of(locality(r));
        return new Producer(id, name, type, rep, loc);
    }

    Locality locality(Random r) {
        int commune = r.nextInt(40);
        if (r.nextBoolean()) {
            int district = r.nextInt(10); // one name per code, as in a registry
            return Locality.withDistrict("51", "Quảng Ngãi", "5" + district, "Huyện " + district,
                    "22" + commune, "Xã " + commune);
        }
        return Locality.of("51", "Quảng Ngãi", "22" + commune, "Xã " + commune);
    }

    Product product(Random r, String code, ProductSet set, Producer producer, boolean awkward) {
        String name = awkward && chance(r, 0.5) ? pick(r, AWKWARD_TEXT) : "Sản phẩm " + code;
        return new Product(code, name, set, producer.id(), locality(r), r.nextBoolean());
    }

    // ------------------------------------------------------------------ scores

    /** Council size: mostly 4 to 9 members, as councils are; now and then 1 to 3. */
    static int councilSize(Random r) {
        return chance(r, 0.2) ? 1 + r.nextInt(3) : 4 + r.nextInt(6);
    }

    /** An intended council average: uniform, or at / next to a band limit. */
    static double center(Random r) {
        if (chance(r, 0.35)) {
            double limit = BAND_LIMITS[r.nextInt(BAND_LIMITS.length)];
            double[] offsets = {0, 0, -0.01, 0.01, -0.5, 0.5, -1, 1, -2, 2};
            return limit + offsets[r.nextInt(offsets.length)];
        }
        return 20 + r.nextDouble() * 80;
    }

    /** A member total near {@code center}: 0 to 100, 0 to 2 decimals (rarely 3 to 5). */
    static BigDecimal total(Random r, double center) {
        double v = chance(r, 0.3) ? center : center + r.nextGaussian() * 3;
        v = Math.max(0, Math.min(100, v));
        double x = r.nextDouble();
        int scale = x < 0.45 ? 0 : x < 0.75 ? 1 : x < 0.95 ? 2 : 3 + r.nextInt(3);
        BigDecimal t = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
        if (scale == 1 && chance(r, 0.5)) {
            t = BigDecimal.valueOf(Math.round(v * 2) / 2.0).setScale(1, RoundingMode.UNNECESSARY);
        }
        if (t.compareTo(BigDecimal.valueOf(100)) > 0) {
            t = BigDecimal.valueOf(100).setScale(scale);
        }
        return t;
    }

    static List<BigDecimal> memberTotals(Random r, int members, double center) {
        List<BigDecimal> out = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            out.add(total(r, center));
        }
        return out;
    }

    /** Minimums the council confirmed (totals only): none stated, a run 3, 3-4, 3-4-5, or any subset. */
    static Optional<Set<Integer>> minimumsMet(Random r) {
        double x = r.nextDouble();
        if (x < 0.45) {
            return Optional.empty();
        }
        Set<Integer> s = new LinkedHashSet<>();
        if (x < 0.85) {
            int upTo = 2 + r.nextInt(4); // 2 (none) .. 5
            for (int k = 3; k <= upTo; k++) {
                s.add(k);
            }
        } else {
            for (int k = 3; k <= 5; k++) {
                if (r.nextBoolean()) {
                    s.add(k);
                }
            }
        }
        return Optional.of(s);
    }

    /** The options of a criterion from worst to best (by the points the sheet applies). */
    static List<Option> optionsByPoints(CriteriaSheet sheet, Criterion c) {
        List<Option> o = new ArrayList<>(c.options());
        o.sort(Comparator.comparingInt(op -> SheetScorer.points(sheet, c, op)));
        return o;
    }

    /** The points one choice scores on a criterion (0 when left out). */
    static int pointsOf(CriteriaSheet sheet, Criterion c, Choice choice) {
        if (choice == null) {
            return 0;
        }
        if (choice.optionId().isPresent()) {
            return SheetScorer.points(sheet, c, c.option(choice.optionId().get()).orElseThrow());
        }
        return choice.givenPoints().orElseThrow();
    }

    /**
     * One member's sheet: on every criterion an option about {@code quality} (0 worst … 1 best) of the
     * way up, with noise; now and then a criterion left out, or a choice given as points.
     */
    static ScoreSheet sheet(Random r, CriteriaSheet sheet, String member, double quality) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria().values()) {
            if (chance(r, 0.04)) {
                continue;
            }
            double q = Math.max(0, Math.min(1, quality + r.nextGaussian() * 0.25));
            if (c.options().isEmpty()) {
                choices.put(c.id(), Choice.points((int) Math.round(q * c.points())));
            } else {
                List<Option> opts = optionsByPoints(sheet, c);
                Option o = opts.get((int) Math.round(q * (opts.size() - 1)));
                choices.put(c.id(), chance(r, 0.1) ? Choice.points(SheetScorer.points(sheet, c, o))
                        : Choice.option(o.id()));
            }
        }
        return new ScoreSheet(member, choices);
    }

    static List<ScoreSheet> sheets(Random r, CriteriaSheet sheet, int members) {
        double quality = r.nextDouble();
        List<ScoreSheet> out = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            double q = Math.max(0, Math.min(1, quality + r.nextGaussian() * 0.08));
            out.add(sheet(r, sheet, "member " + (i + 1), q));
        }
        return out;
    }

    /** Knock-outs: mostly none; else one or two of the sheet's (26/2026) or free ids (earlier periods). */
    Set<String> knockOuts(Random r, ProductSet set, boolean sheetPeriod, double p) {
        if (!chance(r, p)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (sheetPeriod) {
            List<CriteriaSheet.KnockOut> ko = sheet(set).knockOuts();
            if (ko.isEmpty()) {
                return Set.of();
            }
            out.add(pick(r, ko).id());
            if (chance(r, 0.2)) {
                out.add(pick(r, ko).id());
            }
        } else {
            out.add(pick(r, new String[] {"falsified-dossier", "no-food-safety-certificate", "registration-not-met"}));
        }
        return out;
    }

    // ------------------------------------------------------------------ evaluations

    /** A level the period of {@code decided} has (the district until 30 June 2025); now and then any level. */
    static EvaluationLevel level(Random r, LocalDate decided) {
        if (chance(r, 0.03)) {
            return pick(r, EvaluationLevel.values());
        }
        Period p = Period.of(decided);
        List<EvaluationLevel> lawful = new ArrayList<>();
        switch (p) {
            case QD1048_2019 -> lawful.addAll(List.of(EvaluationLevel.DISTRICT, EvaluationLevel.PROVINCE,
                    EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL));
            case QD148_2023 -> {
                if (!decided.isAfter(DISTRICT_UNTIL)) {
                    lawful.add(EvaluationLevel.DISTRICT);
                    lawful.add(EvaluationLevel.DISTRICT);
                }
                lawful.addAll(List.of(EvaluationLevel.PROVINCE, EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL));
            }
            default -> lawful.addAll(List.of(EvaluationLevel.COMMUNE, EvaluationLevel.PROVINCE,
                    EvaluationLevel.PROVINCE, EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL));
        }
        return pick(r, lawful);
    }

    static EvaluationKind kind(Random r) {
        double x = r.nextDouble();
        return x < 0.5 ? EvaluationKind.FIRST : x < 0.65 ? EvaluationKind.UPGRADE
                : x < 0.85 ? EvaluationKind.RE_EVALUATION : EvaluationKind.SELF_ASSESSMENT;
    }

    /**
     * A scored evaluation: by sheets (only when filed from 22 May 2026, and then half the time) or by
     * member totals (with or without confirmed minimums).
     */
    Evaluation scored(Random r, String id, String code, ProductSet set, EvaluationKind kind, EvaluationLevel level,
            LocalDate filed, Optional<LocalDate> decided, boolean bySheets, double knockOutChance) {
        boolean sheetPeriod = !filed.isBefore(SHEETS_FROM);
        int members = councilSize(r);
        Set<String> ko = knockOuts(r, set, sheetPeriod, knockOutChance);
        if (bySheets && sheetPeriod) {
            return new Evaluation(id, code, kind, level, filed, decided, List.of(), sheets(r, sheet(set), members), ko,
                    Optional.empty());
        }
        return new Evaluation(id, code, kind, level, filed, decided, memberTotals(r, members, center(r)), List.of(), ko,
                minimumsMet(r));
    }

    /** An evaluation with a decision (the council met), filed 0 to 120 days before it. */
    Evaluation decided(Random r, String id, String code, ProductSet set, LocalDate decided, boolean bySheets) {
        LocalDate filed = clamp(decided.minusDays(r.nextInt(121)));
        if (bySheets && filed.isBefore(SHEETS_FROM)) {
            filed = decided.isBefore(SHEETS_FROM) ? filed : SHEETS_FROM;
        }
        return scored(r, id, code, set, kind(r), level(r, decided), filed, Optional.of(decided), bySheets, 0.06);
    }

    // ------------------------------------------------------------------ certificates and histories

    /** Level and authority of a recognition of {@code stars} decided on {@code date}, as the period names them. */
    static Certificate certificate(Random r, String number, String code, int stars, LocalDate date) {
        Period p = Period.of(date);
        EvaluationLevel level;
        Authority authority;
        if (stars == 5) {
            level = EvaluationLevel.CENTRAL;
            authority = Authority.MINISTER_OF_AGRICULTURE;
        } else if (stars == 3 && p == Period.QD148_2023 && !date.isAfter(DISTRICT_UNTIL) && chance(r, 0.6)) {
            level = EvaluationLevel.DISTRICT;
            authority = Authority.DISTRICT_PEOPLES_COMMITTEE;
        } else {
            level = EvaluationLevel.PROVINCE;
            authority = Authority.PROVINCIAL_PEOPLES_COMMITTEE;
        }
        Optional<String> rulebook = chance(r, 0.2) ? Optional.of(p.name()) : Optional.empty();
        String decision = (100 + r.nextInt(2900)) + "/QĐ-" + (level == EvaluationLevel.CENTRAL ? "BNNMT" : "UBND");
        return new Certificate(number, code, stars, level, authority, decision, date, rulebook);
    }

    /**
     * One product's history from a random start: a first evaluation, a certificate when it earns one, and
     * up to {@code maxCycles} further steps (re-evaluation around expiry, upgrade, revocation after a
     * finding, lapse), with findings and events; every date inside the periods' coverage.
     */
    ProductRecord record(Random r, String code, int maxCycles, boolean awkward) {
        return record(r, code, maxCycles, awkward, producer(r, "P-" + code, awkward));
    }

    /** As {@link #record(Random, String, int, boolean)}, for a product of a given producer. */
    ProductRecord record(Random r, String code, int maxCycles, boolean awkward, Producer producer) {
        ProductSet set = productSet(r);
        Product product = product(r, code, set, producer, awkward);
        History h = new History(r, code, set);

        LocalDate start = chance(r, 0.5) ? day(r, FIRST_DAY, LocalDate.of(2029, 12, 31))
                : day(r, LocalDate.of(2022, 6, 1), LocalDate.of(2027, 12, 31));
        // a first evaluation; in the commune/province periods sometimes pre-assessed by the commune first
        LocalDate decided = clamp(start.plusDays(10 + r.nextInt(80)));
        boolean sheets = !start.isBefore(SHEETS_FROM) && r.nextBoolean();
        int stars = 1 + r.nextInt(5);
        if (chance(r, 0.15)) {
            h.evaluations.add(scored(r, h.evaluationId(), code, set, EvaluationKind.SELF_ASSESSMENT,
                    EvaluationLevel.PROVINCE, start, Optional.of(start), sheets, 0.0));
        }
        if (Period.of(decided).ordinal() >= Period.QD148_1489_2025.ordinal() && chance(r, 0.3)) {
            h.evaluations.add(new Evaluation(h.evaluationId(), code, EvaluationKind.FIRST, EvaluationLevel.COMMUNE,
                    start, Optional.of(clamp(start.plusDays(r.nextInt(10)))), List.of(), List.of(), Set.of(),
                    Optional.empty()));
        }
        boolean pending = chance(r, 0.08);
        h.evaluations.add(scored(r, h.evaluationId(), code, set, EvaluationKind.FIRST, level(r, decided), start,
                pending ? Optional.empty() : Optional.of(decided), sheets, 0.05));
        Certificate current = null;
        if (!pending && stars >= 3 && chance(r, 0.85)) {
            current = h.issue(clamp(monthEndNowAndThen(r, decided.plusDays(r.nextInt(25)))), stars);
        }
        int cycles = r.nextInt(maxCycles + 1);
        for (int i = 0; i < cycles && current != null; i++) {
            current = h.step(current);
        }
        // stray findings, some about no certificate in particular
        int extra = r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            h.finding(day(r, start, LAST_DAY), chance(r, 0.3) && !h.certificates.isEmpty()
                    ? Optional.of(pick(r, h.certificates).number()) : Optional.empty());
        }
        return new ProductRecord(product, producer, h.evaluations, h.certificates, h.findings,
                CertificateHistory.of(h.events));
    }

    /** Builds one product's history; keeps ids unique and recognition decisions on distinct days. */
    private final class History {
        final Random r;
        final String code;
        final ProductSet set;
        final List<Evaluation> evaluations = new ArrayList<>();
        final List<Certificate> certificates = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<CertificateEvent> events = new ArrayList<>();
        final Set<LocalDate> decisionDays = new HashSet<>();
        int e;
        int f;

        History(Random r, String code, ProductSet set) {
            this.r = r;
            this.code = code;
            this.set = set;
        }

        String evaluationId() {
            return code + "-E" + (++e);
        }

        void event(String number, EventKind kind, LocalDate date, Optional<String> reference) {
            if (!date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY)) {
                events.add(new CertificateEvent(number, kind, date, reference, chance(r, 0.2) ? "ghi chú" : ""));
            }
        }

        Certificate issue(LocalDate date, int stars) {
            while (decisionDays.contains(date)) {
                date = date.plusDays(1);
            }
            if (date.isAfter(LAST_DAY)) {
                return null;
            }
            decisionDays.add(date);
            Certificate c = certificate(r, code + "-C" + (certificates.size() + 1), code, stars, date);
            certificates.add(c);
            if (chance(r, 0.5)) {
                event(c.number(), EventKind.ISSUED, date, Optional.of(c.decisionNumber()));
            }
            return c;
        }

        void finding(LocalDate date, Optional<String> certificate) {
            if (date.isAfter(LAST_DAY)) {
                return;
            }
            FindingKind kind = pick(r, FindingKind.values());
            findings.add(new Finding(code + "-F" + (++f), code, certificate, kind,
                    chance(r, 0.5) ? "Sở Nông nghiệp và Môi trường" : "UBND xã", date, chance(r, 0.3) ? "kết luận" : ""));
        }

        /** One step after {@code c} was issued; returns the certificate that stands after it (or null). */
        Certificate step(Certificate c) {
            LocalDate expiry = c.decisionDate().plusMonths(36);
            double x = r.nextDouble();
            if (x < 0.5) {
                return reEvaluation(c, expiry);
            }
            if (x < 0.65 && c.stars() < 5) {
                return upgrade(c, expiry);
            }
            if (x < 0.8) {
                LocalDate found = day(r, c.decisionDate().plusDays(30), expiry.plusDays(60));
                finding(found, chance(r, 0.5) ? Optional.of(c.number()) : Optional.empty());
                if (chance(r, 0.6)) {
                    event(c.number(), EventKind.REVOKED, found.plusDays(r.nextInt(30)), Optional.of("thu hồi"));
                }
                return null;
            }
            // lapses; the host may record the expiry
            if (chance(r, 0.4)) {
                event(c.number(), EventKind.EXPIRED, expiry, Optional.empty());
            }
            return null;
        }

        Certificate reEvaluation(Certificate c, LocalDate expiry) {
            if (Period.of(clamp(expiry.minusDays(30))) == Period.QD148_2023
                    || Period.of(clamp(expiry.minusDays(30))) == Period.QD148_1489_2025) {
                if (chance(r, 0.6)) {
                    event(c.number(), EventKind.NOTICE_SENT, expiry.minusDays(30 + r.nextInt(40)), Optional.empty());
                }
            }
            // filed in the window (180 to 120 days before expiry), too early, late, or after expiry
            double w = r.nextDouble();
            LocalDate filed = w < 0.5 ? expiry.minusDays(120 + r.nextInt(61))
                    : w < 0.65 ? expiry.minusDays(181 + r.nextInt(200))
                    : w < 0.9 ? expiry.minusDays(1 + r.nextInt(119)) : expiry.plusDays(r.nextInt(60));
            filed = clamp(filed);
            if (!filed.isAfter(c.decisionDate())) {
                filed = c.decisionDate().plusDays(1);
            }
            if (filed.isAfter(LAST_DAY)) {
                return null;
            }
            boolean byEvent = chance(r, 0.7);
            boolean byEvaluation = !byEvent || chance(r, 0.5);
            if (byEvent) {
                event(c.number(), EventKind.RE_EVALUATION_FILED, filed, Optional.of("HS-" + r.nextInt(1000)));
            }
            boolean decided = chance(r, 0.75);
            LocalDate decidedOn = clamp(filed.plusDays(5 + r.nextInt(250)));
            if (byEvaluation) {
                if (Period.of(filed).ordinal() >= Period.QD148_1489_2025.ordinal() && chance(r, 0.35)) {
                    // the commune pre-assesses the dossier and forwards it: same filing date, its own decision
                    evaluations.add(new Evaluation(evaluationId(), code, EvaluationKind.RE_EVALUATION,
                            EvaluationLevel.COMMUNE, filed, Optional.of(clamp(filed.plusDays(r.nextInt(15)))),
                            List.of(), List.of(), Set.of(), Optional.empty()));
                }
                evaluations.add(scored(r, evaluationId(), code, set, EvaluationKind.RE_EVALUATION,
                        level(r, decided ? decidedOn : filed), filed, decided ? Optional.of(decidedOn) : Optional.empty(),
                        r.nextBoolean(), 0.05));
            }
            if (!decided) {
                return null;
            }
            if (chance(r, 0.5)) {
                event(c.number(), EventKind.RE_EVALUATED, decidedOn, Optional.empty());
            }
            if (chance(r, 0.6)) {
                int stars = Math.max(3, Math.min(5, c.stars() + r.nextInt(3) - 1));
                Certificate next = issue(clamp(monthEndNowAndThen(r, decidedOn.plusDays(r.nextInt(15)))), stars);
                if (next != null && chance(r, 0.5)) {
                    event(c.number(), EventKind.RE_EVALUATED, next.decisionDate(), Optional.of(next.number()));
                }
                return next;
            }
            return null;
        }

        Certificate upgrade(Certificate c, LocalDate expiry) {
            LocalDate filed = day(r, c.decisionDate().plusDays(60), expiry.minusDays(1));
            if (filed.isAfter(LAST_DAY)) {
                return null;
            }
            boolean decided = chance(r, 0.8);
            LocalDate decidedOn = clamp(filed.plusDays(20 + r.nextInt(100)));
            evaluations.add(scored(r, evaluationId(), code, set, EvaluationKind.UPGRADE,
                    c.stars() == 4 ? EvaluationLevel.CENTRAL : level(r, decidedOn), filed,
                    decided ? Optional.of(decidedOn) : Optional.empty(), r.nextBoolean(), 0.05));
            if (!decided || chance(r, 0.4)) {
                return c;
            }
            Certificate next = issue(clamp(decidedOn.plusDays(r.nextInt(20))), c.stars() + 1);
            if (next != null) {
                event(c.number(), EventKind.UPGRADED, next.decisionDate(), Optional.of(next.number()));
                return next;
            }
            return c;
        }
    }

    // ------------------------------------------------------------------ portfolios

    /** A portfolio of {@code products} histories (their producers, products, facts) and maybe a plan. */
    Portfolio portfolio(Random r, int products, boolean awkward) {
        List<ProductRecord> records = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            String code = "51-" + (22000 + r.nextInt(999)) + "-" + String.format("%03d", i);
            // now and then a producer with several products (reports count producers once)
            records.add(i > 0 && chance(r, 0.3) ? record(r, code, 3, awkward, pick(r, records).producer())
                    : record(r, code, 3, awkward));
        }
        Optional<Plan> plan = Optional.empty();
        if (chance(r, 0.3)) {
            int year = 2020 + r.nextInt(10);
            int lo = r.nextInt(5);
            plan = Optional.of(new Plan(r.nextInt(200) + "/KH-UBND", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    r.nextInt(100), lo, lo + r.nextInt(5), lo, lo + r.nextInt(3)));
        }
        String name = awkward && chance(r, 0.5) ? pick(r, AWKWARD_TEXT) : "Quảng Ngãi " + (2020 + r.nextInt(10));
        return Portfolios.of(name, records, plan);
    }
}
