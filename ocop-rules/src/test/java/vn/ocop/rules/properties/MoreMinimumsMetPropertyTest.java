package vn.ocop.rules.properties;

import static vn.ocop.rules.properties.LawfulGenerator.SHEETS_FROM;
import static vn.ocop.rules.properties.LawfulGenerator.chance;
import static vn.ocop.rules.properties.LawfulGenerator.clamp;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Producer;
import vn.ocop.core.Product;
import vn.ocop.core.ProductSet;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.properties.LawfulGenerator.Period;

/**
 * <b>Property 2 — more minimums met.</b> For one evaluation, meeting one more starred minimum never
 * lowers the star, nor loses certification (the same check as property 1, {@link Raise#check}: the
 * star reached never goes down, a certifiable dossier stays certifiable or is forwarded, a forwarded one
 * stays forwarded).
 *
 * <ul>
 *   <li><b>Totals</b>, in each of the four periods: the council confirms the minimums of one more star
 *       level ({@code minimumsMet} {3} → {3, 4}, {3, 5} → {3, 4, 5}, {} → {5} …); the totals do not
 *       change. Under 1048/QĐ-TTg ({@code minimumPolicy: NOT_ACHIEVED}) a missing minimum makes the
 *       dossier "không đạt", under the later periods ({@code HIGHEST_STAR_MET}) it caps the star.</li>
 *   <li><b>Sheets</b> (26/2026/QĐ-TTg, all 26 sheets of Phụ lục II): a starred option some member did not
 *       reach, and every member below it raised to it ({@link Raise#meetStarred}), under the built-in
 *       rulebook and under the "what if" settings a rule author may choose: {@code minimumPolicy:
 *       NOT_ACHIEVED}, {@code minimumConsensus: MAJORITY} and {@code EVERY_MEMBER}. Raising a member to
 *       the starred option also adds points; when that lifts the average into a higher band whose
 *       minimums are not all met, {@code NOT_ACHIEVED} rates the dossier "không đạt" by its own terms,
 *       and such cases are discarded and counted (as in property 1).</li>
 * </ul>
 * Replay and seeds: {@link PropertyRunner}.
 */
class MoreMinimumsMetPropertyTest {
    private static final String CLASS = MoreMinimumsMetPropertyTest.class.getName();

    /** The rule bases the sheets are judged under. */
    enum Rules {
        BUILT_IN(() -> PropertyRules.DEFAULT),
        NOT_ACHIEVED(PropertyRules::notAchieved),
        MAJORITY(PropertyRules::majority),
        EVERY_MEMBER(PropertyRules::everyMember);

        final Supplier<OcopRules> rules;

        Rules(Supplier<OcopRules> rules) {
            this.rules = rules;
        }
    }

    /** A product, its producer and one evaluation scored by totals, decided in {@code period}. */
    static Raise totalsCase(Random r, Period period) {
        LawfulGenerator g = PropertyRules.GENERATOR;
        ProductSet set = g.productSet(r);
        Producer producer = g.producer(r, "P-1", false);
        Product product = g.product(r, "SP-1", set, producer, false);
        LocalDate decided = LawfulGenerator.dayIn(r, period);
        LocalDate filed = clamp(decided.minusDays(r.nextInt(121)));
        if (!chance(r, 0.15) && filed.isBefore(period.from)) {
            filed = period.from;
        }
        Evaluation e = g.scored(r, "E-1", product.code(), set, LawfulGenerator.kind(r),
                LawfulGenerator.level(r, decided), filed, Optional.of(decided), false, 0.05);
        return Raise.meetMinimum(r, product, producer, e, clamp(decided.plusDays(r.nextInt(400))));
    }

    /** A product and one evaluation filed from 22 May 2026, scored on its sheet, with a starred minimum to meet. */
    static Raise sheetCase(Random r) {
        LawfulGenerator g = PropertyRules.GENERATOR;
        ProductSet set = g.productSet(r);
        Producer producer = g.producer(r, "P-1", false);
        Product product = g.product(r, "SP-1", set, producer, false);
        LocalDate filed = LawfulGenerator.day(r, SHEETS_FROM, LocalDate.of(2030, 8, 31));
        LocalDate decided = filed.plusDays(r.nextInt(121));
        LocalDate asOf = clamp(decided.plusDays(r.nextInt(400)));
        for (int attempt = 0; attempt < 20; attempt++) {
            Evaluation e = MonotoneInPointsPropertyTest.sheetEvaluation(r, product, filed, decided);
            Raise raise = Raise.meetStarred(r, g.sheet(set), product, producer, e, asOf);
            if (raise != null) {
                return raise;
            }
        }
        throw new IllegalStateException("every council met every starred minimum of sheet " + set);
    }

    /** Confirming one more star level's minimums never gives fewer stars, in any period. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Period.class)
    void confirming_one_more_level_of_minimums_never_gives_fewer_stars(Period period) {
        PropertyRunner.run(new PropertyRunner.Property<Raise>("more-minimums-met/totals/" + period,
                CLASS + "#confirming_one_more_level_of_minimums_never_gives_fewer_stars", 500,
                (r, i) -> totalsCase(r, period), c -> c.check(PropertyRules.DEFAULT), Raise::shrink, Raise::describe,
                Raise::json));
    }

    /** Meeting one more starred option of a 26/2026 sheet never gives fewer stars, under each setting. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Rules.class)
    void meeting_one_more_starred_minimum_on_a_sheet_never_gives_fewer_stars(Rules rules) {
        OcopRules built = rules.rules.get();
        PropertyRunner.run(new PropertyRunner.Property<Raise>("more-minimums-met/sheets/" + rules,
                CLASS + "#meeting_one_more_starred_minimum_on_a_sheet_never_gives_fewer_stars", 300,
                (r, i) -> sheetCase(r), c -> c.check(built), Raise::shrink, Raise::describe, Raise::json));
    }
}
