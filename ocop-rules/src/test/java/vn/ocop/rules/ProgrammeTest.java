package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.rules.Fixtures.COOP;
import static vn.ocop.rules.Fixtures.GARLIC;
import static vn.ocop.rules.Fixtures.date;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.CnnttbAward;
import vn.ocop.core.CnnttbLevel;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.SalesPoint;
import vn.ocop.core.SalesPointCategory;
import vn.ocop.core.SalesPointFunding;
import vn.ocop.core.ShelfBasis;
import vn.ocop.core.ShelfItem;
import vn.ocop.core.TraceabilityCode;
import vn.ocop.core.TraceabilityKind;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.rules.report.PortfolioReport;
import vn.ocop.rules.report.PortfolioReporter;

/**
 * The programme-level API (CNNTTB awards, sales points, the calendar) and the Quảng Ngãi rule set,
 * as a host calls them; the rules' cases themselves are scenarios (calendar/, traceability/, cnnttb/,
 * salespoint/).
 */
class ProgrammeTest {
    private static final Certificate CERT = new Certificate("QN-24-001", GARLIC.code(), 4, EvaluationLevel.PROVINCE,
            Authority.PROVINCIAL_PEOPLES_COMMITTEE, "12/QĐ-UBND", date("2024-08-15"));
    private static final CnnttbAward PROVINCIAL = new CnnttbAward("CN-T-2022-01", CnnttbLevel.PROVINCE, "Tỏi đen",
            "HTX Tỏi Lý Sơn", Optional.of(GARLIC.code()), date("2022-05-10"), Optional.empty());
    private static final CnnttbAward REGIONAL = new CnnttbAward("CN-KV-2022-01", CnnttbLevel.REGION, "Tỏi đen",
            "HTX Tỏi Lý Sơn", Optional.empty(), date("2022-09-20"), Optional.of("CN-T-2022-01"));

    private static Portfolio portfolio() {
        SalesPoint point = new SalesPoint("DBH-01", "Điểm OCOP Lý Sơn", "", SalesPointCategory.TOURISM,
                SalesPointFunding.STATE_SUPPORTED, Optional.of("Bộ Công Thương"), date("2023-06-01"), Optional.empty(),
                List.of(new ShelfItem("Tỏi cô đơn", ShelfBasis.OCOP, Optional.of(GARLIC.code()), Optional.empty()),
                        new ShelfItem("Tỏi đen", ShelfBasis.CNNTTB, Optional.empty(), Optional.of("CN-KV-2022-01"))));
        List<TraceabilityCode> codes = List.of(
                new TraceabilityCode(GARLIC.code(), TraceabilityKind.BARCODE, "8930000000001", date("2024-07-01"),
                        Optional.empty(), true),
                new TraceabilityCode(GARLIC.code(), TraceabilityKind.QR_CODE, "", date("2024-07-01"),
                        Optional.of(date("2026-07-01")), true));
        return new Portfolio("QN", List.of(COOP), List.of(GARLIC), List.of(), List.of(CERT), List.of(), List.of(),
                Optional.empty()).withSchemes(codes, List.of(PROVINCIAL, REGIONAL), List.of(point));
    }

    @Test
    void should_assess_awards_shelves_and_calendar_of_a_portfolio() {
        OcopRules rules = OcopRules.builder().build();
        ProgrammeAssessment p = rules.assessProgramme(portfolio(), date("2026-11-22"));

        assertThat(p.cnnttb()).extracting(CnnttbStatus::number, CnnttbStatus::valid, CnnttbStatus::validUntil)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN-T-2022-01", false, date("2025-12-31")),
                        org.assertj.core.groups.Tuple.tuple("CN-KV-2022-01", false, date("2025-12-31")));
        assertThat(p.cnnttb().get(1).lowerLevelValid()).contains(true);
        assertThat(p.salesPoints()).singleElement().satisfies(sp -> {
            assertThat(sp.open()).isTrue();
            assertThat(sp.items()).extracting(ShelfStatus::qualifies).containsExactly(true, false);
            assertThat(sp.items().get(1).problem()).contains(ShelfProblem.AWARD_LAPSED);
        });
        // 26/2026 is in force: the next provincial and central rounds, and no report (the rule set is off)
        assertThat(p.schedule()).extracting(a -> a.reasons().get(0).ruleId())
                .containsExactly("CAL-NEXT-CENTRAL-ROUND", "CAL-NEXT-PROVINCE-ROUND");
        assertThat(p.schedule().get(0).action().by()).contains(date("2027-03-29"));
    }

    @Test
    void should_flag_traceability_and_schedule_reports_only_with_the_province_rule_set() {
        OcopRules national = OcopRules.builder().build();
        OcopRules quangNgai = OcopRules.builder().enableRuleSet(OcopRules.QUANG_NGAI).build();
        var record = portfolio().records().get(0);

        assertThat(national.assess(record, date("2025-09-30")).traceability()).isEmpty();
        Assessment a = quangNgai.assess(record, date("2025-09-30"));
        assertThat(a.traceability()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(TraceabilityKind.QR_CODE);
            assertThat(f.problem()).isEqualTo(TraceabilityProblem.LAPSES_BEFORE_CERTIFICATE);
            assertThat(f.reasons()).extracting(Reason::ruleId).containsExactly("QNG-TRACE-LAPSES-FIRST");
        });
        // the national results are the same with and without the rule set
        Assessment n = national.assess(record, date("2025-09-30"));
        assertThat(a.certificates()).usingRecursiveComparison().ignoringFieldsOfTypes(RuleBaseInfo.class)
                .isEqualTo(n.certificates());

        assertThat(quangNgai.assessProgramme(portfolio(), date("2025-09-30")).schedule())
                .extracting(s -> s.reasons().get(0).ruleId()).containsExactly("QNG-REPORT-ANNUAL", "QNG-REPORT-SIX-MONTH");
    }

    @Test
    void should_count_awards_and_sales_points_in_the_report() {
        OcopRules rules = OcopRules.builder().enableRuleSet(OcopRules.QUANG_NGAI).build();
        PortfolioReport r = new PortfolioReporter(rules).report(portfolio(), date("2025-09-30"), 90);

        assertThat(r.cnnttb()).hasValueSatisfying(c -> {
            assertThat(c.recognised()).containsEntry(CnnttbLevel.PROVINCE, 1).containsEntry(CnnttbLevel.REGION, 1);
            assertThat(c.valid()).containsEntry(CnnttbLevel.PROVINCE, 1).containsEntry(CnnttbLevel.NATIONAL, 0);
        });
        assertThat(r.salesPoints()).hasValueSatisfying(s -> {
            assertThat(s.open()).isEqualTo(1);
            assertThat(s.byFunding()).containsEntry(SalesPointFunding.STATE_SUPPORTED, 1);
            assertThat(s.supporters()).containsEntry("Bộ Công Thương", 1);
            assertThat(s.flagged()).isEmpty();
        });
        assertThat(r.traceability()).extracting(PortfolioReport.TraceabilityIssue::problem)
                .containsExactly(TraceabilityProblem.LAPSES_BEFORE_CERTIFICATE);
        assertThat(r.notes()).anyMatch(n -> n.contains("fix no calendar of evaluation rounds"));
    }

    @Test
    void should_round_trip_the_new_lists_and_refuse_dangling_references() {
        PortfolioIO io = new PortfolioIO();
        Portfolio p = portfolio();
        String json = io.toJson(p);
        assertThat(io.toJson(io.read("p.json", json))).isEqualTo(json);
        assertThat(io.read("p.json", json)).isEqualTo(p);

        String dangling = json.replace("\"basedOn\" : \"CN-T-2022-01\"", "\"basedOn\" : \"CN-T-1999-99\"");
        assertThat(dangling).isNotEqualTo(json);
        assertThatThrownBy(() -> io.read("p.json", dangling)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.json").hasMessageContaining("cnnttbAwards[1].basedOn")
                .hasMessageContaining("no award numbered 'CN-T-1999-99'");
    }

    @Test
    void should_not_write_empty_scheme_lists() {
        Portfolio plain = new Portfolio("QN", List.of(COOP), List.of(GARLIC), List.of(), List.of(CERT), List.of(),
                List.of(), Optional.empty());
        assertThat(new PortfolioIO().toJson(plain)).doesNotContain("traceabilityCodes", "cnnttbAwards", "salesPoints");
    }
}
