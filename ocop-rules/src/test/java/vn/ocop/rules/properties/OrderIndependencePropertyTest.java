package vn.ocop.rules.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.Mappers;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.report.PortfolioReporter;

/**
 * <b>Property 4 — order independence.</b> The results do not depend on the order the facts are given
 * in: a portfolio and the same portfolio with every list shuffled (producers, products, evaluations,
 * certificates, findings, certificate events) give, on every date, the same assessment of every
 * product — written out completely ({@link Canonical#assessment}: every decision, field, reason and
 * citation, in the order the library gives them) — and the same portfolio report (as JSON).
 *
 * <p>Products' histories are generated over all four periods, with ties where order could leak in: a
 * commune pre-assessment and the province's evaluation of the same dossier (same filing date), events
 * of the same kind on the same day, a producer with several products. The dates judged are random days
 * and days on which facts happen (where "on or before the date" matters). Replay and seeds:
 * {@link PropertyRunner}.
 */
class OrderIndependencePropertyTest {
    private static final String CLASS = OrderIndependencePropertyTest.class.getName();
    private static final OcopRules RULES = PropertyRules.DEFAULT;
    private static final PortfolioReporter REPORTER = new PortfolioReporter(RULES);
    private static final ObjectMapper REPORT_JSON = Mappers.json().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A case: a portfolio, the seed of its shuffle and the dates judged.
     *
     * @param portfolio the portfolio as generated
     * @param shuffle   the seed of the shuffle
     * @param dates     the dates judged
     */
    record Case(PortfolioCase portfolio, long shuffle, List<LocalDate> dates) {
        String describe() {
            return portfolio.describe() + "judged on " + dates + ", shuffled with seed " + shuffle;
        }

        String json() {
            return portfolio.json();
        }

        /** Fewer dates (each alone), then a smaller portfolio. */
        Stream<Case> shrink() {
            return Shrink.concat(
                    () -> dates.size() <= 1 ? Stream.empty() : dates.stream().map(d -> new Case(portfolio, shuffle, List.of(d))),
                    () -> portfolio.shrink().map(p -> new Case(p, shuffle, dates)));
        }
    }

    static Case generate(Random r) {
        PortfolioCase p = PortfolioCase.generate(r, 4, false);
        // the days facts happen on, and random days
        List<LocalDate> factDays = new ArrayList<>();
        for (ProductRecord rec : p.records()) {
            rec.evaluations().forEach(e -> {
                factDays.add(e.filingDate());
                e.decisionDate().ifPresent(factDays::add);
            });
            rec.certificates().forEach(c -> factDays.add(c.decisionDate()));
            rec.history().events().forEach(e -> factDays.add(e.date()));
            rec.findings().forEach(f -> factDays.add(f.date()));
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < 2 && !factDays.isEmpty(); i++) {
            dates.add(LawfulGenerator.pick(r, factDays).plusDays(r.nextInt(3) - 1));
        }
        dates.add(LawfulGenerator.day(r, LawfulGenerator.FIRST_DAY, LawfulGenerator.LAST_DAY));
        return new Case(p, r.nextLong(), List.copyOf(dates));
    }

    /** The portfolio with every list in a random order (the shuffle's seed decides which). */
    static Portfolio shuffled(Portfolio p, long seed) {
        Random r = new Random(seed);
        return new Portfolio(p.name(), shuffle(p.producers(), r), shuffle(p.products(), r), shuffle(p.evaluations(), r),
                shuffle(p.certificates(), r), shuffle(p.findings(), r), shuffle(p.events(), r), p.plan());
    }

    private static <T> List<T> shuffle(List<T> list, Random r) {
        List<T> out = new ArrayList<>(list);
        Collections.shuffle(out, r);
        return out;
    }

    /** Every product's assessment written out, by product code (in code order). */
    static Map<String, String> assessments(Portfolio p, LocalDate asOf) {
        Map<String, String> out = new TreeMap<>();
        for (Assessment a : RULES.assessAll(p.records(), asOf)) {
            out.put(a.productCode(), Canonical.assessment(a));
        }
        return out;
    }

    static String report(Portfolio p, LocalDate asOf) {
        try {
            return REPORT_JSON.writeValueAsString(REPORTER.report(p, asOf, 90));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String check(Case c) {
        Portfolio given = c.portfolio().portfolio();
        Portfolio shuffled = shuffled(given, c.shuffle());
        for (LocalDate d : c.dates()) {
            Map<String, String> a = assessments(given, d);
            Map<String, String> b = assessments(shuffled, d);
            if (!a.keySet().equals(b.keySet())) {
                return "products differ: on " + d + ": " + a.keySet() + " → " + b.keySet();
            }
            for (String code : a.keySet()) {
                if (!a.get(code).equals(b.get(code))) {
                    return "assessment differs: product " + code + " on " + d + " (expected: as given; actual: shuffled)\n"
                            + Canonical.diff(a.get(code), b.get(code)) + "\n  shuffled portfolio:\n"
                            + Portfolios.json(shuffled);
                }
            }
            String ra = report(given, d);
            String rb = report(shuffled, d);
            if (!ra.equals(rb)) {
                return "report differs: on " + d + " (expected: as given; actual: shuffled)\n" + Canonical.diff(ra, rb);
            }
            PropertyRunner.note(a.size() + " products");
        }
        return null;
    }

    /** Shuffling every list of a portfolio changes no assessment and no report. */
    @Test
    void the_order_of_the_facts_changes_no_result() {
        PropertyRunner.run(new PropertyRunner.Property<Case>("order-independence",
                CLASS + "#the_order_of_the_facts_changes_no_result", 300, (r, i) -> generate(r),
                OrderIndependencePropertyTest::check, Case::shrink, Case::describe, Case::json));
    }
}
