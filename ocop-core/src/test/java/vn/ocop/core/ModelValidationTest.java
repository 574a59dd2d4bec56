package vn.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
    static final Locality LY_SON = Locality.of("51", "Quảng Ngãi", "22001", "Lý Sơn");

    @Test
    void should_name_the_field_and_the_value_when_stars_are_out_of_range() {
        assertThatThrownBy(() -> new Certificate("C-1", "P", 7, EvaluationLevel.PROVINCE,
                Authority.PROVINCIAL_PEOPLES_COMMITTEE, "1/QĐ", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("certificate.stars must be between 3 and 5, but was 7");
    }

    @Test
    void should_refuse_a_certificate_issued_by_a_commune() {
        assertThatThrownBy(() -> new Certificate("C-1", "P", 3, EvaluationLevel.COMMUNE,
                Authority.PROVINCIAL_PEOPLES_COMMITTEE, "1/QĐ", LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("certificate.level").hasMessageContaining("communes do not certify");
    }

    @Test
    void should_refuse_blank_required_text_naming_the_field() {
        assertThatThrownBy(() -> new Product(" ", "Tỏi", ProductSet.OTHER_SPICES, "P-1", LY_SON, false))
                .hasMessage("product.code must not be blank, but was ' '");
        assertThatThrownBy(() -> new Producer("P-1", "HTX", null))
                .hasMessage("producer.type is required, but was missing");
    }

    @Test
    void should_refuse_a_decision_before_the_filing_date() {
        assertThatThrownBy(() -> Evaluation.builder("E-1", "P").filed(LocalDate.of(2026, 6, 1))
                .decided(LocalDate.of(2026, 5, 1)).memberTotals(60).build())
                .hasMessage("evaluation.decisionDate must not be before filingDate 2026-06-01, but was 2026-05-01");
    }

    @Test
    void should_refuse_member_totals_outside_0_to_100() {
        assertThatThrownBy(() -> Evaluation.builder("E-1", "P").decided(LocalDate.of(2026, 6, 1))
                .memberTotals(60, 100.5).build())
                .hasMessage("evaluation.memberTotals[1] must be between 0 and 100, but was 100.5");
    }

    @Test
    void should_refuse_member_totals_written_with_absurd_exponents_without_writing_them_out() {
        // 1e-999999999 would make the exact average a number of a billion digits (it overflowed)
        assertThatThrownBy(() -> Evaluation.builder("E-1", "P").decided(LocalDate.of(2026, 6, 1))
                .memberTotals(List.of(new BigDecimal("72"), new BigDecimal("1e-999999999"))).build())
                .hasMessage("evaluation.memberTotals[1] must have at most 100 decimals, but was 1E-999999999");
        assertThatThrownBy(() -> Evaluation.builder("E-1", "P").decided(LocalDate.of(2026, 6, 1))
                .memberTotals(List.of(new BigDecimal("1e999999999"))).build())
                .hasMessage("evaluation.memberTotals[0] must be between 0 and 100, but was 1E+999999999");
        // doubles as computed by a host (53.370000000000005) are fine
        assertThat(Evaluation.builder("E-1", "P").decided(LocalDate.of(2026, 6, 1)).memberTotals(52.37 + 1).build()
                .memberTotals()).hasSize(1);
    }

    @Test
    void should_refuse_totals_and_sheets_together() {
        ScoreSheet sheet = new ScoreSheet("m1", Map.of("1.1", Choice.option("a")));
        assertThatThrownBy(() -> Evaluation.builder("E-1", "P").decided(LocalDate.of(2026, 6, 1)).memberTotals(60)
                .sheet(sheet).build()).hasMessageContaining("gives both memberTotals and sheets");
    }

    @Test
    void should_refuse_a_district_name_without_a_district_code() {
        assertThatThrownBy(() -> new Locality("51", "Quảng Ngãi", Optional.empty(), Optional.of("Lý Sơn"), "1", "x"))
                .hasMessageContaining("locality.districtCode is required when districtName is given ('Lý Sơn')");
    }

    @Test
    void should_refuse_a_record_mixing_products() {
        Producer p = new Producer("P-1", "HTX", ProducerType.COOPERATIVE);
        Product product = new Product("A", "Tỏi", ProductSet.OTHER_SPICES, "P-1", LY_SON, false);
        Certificate other = new Certificate("C-1", "B", 3, EvaluationLevel.PROVINCE,
                Authority.PROVINCIAL_PEOPLES_COMMITTEE, "1/QĐ", LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> ProductRecord.builder(product, p).certificate(other).build())
                .hasMessage("certificate C-1 must concern product 'A', but names 'B'");
    }

    @Test
    void should_list_every_reference_problem_of_a_portfolio() {
        Producer p = new Producer("P-1", "HTX", ProducerType.COOPERATIVE);
        Product a = new Product("A", "Tỏi", ProductSet.OTHER_SPICES, "P-9", LY_SON, false);
        Product dup = new Product("A", "Hành", ProductSet.OTHER_SPICES, "P-1", LY_SON, false);
        assertThatThrownBy(() -> new Portfolio("x", List.of(p), List.of(a, dup), List.of(), List.of(), List.of(),
                List.of(new CertificateEvent("C-404", EventKind.NOTICE_SENT, LocalDate.of(2025, 1, 1))),
                Optional.empty()))
                .hasMessageContaining("products[0].producerId: no producer with id 'P-9'")
                .hasMessageContaining("products[1].code: duplicate product code 'A'")
                .hasMessageContaining("events[0].certificateNumber: no certificate numbered 'C-404'");
    }

    @Test
    void should_parse_product_sets_by_code_name_or_number_and_explain_a_bad_one() {
        assertThat(ProductSet.parse("I.4.b")).isEqualTo(ProductSet.OTHER_SPICES);
        assertThat(ProductSet.parse("OTHER_SPICES")).isEqualTo(ProductSet.OTHER_SPICES);
        assertThat(ProductSet.parse("10")).isEqualTo(ProductSet.OTHER_SPICES);
        assertThat(ProductSet.values()).hasSize(26);
        assertThatThrownBy(() -> ProductSet.parse("I.9")).hasMessageContaining("but was 'I.9'")
                .hasMessageContaining("I.4.b");
    }

    @Test
    void should_keep_the_history_append_only() {
        CertificateHistory empty = CertificateHistory.empty();
        CertificateEvent filed = new CertificateEvent("C-1", EventKind.RE_EVALUATION_FILED, LocalDate.of(2026, 7, 30));
        CertificateHistory one = empty.append(filed);
        assertThat(empty.events()).isEmpty();
        assertThat(one.events()).containsExactly(filed);
        assertThat(one.latest("C-1", EventKind.RE_EVALUATION_FILED, LocalDate.of(2026, 7, 29))).isEmpty();
        assertThat(one.latest("C-1", EventKind.RE_EVALUATION_FILED, LocalDate.of(2026, 7, 30))).contains(filed);
        assertThatThrownBy(() -> one.events().add(filed)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_parse_a_citation_into_document_and_provision() {
        LegalBasis b = LegalBasis.parse("26/2026/QĐ-TTg, Điều 8.1.d");
        assertThat(b.document()).isEqualTo("26/2026/QĐ-TTg");
        assertThat(b.provision()).isEqualTo("Điều 8.1.d");
        assertThat(b).hasToString("26/2026/QĐ-TTg, Điều 8.1.d");
        assertThatThrownBy(() -> LegalBasis.parse("26/2026/QĐ-TTg")).hasMessageContaining("'<document>, <provision>'");
    }

    @Test
    void should_score_the_inclusion_point_for_any_of_the_three_flags() {
        assertThat(new LegalRepresentative(false, true, false).qualifiesForInclusionPoint()).isTrue();
        assertThat(LegalRepresentative.NONE.qualifiesForInclusionPoint()).isFalse();
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
