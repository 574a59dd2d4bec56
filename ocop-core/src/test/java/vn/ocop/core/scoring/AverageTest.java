package vn.ocop.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AverageTest {
    static Average of(double... totals) {
        return Average.of(java.util.Arrays.stream(totals).mapToObj(BigDecimal::valueOf).toList());
    }

    @Test
    void should_keep_a_non_terminating_average_below_the_band_limit() {
        Average a = of(70, 70, 69);
        assertThat(a.atLeast(BigDecimal.valueOf(70))).isFalse();
        assertThat(a.below(BigDecimal.valueOf(70))).isTrue();
        assertThat(a).hasToString("209/3 ≈ 69.67");
        assertThat(a.display()).isEqualByComparingTo("69.67");
    }

    @Test
    void should_reach_the_limit_exactly() {
        assertThat(of(70, 70, 70).atLeast(BigDecimal.valueOf(70))).isTrue();
        assertThat(of(69.99).atLeast(BigDecimal.valueOf(70))).isFalse();
        assertThat(of(62, 63)).hasToString("62.5");
    }

    @Test
    void should_say_how_many_points_are_short_rounded_up() {
        assertThat(of(70, 70, 69).shortOf(BigDecimal.valueOf(70))).isEqualByComparingTo("0.34");
        assertThat(of(90).shortOf(BigDecimal.valueOf(70))).isEqualByComparingTo("0");
    }

    @Test
    void should_compare_averages_of_different_councils_exactly() {
        assertThat(of(70, 69).compareTo(of(69.5))).isZero();
        assertThat(of(70, 70, 69).compareTo(of(69.66))).isPositive();
    }

    @Test
    void should_need_at_least_one_member() {
        assertThatThrownBy(() -> Average.of(List.of())).hasMessageContaining("at least one member total");
    }

    @Test
    void should_turn_every_value_of_at_most_4_decimals_into_exact_units() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(26);
        for (int i = 0; i < 200_000; i++) {
            int scale = rnd.nextInt(-2, 5);
            long unscaled = rnd.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            BigDecimal v = BigDecimal.valueOf(unscaled, scale);
            long expected = v.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0 ? Long.MIN_VALUE
                    : v.movePointRight(4).longValueExact();
            assertThat(Average.units(v)).as("units of %s", v).isEqualTo(expected);
        }
        assertThat(Average.units(new BigDecimal("69.12345"))).isEqualTo(Long.MIN_VALUE);
        assertThat(Average.units(new BigDecimal("1E+2"))).isEqualTo(1_000_000);
    }

    @Test
    void should_give_the_same_answers_with_and_without_the_fast_path() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(2026);
        for (int i = 0; i < 20_000; i++) {
            int n = 1 + rnd.nextInt(9);
            List<BigDecimal> fast = new java.util.ArrayList<>();
            List<BigDecimal> slow = new java.util.ArrayList<>();
            for (int m = 0; m < n; m++) {
                BigDecimal t = BigDecimal.valueOf(rnd.nextInt(0, 10_001), 2);
                fast.add(t);
                // a fifth decimal forces the exact BigDecimal path without changing the value
                slow.add(t.setScale(5));
            }
            Average a = Average.of(fast);
            Average b = Average.of(slow);
            BigDecimal limit = BigDecimal.valueOf(rnd.nextInt(0, 10_001), 2);
            assertThat(a.atLeast(limit)).isEqualTo(b.atLeast(limit));
            assertThat(a.compareTo(b)).isZero();
            assertThat(a.sum()).isEqualByComparingTo(b.sum());
            assertThat(a.toString()).isEqualTo(b.toString());
            assertThat(a.shortOf(limit)).isEqualByComparingTo(b.shortOf(limit));
            Average c = Average.of(List.of(limit));
            assertThat(Integer.signum(a.compareTo(c))).isEqualTo(Integer.signum(b.compareTo(c)));
        }
    }
}
