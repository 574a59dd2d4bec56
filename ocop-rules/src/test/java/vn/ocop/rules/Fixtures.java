package vn.ocop.rules;

import java.time.LocalDate;
import vn.ocop.core.Locality;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;

/** Shared test data: one producer and one product, built the way a host application would. */
final class Fixtures {
    static final Producer COOP = new Producer("P-1", "HTX Tỏi Lý Sơn", ProducerType.COOPERATIVE);
    static final Product GARLIC = new Product("51-22001-001-2026", "Tỏi cô đơn Lý Sơn", ProductSet.OTHER_SPICES, "P-1",
            Locality.of("51", "Quảng Ngãi", "22001", "Lý Sơn"), true);

    private Fixtures() {
    }

    static ProductRecord.Builder garlic() {
        return ProductRecord.builder(GARLIC, COOP);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
