package vn.ocop.examples;

import java.time.LocalDate;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.Locality;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;

/**
 * The README's quickstart, runnable: rate a council's evaluation and print the star, who
 * certifies it, and every reason with its citation. {@code QuickstartTest} checks that the README
 * shows exactly this code.
 */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        // quickstart:begin
        OcopRules rules = OcopRules.builder().build(); // build once, share between threads

        Producer producer = new Producer("P-1", "HTX Tỏi Lý Sơn", ProducerType.COOPERATIVE);
        Product garlic = new Product("51-22001-001-2026", "Tỏi cô đơn Lý Sơn", ProductSet.OTHER_SPICES,
                producer.id(), Locality.of("51", "Quảng Ngãi", "22001", "An Vĩnh"), true);
        Evaluation council = Evaluation.builder("E-1", garlic.code())
                .level(EvaluationLevel.PROVINCE)
                .filed(LocalDate.of(2026, 8, 1))
                .decided(LocalDate.of(2026, 9, 15))
                .memberTotals(72, 70.5, 74)   // each council member's total
                .minimumsMet(3, 4)            // starred minimums the council confirmed
                .build();
        ProductRecord record = ProductRecord.builder(garlic, producer).evaluation(council).build();

        Assessment assessment = rules.assess(record, LocalDate.of(2026, 9, 15));
        RatingDecision rating = assessment.latestRating().orElseThrow();
        System.out.println(rating.stars().orElseThrow() + "★, certified by "
                + rating.certifyingAuthority().orElseThrow().label().en());
        rating.reasons().forEach(r -> System.out.println(r.ruleId() + " [" + r.citation() + "] " + r.message().en()));
        // quickstart:end
    }
}
