package vn.ocop.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.Finding;
import vn.ocop.core.FindingKind;
import vn.ocop.core.Portfolio;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.ProducerType.ReportGroup;
import vn.ocop.core.Product;
import vn.ocop.core.io.PortfolioIO;

/**
 * Checks the committed sample files in {@code ocop-examples/data} against the figures of the seed
 * documents, by plain counting: a product is in term on a date when its newest certificate decided
 * on or before that date was decided less than 36 months before it and has not been revoked by then.
 * Also checks that every certificate is lawful for its period and comes with the evaluation that
 * produced it, and that the generator reproduces the files byte for byte.
 */
class QuangNgaiSampleTest {
    private static final LocalDate AS_OF_2024 = LocalDate.of(2024, 10, 31);
    private static final LocalDate AS_OF_2025 = LocalDate.of(2025, 9, 30);
    private static final String GARLIC = "Tỏi Lý Sơn";
    private static final String MANTOZA = "Mạch nha Quảng Ngãi đường Mantoza";

    private static Path data;
    private static Portfolio p2024;
    private static Portfolio p2025;

    @BeforeAll
    static void readFiles() {
        data = Files.isDirectory(Path.of("data")) ? Path.of("data") : Path.of("ocop-examples", "data");
        PortfolioIO io = new PortfolioIO();
        p2024 = io.read(data.resolve("quang-ngai-2024.json"));
        p2025 = io.read(data.resolve("quang-ngai-2025.json"));
    }

    static Stream<Arguments> bothFiles() {
        readFiles();
        return Stream.of(Arguments.of("2024", p2024), Arguments.of("2025", p2025));
    }

    // ------------------------------------------------------------------ counting

    private static Optional<Certificate> current(Portfolio p, String productCode, LocalDate asOf) {
        return p.certificates().stream()
                .filter(c -> c.productCode().equals(productCode) && !c.decisionDate().isAfter(asOf))
                .max(Comparator.comparing(Certificate::decisionDate));
    }

    private static boolean revoked(Portfolio p, Certificate c, LocalDate asOf) {
        return p.events().stream().anyMatch(e -> e.certificateNumber().equals(c.number())
                && e.kind() == EventKind.REVOKED && !e.date().isAfter(asOf));
    }

    private static boolean inTerm(Portfolio p, Certificate c, LocalDate asOf) {
        return !c.decisionDate().isAfter(asOf) && asOf.isBefore(c.decisionDate().plusMonths(36))
                && !revoked(p, c, asOf);
    }

    /** Product → its certificate in term, for the products in term on the date. */
    private static Map<Product, Certificate> inTerm(Portfolio p, LocalDate asOf) {
        Map<Product, Certificate> out = new LinkedHashMap<>();
        for (Product prod : p.products()) {
            current(p, prod.code(), asOf).filter(c -> inTerm(p, c, asOf)).ifPresent(c -> out.put(prod, c));
        }
        return out;
    }

    private static Map<Integer, Long> byStars(Map<Product, Certificate> m) {
        return m.values().stream().collect(Collectors.groupingBy(Certificate::stars, TreeMap::new,
                Collectors.counting()));
    }

    private static Product product(Portfolio p, String name) {
        List<Product> found = p.products().stream().filter(x -> x.name().equals(name)).toList();
        assertThat(found).as("products named %s", name).hasSize(1);
        return found.get(0);
    }

    private static Producer producer(Portfolio p, String id) {
        return p.producers().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Evaluation> evaluations(Portfolio p, String productCode) {
        return p.evaluations().stream().filter(e -> e.productCode().equals(productCode)).toList();
    }

    private static BigDecimal average(Evaluation e) {
        BigDecimal sum = e.memberTotals().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(e.memberTotals().size()), 10, RoundingMode.HALF_EVEN);
    }

    private static boolean inBand(BigDecimal avg, int stars) {
        return switch (stars) {
            case 3 -> avg.compareTo(BigDecimal.valueOf(50)) >= 0 && avg.compareTo(BigDecimal.valueOf(70)) < 0;
            case 4 -> avg.compareTo(BigDecimal.valueOf(70)) >= 0 && avg.compareTo(BigDecimal.valueOf(90)) < 0;
            case 5 -> avg.compareTo(BigDecimal.valueOf(90)) >= 0;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ 2024 (seeds 000 and 001)

    @Test
    void should_count_204_products_in_term_on_31_October_2024_of_which_17_four_star_and_187_three_star() {
        Map<Product, Certificate> inTerm = inTerm(p2024, AS_OF_2024);

        assertThat(inTerm).hasSize(204);
        assertThat(byStars(inTerm)).containsExactly(Map.entry(3, 187L), Map.entry(4, 17L));
    }

    @Test
    void should_count_128_producers_21_enterprises_with_22_products_33_cooperatives_with_50_74_households_with_132() {
        Map<Product, Certificate> inTerm = inTerm(p2024, AS_OF_2024);
        Map<String, Producer> producers = p2024.producers().stream()
                .collect(Collectors.toMap(Producer::id, Function.identity()));
        Map<ReportGroup, Set<String>> producersByGroup = new TreeMap<>();
        Map<ReportGroup, Integer> productsByGroup = new TreeMap<>();
        Map<ProducerType, Set<String>> producersByType = new TreeMap<>();
        for (Product prod : inTerm.keySet()) {
            Producer producer = producers.get(prod.producerId());
            producersByGroup.computeIfAbsent(producer.type().reportGroup(), k -> new HashSet<>()).add(producer.id());
            productsByGroup.merge(producer.type().reportGroup(), 1, Integer::sum);
            producersByType.computeIfAbsent(producer.type(), k -> new HashSet<>()).add(producer.id());
        }

        assertThat(producersByGroup.values().stream().mapToInt(Set::size).sum()).isEqualTo(128);
        assertThat(producersByGroup.get(ReportGroup.ENTERPRISE)).hasSize(21);
        assertThat(productsByGroup.get(ReportGroup.ENTERPRISE)).isEqualTo(22);
        assertThat(producersByGroup.get(ReportGroup.COOPERATIVE)).hasSize(33);
        assertThat(productsByGroup.get(ReportGroup.COOPERATIVE)).isEqualTo(50);
        assertThat(producersByGroup.get(ReportGroup.HOUSEHOLD)).hasSize(74);
        assertThat(productsByGroup.get(ReportGroup.HOUSEHOLD)).isEqualTo(132);
        assertThat(producersByGroup).doesNotContainKey(ReportGroup.OTHER);
        // "a few" of the secondary types in each group
        assertThat(producersByType.get(ProducerType.OTHER_ENTERPRISE)).hasSizeBetween(1, 5);
        assertThat(producersByType.get(ProducerType.COOPERATIVE_GROUP)).hasSizeBetween(1, 6);
        assertThat(producersByType.get(ProducerType.FARM)).hasSizeBetween(1, 6);
    }

    @Test
    void should_have_130_of_the_204_in_term_products_on_ecommerce() {
        Map<Product, Certificate> inTerm = inTerm(p2024, AS_OF_2024);

        assertThat(inTerm.keySet().stream().filter(Product::onEcommerce).count()).isEqualTo(130);
        // seed 001 also writes "130/191": the 191 certified before the 2024 round
        assertThat(inTerm.entrySet().stream().filter(e -> e.getKey().onEcommerce()
                && e.getValue().decisionDate().getYear() < 2024).count()).isEqualTo(130);
    }

    @Test
    void should_have_products_in_all_13_former_districts_with_districts_and_communes() {
        Map<Product, Certificate> inTerm = inTerm(p2024, AS_OF_2024);
        Map<String, Long> perDistrict = inTerm.keySet().stream()
                .collect(Collectors.groupingBy(p -> p.locality().districtName().orElseThrow(), TreeMap::new,
                        Collectors.counting()));

        assertThat(perDistrict.keySet()).containsExactlyInAnyOrder("Tp. Quảng Ngãi", "Huyện Bình Sơn",
                "Huyện Trà Bồng", "Huyện Sơn Tịnh", "Huyện Tư Nghĩa", "Huyện Sơn Hà", "Huyện Sơn Tây",
                "Huyện Minh Long", "Huyện Nghĩa Hành", "Huyện Mộ Đức", "Thị xã Đức Phổ", "Huyện Ba Tơ",
                "Huyện Lý Sơn");
        assertThat(perDistrict.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(p2024.products()).allSatisfy(p -> {
            assertThat(p.locality().provinceCode()).isEqualTo("51");
            assertThat(p.locality().provinceName()).isEqualTo("Quảng Ngãi");
            assertThat(p.locality().districtCode()).hasValueSatisfying(c -> assertThat(Integer.parseInt(c))
                    .isBetween(522, 536));
            assertThat(p.locality().communeCode()).matches("\\d{5}");
            assertThat(p.code()).matches("51-5\\d\\d-\\d{3}-20\\d\\d");
        });
        assertThat(p2024.producers()).allSatisfy(p -> assertThat(p.locality())
                .hasValueSatisfying(l -> assertThat(l.districtCode()).isPresent()));
    }

    @Test
    void should_spread_decisions_from_November_2021_to_October_2024_with_the_13_three_star_of_the_2024_round() {
        Map<Product, Certificate> inTerm = inTerm(p2024, AS_OF_2024);
        List<Certificate> certs = List.copyOf(inTerm.values());

        assertThat(certs).allSatisfy(c -> assertThat(c.decisionDate())
                .isBetween(LocalDate.of(2021, 11, 1), AS_OF_2024));
        assertThat(certs).anySatisfy(c -> assertThat(c.decisionDate()).isBefore(LocalDate.of(2023, 2, 24)));
        assertThat(certs.stream().filter(c -> c.level() == EvaluationLevel.DISTRICT).count()).isGreaterThan(50);
        // seed 001: by 10/2024, 13 products rated 3★ in 2024: Tư Nghĩa 4, Bình Sơn 1, Tp. Quảng Ngãi 8
        Map<String, Long> round2024 = inTerm.entrySet().stream()
                .filter(e -> e.getValue().decisionDate().getYear() == 2024)
                .peek(e -> assertThat(e.getValue().stars()).isEqualTo(3))
                .peek(e -> assertThat(e.getValue().level()).isEqualTo(EvaluationLevel.DISTRICT))
                .collect(Collectors.groupingBy(e -> e.getKey().locality().districtName().orElseThrow(),
                        TreeMap::new, Collectors.counting()));
        assertThat(round2024).containsOnly(Map.entry("Huyện Tư Nghĩa", 4L), Map.entry("Huyện Bình Sơn", 1L),
                Map.entry("Tp. Quảng Ngãi", 8L));
        long within90 = certs.stream().filter(c -> c.decisionDate().plusMonths(36)
                .isBefore(AS_OF_2024.plusDays(91))).count();
        long within365 = certs.stream().filter(c -> c.decisionDate().plusMonths(36)
                .isBefore(AS_OF_2024.plusDays(366))).count();
        assertThat(within90).isPositive();
        assertThat(within365).isGreaterThan(within90);
    }

    @Test
    void should_list_10_to_20_products_expired_before_31_October_2024_some_with_a_re_evaluation_filed() {
        List<Product> expired = p2024.products().stream()
                .filter(p -> current(p2024, p.code(), AS_OF_2024).filter(c -> !inTerm(p2024, c, AS_OF_2024))
                        .isPresent())
                .toList();

        assertThat(expired).hasSizeBetween(10, 20);
        assertThat(expired).anySatisfy(p -> assertThat(evaluations(p2024, p.code())).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EvaluationKind.RE_EVALUATION);
            assertThat(e.filingDate().getYear()).isEqualTo(2024);
            assertThat(e.decisionDate()).isEmpty();
        }));
        Set<String> expiredCertificates = expired.stream()
                .map(p -> current(p2024, p.code(), AS_OF_2024).orElseThrow().number()).collect(Collectors.toSet());
        assertThat(p2024.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.RE_EVALUATION_FILED);
            assertThat(expiredCertificates).contains(e.certificateNumber());
        });
        // notices on in-term certificates close to their end
        Map<String, Certificate> byNumber = p2024.certificates().stream()
                .collect(Collectors.toMap(Certificate::number, Function.identity()));
        List<Certificate> noticed = p2024.events().stream().filter(e -> e.kind() == EventKind.NOTICE_SENT)
                .map(e -> byNumber.get(e.certificateNumber())).toList();
        assertThat(noticed).hasSizeBetween(2, 12).allSatisfy(c -> {
            assertThat(inTerm(p2024, c, AS_OF_2024)).isTrue();
            assertThat(c.decisionDate().plusMonths(36)).isBefore(AS_OF_2024.plusDays(91));
        });
    }

    @Test
    void should_record_3_to_6_findings_of_the_May_June_2024_inspection_on_in_term_products() {
        List<Finding> findings = p2024.findings();

        assertThat(findings).hasSizeBetween(3, 6).allSatisfy(f -> {
            assertThat(f.date()).isBetween(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30));
            assertThat(f.body()).isEqualTo("Văn phòng Điều phối nông thôn mới tỉnh Quảng Ngãi");
            Certificate c = current(p2024, f.productCode(), f.date()).orElseThrow();
            assertThat(inTerm(p2024, c, f.date())).isTrue();
            assertThat(inTerm(p2024, c, AS_OF_2024)).isTrue();
            assertThat(f.certificateNumber()).contains(c.number());
        });
        assertThat(findings).extracting(Finding::kind).containsAnyOf(FindingKind.RECORDS_MISSING,
                FindingKind.PROCESS_NOT_FOLLOWED, FindingKind.QUALITY_OR_FOOD_SAFETY_VIOLATION,
                FindingKind.OPERATIONS_SUSPENDED);
    }

    @Test
    void should_show_the_two_four_star_products_the_province_scored_90_or_more_in_2024() {
        Map<String, ProducerType> expected = Map.of(
                GARLIC, ProducerType.SMALL_MEDIUM_ENTERPRISE,
                MANTOZA, ProducerType.OTHER_ENTERPRISE);
        Map<String, String> producerNames = Map.of(
                GARLIC, "Công ty TNHH Thương mại và Dịch vụ Phú Sinh",
                MANTOZA, "Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty cổ phần đường Quảng Ngãi");

        for (String name : expected.keySet()) {
            Product p = product(p2024, name);
            Producer producer = producer(p2024, p.producerId());
            assertThat(producer.name()).isEqualTo(producerNames.get(name));
            assertThat(producer.type()).isEqualTo(expected.get(name));
            Certificate c = current(p2024, p.code(), AS_OF_2024).orElseThrow();
            assertThat(c.stars()).isEqualTo(4);
            assertThat(inTerm(p2024, c, AS_OF_2024)).isTrue();
            assertThat(evaluations(p2024, p.code())).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(EvaluationKind.UPGRADE);
                assertThat(e.level()).isEqualTo(EvaluationLevel.PROVINCE);
                assertThat(e.decisionDate()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2024));
                assertThat(average(e)).isGreaterThanOrEqualTo(BigDecimal.valueOf(90));
            });
        }
        assertThat(p2024.certificates()).noneMatch(c -> c.stars() == 5);
    }

    @Test
    void should_have_5_to_8_three_star_products_with_an_upgrade_filed_or_a_self_assessment_in_2024() {
        Map<Product, Certificate> inTerm = inTerm(p2024, AS_OF_2024);
        long candidates = inTerm.entrySet().stream()
                .filter(e -> e.getValue().stars() == 3)
                .filter(e -> evaluations(p2024, e.getKey().code()).stream().anyMatch(ev ->
                        ev.filingDate().getYear() == 2024
                                && (ev.kind() == EvaluationKind.SELF_ASSESSMENT
                                        || ev.kind() == EvaluationKind.UPGRADE && ev.decisionDate().isEmpty())))
                .count();

        assertThat(candidates).isBetween(5L, 8L);
    }

    @Test
    void should_carry_the_name_and_the_2024_plan() {
        assertThat(p2024.name()).isEqualTo("Quảng Ngãi 2024 (dữ liệu mẫu / synthetic sample)");
        assertThat(p2024.plan()).hasValueSatisfying(plan -> {
            assertThat(plan.reference()).isEqualTo("Kế hoạch 69/KH-UBND ngày 20/3/2024");
            assertThat(plan.from()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(plan.to()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(plan.newCertified()).isEqualTo(70);
            assertThat(plan.newFourStarMin()).isEqualTo(4);
            assertThat(plan.newFourStarMax()).isEqualTo(6);
            assertThat(plan.fiveStarCandidatesMin()).isEqualTo(1);
            assertThat(plan.fiveStarCandidatesMax()).isEqualTo(2);
        });
    }

    // ------------------------------------------------------------------ 2025 (seed 004)

    @Test
    void should_count_642_products_in_term_on_30_September_2025_of_which_2_five_48_four_592_three_star() {
        Map<Product, Certificate> inTerm = inTerm(p2025, AS_OF_2025);

        assertThat(inTerm).hasSize(642);
        assertThat(byStars(inTerm)).containsExactly(Map.entry(3, 592L), Map.entry(4, 48L), Map.entry(5, 2L));
        assertThat(inTerm.keySet().stream().filter(Product::onEcommerce).count()).isEqualTo(173);
    }

    @Test
    void should_have_the_two_five_star_products_certified_by_the_ministry_in_early_2025() {
        Map<Product, Certificate> inTerm = inTerm(p2025, AS_OF_2025);
        List<Product> fiveStar = inTerm.entrySet().stream().filter(e -> e.getValue().stars() == 5)
                .map(Map.Entry::getKey).toList();

        assertThat(fiveStar).extracting(Product::name).containsExactlyInAnyOrder(GARLIC, MANTOZA);
        for (Product p : fiveStar) {
            Certificate c = inTerm.get(p);
            assertThat(c.level()).isEqualTo(EvaluationLevel.CENTRAL);
            assertThat(c.authority()).isEqualTo(Authority.MINISTER_OF_AGRICULTURE);
            assertThat(c.decisionDate()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30));
            assertThat(evaluations(p2025, p.code())).anySatisfy(e -> {
                assertThat(e.level()).isEqualTo(EvaluationLevel.CENTRAL);
                assertThat(e.decisionDate()).contains(c.decisionDate());
                assertThat(average(e)).isGreaterThanOrEqualTo(BigDecimal.valueOf(90));
            });
        }
    }

    @Test
    void should_locate_everything_by_post_reform_commune_and_include_former_Kon_Tum() {
        assertThat(p2025.products()).allSatisfy(p -> {
            assertThat(p.locality().provinceCode()).isEqualTo("51");
            assertThat(p.locality().provinceName()).isEqualTo("Quảng Ngãi");
            assertThat(p.locality().districtCode()).isEmpty();
            assertThat(p.locality().districtName()).isEmpty();
            assertThat(p.locality().communeCode()).matches("\\d{5}");
        });
        assertThat(p2025.producers()).allSatisfy(p -> assertThat(p.locality())
                .hasValueSatisfying(l -> assertThat(l.districtCode()).isEmpty()));
        Map<Product, Certificate> inTerm = inTerm(p2025, AS_OF_2025);
        // former Kon Tum: its producers (KTM-…) and its products (Ngọc Linh ginseng, coffee)
        List<Product> konTum = inTerm.keySet().stream().filter(p -> p.producerId().startsWith("KTM-")).toList();
        assertThat(konTum).hasSizeGreaterThan(200);
        assertThat(konTum).anySatisfy(p -> assertThat(p.name()).contains("Ngọc Linh"));
        assertThat(konTum).anySatisfy(p -> assertThat(p.name()).startsWith("Cà phê"));
        assertThat(inTerm.keySet()).anySatisfy(p -> assertThat(p.producerId()).startsWith("QNG-"));
    }

    @Test
    void should_have_pending_re_evaluations_and_certificates_expiring_before_the_end_of_2026() {
        Map<Product, Certificate> inTerm = inTerm(p2025, AS_OF_2025);

        assertThat(p2025.evaluations()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EvaluationKind.RE_EVALUATION);
            assertThat(e.decisionDate()).isEmpty();
            assertThat(e.level()).isEqualTo(EvaluationLevel.PROVINCE);
        });
        assertThat(p2025.evaluations()).filteredOn(e -> e.decisionDate().isEmpty())
                .allSatisfy(e -> assertThat(e.level()).isEqualTo(EvaluationLevel.PROVINCE));
        assertThat(inTerm.values()).anySatisfy(c -> assertThat(c.decisionDate().plusMonths(36))
                .isBefore(LocalDate.of(2027, 1, 1)));
        assertThat(inTerm.values()).anySatisfy(c -> {
            assertThat(c.decisionDate()).isAfterOrEqualTo(LocalDate.of(2025, 7, 6));
            assertThat(c.level()).isEqualTo(EvaluationLevel.PROVINCE);
        });
        assertThat(inTerm.values()).anySatisfy(c -> assertThat(c.level()).isEqualTo(EvaluationLevel.DISTRICT));
    }

    @Test
    void should_carry_findings_of_2025_and_2026_for_revocation_under_26_2026() {
        LocalDate assessed = LocalDate.of(2026, 11, 22);
        assertThat(p2025.findings()).filteredOn(f -> f.date().getYear() == 2025).hasSizeBetween(2, 5);
        assertThat(p2025.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MARK_MISUSE);
            assertThat(f.date()).isEqualTo(LocalDate.of(2026, 10, 5));
            Certificate c = current(p2025, f.productCode(), f.date()).orElseThrow();
            assertThat(c.stars()).isEqualTo(3);
            assertThat(inTerm(p2025, c, f.date())).isTrue();
            assertThat(inTerm(p2025, c, assessed)).isTrue();
        });
        assertThat(p2025.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PRODUCTION_STOPPED);
            assertThat(f.body()).startsWith("UBND xã");
            assertThat(f.date().getYear()).isEqualTo(2026);
            assertThat(inTerm(p2025, current(p2025, f.productCode(), assessed).orElseThrow(), assessed)).isTrue();
        });
        assertThat(p2025.findings()).allSatisfy(f -> assertThat(f.certificateNumber()).isPresent());
        assertThat(p2025.name()).isEqualTo("Quảng Ngãi 2025 (sau sáp nhập; dữ liệu mẫu / synthetic sample)");
    }

    // ------------------------------------------------------------------ both files

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothFiles")
    void every_certificate_is_issued_by_the_level_and_authority_of_its_period(String year, Portfolio p) {
        assertThat(p.certificates()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.stars()).isBetween(3, 5);
            assertThat(c.authority().level()).isEqualTo(c.level());
            assertThat(c.level()).as("level of %d★ certificate %s of %s", c.stars(), c.number(), c.decisionDate())
                    .isEqualTo(lawfulLevel(c.decisionDate(), c.stars()));
        });
    }

    /** 1048 (to 23/2/2023): province 3★ 4★; 148 (to 30/6/2025): district 3★, province 4★; 1489 (from 6/7/2025): province 3★ 4★. */
    private static EvaluationLevel lawfulLevel(LocalDate date, int stars) {
        assertThat(date.isAfter(LocalDate.of(2025, 6, 30)) && date.isBefore(LocalDate.of(2025, 7, 6)))
                .as("no certificate between 1 and 5 July 2025, but one on %s", date).isFalse();
        if (stars == 5) {
            return EvaluationLevel.CENTRAL;
        }
        if (!date.isAfter(LocalDate.of(2023, 2, 23)) || !date.isBefore(LocalDate.of(2025, 7, 6)) || stars == 4) {
            return EvaluationLevel.PROVINCE;
        }
        return EvaluationLevel.DISTRICT;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothFiles")
    void every_certificate_comes_with_the_council_evaluation_that_produced_it(String year, Portfolio p) {
        assertThat(p.certificates()).allSatisfy(c -> {
            List<Evaluation> producing = evaluations(p, c.productCode()).stream()
                    .filter(e -> e.decisionDate().equals(Optional.of(c.decisionDate())) && e.level() == c.level())
                    .toList();
            assertThat(producing).as("evaluation of certificate %s", c.number()).hasSize(1);
            Evaluation e = producing.get(0);
            assertThat(e.kind()).isIn(EvaluationKind.FIRST, EvaluationKind.UPGRADE, EvaluationKind.RE_EVALUATION);
            assertThat(e.memberTotals()).hasSizeBetween(5, 7).allSatisfy(t -> assertThat(t)
                    .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
            assertThat(inBand(average(e), c.stars())).as("average %s of %s for %d★", average(e), e.id(), c.stars())
                    .isTrue();
            assertThat(e.filingDate()).isBetween(c.decisionDate().minusDays(120), c.decisionDate().minusDays(7));
            assertThat(e.sheets()).isEmpty();
            assertThat(e.minimumsMet()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothFiles")
    void every_evaluation_is_rated_by_member_totals_or_pending(String year, Portfolio p) {
        assertThat(p.evaluations()).allSatisfy(e -> {
            assertThat(e.sheets()).isEmpty();
            assertThat(e.minimumsMet()).isEmpty();
            assertThat(e.knockOuts()).isEmpty();
            if (e.decisionDate().isEmpty()) {
                assertThat(e.memberTotals()).isEmpty();
            } else if (e.kind() == EvaluationKind.SELF_ASSESSMENT) {
                assertThat(e.memberTotals()).hasSize(1);
            } else {
                assertThat(e.memberTotals()).hasSizeBetween(5, 7);
            }
        });
    }

    @Test
    void the_generator_reproduces_both_files_byte_for_byte() throws IOException {
        QuangNgaiSample.Samples regenerated = QuangNgaiSample.build();

        assertThat(QuangNgaiSample.toJson(regenerated.of2024()))
                .isEqualTo(Files.readString(data.resolve("quang-ngai-2024.json"), StandardCharsets.UTF_8));
        assertThat(QuangNgaiSample.toJson(regenerated.of2025()))
                .isEqualTo(Files.readString(data.resolve("quang-ngai-2025.json"), StandardCharsets.UTF_8));
    }
}
