package vn.ocop.rules.properties;

import static vn.ocop.rules.properties.LawfulGenerator.SHEETS_FROM;
import static vn.ocop.rules.properties.LawfulGenerator.chance;
import static vn.ocop.rules.properties.LawfulGenerator.clamp;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Producer;
import vn.ocop.core.Product;
import vn.ocop.core.ProductSet;
import vn.ocop.rules.properties.LawfulGenerator.Period;

/**
 * <b>Property 1 — monotone in points.</b> For one evaluation (the same product, producer, kind, level,
 * filing and decision dates, knock-outs and confirmed minimums), raising any member's total, or any
 * member's choice on any criterion to a better option, never gives fewer stars and never turns a
 * certifiable result into one that is not.
 *
 * <p>Precisely, with {@code l} the rating before and {@code h} after the raise ({@link Raise#check}):
 * the council's average and its band never go down (Điều 3.3 of 26/2026/QĐ-TTg: the star is the band of
 * the average, "từ … đến dưới …"); the star reached never goes down, where a dossier forwarded to the
 * level above counts as the star whose band starts at the forwarding threshold (a province forwards from
 * 90 as a potential 5★, Điều 7.3.e; a 148 district from 70, a 1048 district from 50) and every other
 * non-rated outcome as 0; if {@code l} is certifiable, {@code h} is certifiable or forwarded (at the
 * threshold the province no longer certifies: the level above decides); if {@code l} is forwarded, so
 * is {@code h}.
 *
 * <p>Refined precondition: under {@code minimumPolicy: NOT_ACHIEVED} (1048/QĐ-TTg with 781/QĐ-TTg,
 * assumption {@code minimum-policy-1048}: "products missing the minimum requirements were rated not
 * achieved"), a raise into a higher band whose starred minimums are not all met gives "không đạt" by
 * that very policy, so such cases are discarded and counted in the summary. Knock-outs and ineligible
 * producers are kept: the result is then rejected / not rated on both sides, which is monotone.
 *
 * <p>Run: totals in each of the four periods (1048, 148, 148 + 1489, 26/2026; a dossier is rated under
 * the rulebook its filing and decision dates select, so now and then one filed before 22 May 2026 and
 * decided after is rated under 148 + 1489, Điều 12.2), and full sheets on all 26 sheets of 26/2026.
 * Replay and seeds: {@link PropertyRunner}.
 */
class MonotoneInPointsPropertyTest {
    private static final String CLASS = MonotoneInPointsPropertyTest.class.getName();

    /** A product, its producer and one scored evaluation decided in {@code period}. */
    static Raise totalsCase(Random r, Period period) {
        LawfulGenerator g = PropertyRules.GENERATOR;
        ProductSet set = g.productSet(r);
        Producer producer = g.producer(r, "P-1", false);
        Product product = g.product(r, "SP-1", set, producer, false);
        LocalDate decided = LawfulGenerator.dayIn(r, period);
        LocalDate filed = clamp(decided.minusDays(r.nextInt(121)));
        if (!chance(r, 0.15) && filed.isBefore(period.from)) {
            filed = period.from; // mostly filed in the same period; sometimes in flight from the one before
        }
        Evaluation e = g.scored(r, "E-1", product.code(), set, LawfulGenerator.kind(r),
                LawfulGenerator.level(r, decided), filed, Optional.of(decided), false, 0.05);
        LocalDate asOf = clamp(decided.plusDays(r.nextInt(400)));
        Raise raise = Raise.raiseTotal(r, product, producer, e, asOf);
        if (raise == null) { // every member gave 100: raise nothing, lower one member instead
            return Raise.raiseTotal(r, product, producer, Shrink.withTotals(e, e.memberTotals().stream()
                    .map(t -> t.subtract(java.math.BigDecimal.ONE)).toList()), asOf);
        }
        return raise;
    }

    /** A product and one evaluation filed from 22 May 2026, scored option by option on its sheet. */
    static Evaluation sheetEvaluation(Random r, Product product, LocalDate filed, LocalDate decided) {
        return PropertyRules.GENERATOR.scored(r, "E-1", product.code(), product.productSet(),
                LawfulGenerator.kind(r), LawfulGenerator.level(r, decided), filed, Optional.of(decided), true, 0.05);
    }

    static Raise sheetCase(Random r) {
        LawfulGenerator g = PropertyRules.GENERATOR;
        ProductSet set = g.productSet(r);
        Producer producer = g.producer(r, "P-1", false);
        Product product = g.product(r, "SP-1", set, producer, false);
        LocalDate filed = LawfulGenerator.day(r, SHEETS_FROM, LocalDate.of(2030, 8, 31));
        LocalDate decided = filed.plusDays(r.nextInt(121));
        Evaluation e = sheetEvaluation(r, product, filed, decided);
        LocalDate asOf = clamp(decided.plusDays(r.nextInt(400)));
        for (int attempt = 0; attempt < 10; attempt++) {
            Raise raise = Raise.raiseChoice(r, g.sheet(set), product, producer, e, asOf);
            if (raise != null) {
                return raise;
            }
            e = sheetEvaluation(r, product, filed, decided);
        }
        throw new IllegalStateException("no sheet could be improved");
    }

    /**
     * Raising one member's total never gives fewer stars, nor loses certification, in any period
     * (26/2026/QĐ-TTg Điều 3.3 and 4.1.a; 148/QĐ-TTg and 1048/QĐ-TTg Phụ lục I, the same bands).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Period.class)
    void more_points_in_a_member_total_never_give_fewer_stars(Period period) {
        PropertyRunner.run(new PropertyRunner.Property<Raise>("monotone-in-points/totals/" + period,
                CLASS + "#more_points_in_a_member_total_never_give_fewer_stars", 500,
                (r, i) -> totalsCase(r, period), c -> c.check(PropertyRules.DEFAULT), Raise::shrink, Raise::describe,
                Raise::json));
    }

    /**
     * Raising one member's choice on one criterion of a 26/2026 sheet to a better option (Phụ lục II,
     * all 26 sheets) never gives fewer stars, nor loses certification.
     */
    @Test
    void a_better_option_on_a_sheet_never_gives_fewer_stars() {
        PropertyRunner.run(new PropertyRunner.Property<Raise>("monotone-in-points/sheets/QD26_2026",
                CLASS + "#a_better_option_on_a_sheet_never_gives_fewer_stars", 1000, (r, i) -> sheetCase(r),
                c -> c.check(PropertyRules.DEFAULT), Raise::shrink, Raise::describe, Raise::json));
    }
}
