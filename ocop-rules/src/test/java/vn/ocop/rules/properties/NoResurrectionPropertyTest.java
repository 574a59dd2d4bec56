package vn.ocop.rules.properties;

import static vn.ocop.rules.properties.LawfulGenerator.LAST_DAY;
import static vn.ocop.rules.properties.LawfulGenerator.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.CertificateHistory;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EventKind;
import vn.ocop.core.Finding;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;

/**
 * <b>Property 3 — no resurrection.</b> A certificate that is {@link LifecycleState#EXPIRED} or
 * {@link LifecycleState#REVOKED} on a date {@code d} is, on every later date without a new event, neither
 * {@link LifecycleState#VALID} nor {@link LifecycleState#IN_GRACE}, and the OCOP mark is not usable
 * again: the passing of time alone never puts a certificate back in force (a term runs out, 26/2026/QĐ-TTg
 * Điều 12.1 and 148/QĐ-TTg Phụ lục I; grace only ends, Điều 12.3; a revocation stands, Điều 8).
 *
 * <p>"Without a new event" is checked two ways on each case (a product's generated history, a date
 * {@code d} and later dates):
 * <ul>
 *   <li><b>the facts known on {@code d}</b> ({@link #knownOn}): the record with every fact dated after
 *       {@code d} taken out (events, findings, certificates decided later, dossiers filed later) and
 *       every decision dated after {@code d} not yet taken (the dossier pending); judged on {@code d}
 *       and on later dates up to 2030: the regulation period in force may change in between (22 May
 *       2026 brings the grace of Điều 12.3), the facts do not;</li>
 *   <li><b>the whole record</b>, judged on {@code d} and on the later dates before its next dated fact
 *       (a filing, a decision, a certificate, an event or a finding).</li>
 * </ul>
 * The date {@code d} is chosen where certificates end: the expiry date of one of the product's
 * certificates or a day after it, the day after its grace, its revocation, a month end; the later
 * dates include the next day, the ends of terms and graces, the days around 1 July 2025 and 22 May
 * 2026, 29 February 2028 and 31 December 2030. Replay and seeds: {@link PropertyRunner}.
 */
class NoResurrectionPropertyTest {
    private static final String CLASS = NoResurrectionPropertyTest.class.getName();
    private static final OcopRules RULES = PropertyRules.DEFAULT;
    /** Dates where the rules in force change, for the later dates. */
    private static final List<LocalDate> BOUNDARIES = List.of(LocalDate.of(2023, 2, 24), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 6), LocalDate.of(2026, 5, 21), LocalDate.of(2026, 5, 22),
            LocalDate.of(2026, 6, 21), LocalDate.of(2026, 6, 22), LocalDate.of(2028, 2, 29), LAST_DAY);

    /**
     * A case: a product's history, the date it is judged on first, and the later dates.
     *
     * @param record the product's whole history
     * @param on     the date {@code d}
     * @param later  later dates, ascending
     */
    record Case(ProductRecord record, LocalDate on, List<LocalDate> later) {
        String describe() {
            return Portfolios.describe(record) + "judged on " + on + ", then on " + later;
        }

        String json() {
            return Portfolios.json(record);
        }

        /** Fewer later dates (each alone), then a smaller history. */
        Stream<Case> shrink() {
            return Shrink.concat(
                    () -> later.size() <= 1 ? Stream.empty() : later.stream().map(d -> new Case(record, on, List.of(d))),
                    () -> Shrink.record(record).map(r -> new Case(r, on, later)));
        }
    }

    // ------------------------------------------------------------------ generation

    static Case generate(Random r) {
        ProductRecord record = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            record = PropertyRules.GENERATOR.record(r, "51-22001-001", 3, false);
            if (!record.certificates().isEmpty()) {
                break;
            }
        }
        if (record.certificates().isEmpty()) {
            return new Case(record, LawfulGenerator.day(r, LawfulGenerator.FIRST_DAY, LAST_DAY), List.of(LAST_DAY));
        }
        // where a certificate ends: mostly the newest (which nothing supersedes), else any
        List<Certificate> certificates = record.certificates();
        Certificate c = chance(r, 0.6) ? certificates.stream().max(Comparator.comparing(Certificate::decisionDate))
                .orElseThrow() : LawfulGenerator.pick(r, certificates);
        LifecycleStatus issued = status(RULES.assess(record, c.decisionDate()), c.number());
        LocalDate expiry = issued.expiryDate();
        List<LocalDate> ends = new ArrayList<>(List.of(expiry, expiry, expiry.plusDays(1),
                LawfulGenerator.day(r, expiry, LAST_DAY), expiry.withDayOfMonth(expiry.lengthOfMonth())));
        issued.graceUntil().ifPresent(g -> {
            ends.add(g);
            ends.add(g.plusDays(1));
        });
        record.history().events().stream()
                .filter(e -> e.certificateNumber().equals(c.number()) && e.kind() == EventKind.REVOKED)
                .forEach(e -> {
                    ends.add(e.date());
                    ends.add(e.date().plusDays(r.nextInt(40)));
                });
        LocalDate on = LawfulGenerator.clamp(LawfulGenerator.pick(r, ends));
        return new Case(record, on, laterDates(r, record, on));
    }

    /** Later dates: the next days, ends of terms and graces, period boundaries, month ends, random days. */
    static List<LocalDate> laterDates(Random r, ProductRecord record, LocalDate on) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (int days : new int[] {1, 2, 30, 31, 180, 365, 3 * 365 + 1}) {
            out.add(on.plusDays(days));
        }
        out.addAll(BOUNDARIES);
        for (Certificate c : record.certificates()) {
            LifecycleStatus s = status(RULES.assess(record, c.decisionDate()), c.number());
            out.add(s.expiryDate().minusDays(1));
            out.add(s.expiryDate());
            s.graceUntil().ifPresent(g -> {
                out.add(g);
                out.add(g.plusDays(1));
            });
        }
        out.add(on.withDayOfMonth(on.lengthOfMonth()));
        for (int i = 0; i < 3; i++) {
            out.add(LawfulGenerator.day(r, on, LAST_DAY));
        }
        return out.stream().filter(d -> d.isAfter(on) && !d.isAfter(LAST_DAY)).toList();
    }

    // ------------------------------------------------------------------ the facts known on a date

    /**
     * The record as it stood on {@code d}: without the facts dated after it (certificates decided later,
     * their events and the findings about them, dossiers filed later, events and findings dated later),
     * and with every decision dated after {@code d} not yet taken (the dossier pending).
     */
    static ProductRecord knownOn(ProductRecord r, LocalDate d) {
        List<Certificate> certificates = r.certificates().stream().filter(c -> !c.decisionDate().isAfter(d)).toList();
        List<String> numbers = certificates.stream().map(Certificate::number).toList();
        List<Evaluation> evaluations = r.evaluations().stream().filter(e -> !e.filingDate().isAfter(d))
                .map(e -> e.decisionDate().filter(x -> x.isAfter(d)).isPresent() ? Shrink.withDates(e, e.filingDate(),
                        Optional.empty()) : e)
                .toList();
        List<Finding> findings = r.findings().stream().filter(f -> !f.date().isAfter(d))
                .map(f -> f.certificateNumber().filter(n -> !numbers.contains(n)).isPresent()
                        ? new Finding(f.id(), f.productCode(), Optional.empty(), f.kind(), f.body(), f.date(),
                                f.description())
                        : f)
                .toList();
        List<CertificateEvent> events = r.history().events().stream()
                .filter(e -> !e.date().isAfter(d) && numbers.contains(e.certificateNumber())).toList();
        return new ProductRecord(r.product(), r.producer(), evaluations, certificates, findings,
                CertificateHistory.of(events));
    }

    /** The first date after {@code d} on which something is recorded: a filing, decision, certificate, event or finding. */
    static Optional<LocalDate> nextFact(ProductRecord r, LocalDate d) {
        List<LocalDate> dates = new ArrayList<>();
        r.evaluations().forEach(e -> {
            dates.add(e.filingDate());
            e.decisionDate().ifPresent(dates::add);
        });
        r.certificates().forEach(c -> dates.add(c.decisionDate()));
        r.history().events().forEach(e -> dates.add(e.date()));
        r.findings().forEach(f -> dates.add(f.date()));
        return dates.stream().filter(x -> x.isAfter(d)).min(Comparator.naturalOrder());
    }

    // ------------------------------------------------------------------ the check

    static LifecycleStatus status(Assessment a, String number) {
        return a.certificates().stream().filter(s -> s.certificateNumber().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no status of certificate " + number + " on " + a.asOf()));
    }

    /** In force again: valid, in grace, or the mark usable. */
    static boolean inForce(LifecycleStatus s) {
        return s.state() == LifecycleState.VALID || s.state() == LifecycleState.IN_GRACE || s.markUsable();
    }

    /**
     * The certificates of {@code record} ended (expired or revoked) in {@code first} (its assessment on a date)
     * must stay out of force on every date of {@code later}; null when they do, else the first resurrection.
     */
    static String resurrection(String kind, ProductRecord record, Assessment first, List<LocalDate> later) {
        LocalDate on = first.asOf();
        Map<String, LifecycleStatus> ended = first.certificates().stream()
                .filter(s -> s.state() == LifecycleState.EXPIRED || s.state() == LifecycleState.REVOKED)
                .collect(Collectors.toMap(LifecycleStatus::certificateNumber, Function.identity()));
        for (LocalDate d : later) {
            Assessment then = RULES.assess(record, d);
            for (LifecycleStatus was : ended.values()) {
                LifecycleStatus now = status(then, was.certificateNumber());
                if (inForce(now)) {
                    return "resurrected (" + kind + "): certificate " + was.certificateNumber() + " is " + was.state()
                            + " on " + on + " but " + now.state() + (now.markUsable() ? " with the mark usable" : "")
                            + " on " + d + "\n  on " + on + ": " + Canonical.certificate(was) + "\n  on " + d
                            + ": " + Canonical.certificate(now);
                }
            }
        }
        return null;
    }

    static String check(Case c) {
        ProductRecord known = knownOn(c.record(), c.on());
        Assessment first = RULES.assess(known, c.on());
        if (first.certificates().stream()
                .noneMatch(s -> s.state() == LifecycleState.EXPIRED || s.state() == LifecycleState.REVOKED)) {
            throw PropertyRunner.discard("no certificate expired or revoked on the date");
        }
        first.certificates().forEach(s -> PropertyRunner.note(s.state() + " on d"));
        String failure = resurrection("facts known on d", known, first, c.later());
        if (failure != null) {
            return failure;
        }
        LocalDate next = nextFact(c.record(), c.on()).orElse(LAST_DAY.plusDays(1));
        List<LocalDate> quiet = c.later().stream().filter(d -> d.isBefore(next)).toList();
        if (quiet.isEmpty()) {
            return null;
        }
        PropertyRunner.note("whole record, later dates before its next fact");
        return resurrection("whole record", c.record(), RULES.assess(c.record(), c.on()), quiet);
    }

    /** Expired or revoked certificates never come back into force with time alone. */
    @Test
    void an_ended_certificate_never_comes_back_into_force_without_a_new_event() {
        PropertyRunner.run(new PropertyRunner.Property<Case>("no-resurrection",
                CLASS + "#an_ended_certificate_never_comes_back_into_force_without_a_new_event", 1000,
                (r, i) -> generate(r), NoResurrectionPropertyTest::check, Case::shrink, Case::describe, Case::json));
    }
}
