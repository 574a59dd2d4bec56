package vn.ocop.examples.bench;

import java.lang.management.ManagementFactory;
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

/**
 * JVM start to first result: builds the rule base and assesses one product, then prints how
 * long after the JVM started the answer was ready. Time the whole command from outside too:
 *
 * <pre>
 * for i in 1 2 3 4 5; do /usr/bin/time -f %e java -cp ocop-examples/target/ocop.jar vn.ocop.examples.bench.FirstResult; done
 * </pre>
 */
public final class FirstResult {
    private FirstResult() {
    }

    public static void main(String[] args) {
        Producer p = new Producer("P-1", "HTX Tỏi Lý Sơn", ProducerType.COOPERATIVE);
        Product product = new Product("51-22001-001-2026", "Tỏi cô đơn Lý Sơn", ProductSet.OTHER_SPICES, "P-1",
                Locality.of("51", "Quảng Ngãi", "22001", "Lý Sơn"), true);
        LocalDate decided = LocalDate.of(2026, 9, 15);
        ProductRecord record = ProductRecord.builder(product, p).evaluation(Evaluation.builder("E-1", product.code())
                .level(EvaluationLevel.PROVINCE).decided(decided).memberTotals(72, 70.5, 74).build()).build();
        Assessment a = OcopRules.builder().parallelism(1).build().assess(record, decided);
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(a.latestRating().orElseThrow().stars().orElseThrow() + "★ — first result " + ms
                + " ms after JVM start");
    }
}
