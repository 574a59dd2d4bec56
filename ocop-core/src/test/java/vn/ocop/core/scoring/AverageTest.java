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
}
