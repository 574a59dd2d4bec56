package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ocop.core.ProductRecord;

/**
 * One rule base, shared by many threads: every thread gets exactly the answers a single thread
 * gets, whether it assesses one product at a time or in batches.
 */
class ConcurrencyTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @Test
    void should_give_every_thread_the_same_answers_as_one_thread() throws Exception {
        OcopRules rules = OcopRules.builder().parallelism(1).build();
        List<ProductRecord> records = RandomRecords.generate(1500, 42);
        List<String> expected = new ArrayList<>();
        for (ProductRecord r : records) {
            expected.add(RandomRecords.signature(rules.assess(r, AS_OF)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < records.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    String[] got = new String[records.size()];
                    for (int i : order) {
                        got[i] = RandomRecords.signature(rules.assess(records.get(i), AS_OF));
                    }
                    return List.of(got);
                }));
            }
            futures.add(pool.submit(() -> OcopRules.builder().parallelism(4).chunkSize(64).build()
                    .assessAll(records, AS_OF).stream().map(RandomRecords::signature).toList()));
            futures.add(pool.submit(() -> rules.assessAll(records, AS_OF).stream().map(RandomRecords::signature)
                    .toList()));
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_hand_results_to_the_sink_in_order_on_the_calling_thread() {
        OcopRules rules = OcopRules.builder().parallelism(3).chunkSize(7).build();
        List<ProductRecord> records = RandomRecords.generate(500, 7);
        List<String> codes = new ArrayList<>();
        Thread caller = Thread.currentThread();
        rules.assessAll(records, AS_OF, a -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            codes.add(a.productCode());
        });
        assertThat(codes).containsExactlyElementsOf(records.stream().map(r -> r.product().code()).toList());
    }

    @Test
    void should_stop_a_batch_at_the_first_bad_record_with_its_own_error() {
        // GIVEN a batch whose 300th record names a knock-out its 26/2026 sheet lacks
        OcopRules rules = OcopRules.builder().parallelism(2).chunkSize(16).build();
        List<ProductRecord> records = new ArrayList<>(RandomRecords.generate(600, 3));
        ProductRecord good = records.get(299);
        records.set(299, ProductRecord.builder(good.product(), good.producer())
                .evaluation(vn.ocop.core.Evaluation.builder("BAD-1", good.product().code())
                        .level(vn.ocop.core.EvaluationLevel.PROVINCE).filed(LocalDate.of(2026, 8, 1))
                        .decided(LocalDate.of(2026, 9, 1)).memberTotals(80, 80, 80).knockOut("no-such-knock-out")
                        .build())
                .build());
        List<String> seen = new ArrayList<>();
        // WHEN / THEN the caller gets the record's own error, naming it, after the records before its chunk
        assertThatThrownBy(() -> rules.assessAll(records, AS_OF, a -> seen.add(a.productCode())))
                .isInstanceOfSatisfying(vn.ocop.core.InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("product " + good.product().code()).contains("no-such-knock-out"));
        assertThat(seen).hasSize(288).containsExactlyElementsOf(
                records.subList(0, 288).stream().map(r -> r.product().code()).toList());
    }

    @Test
    void should_pass_on_an_exception_of_the_sink_and_stop() {
        OcopRules rules = OcopRules.builder().parallelism(2).chunkSize(10).build();
        List<ProductRecord> records = RandomRecords.generate(400, 5);
        int[] calls = {0};
        assertThatThrownBy(() -> rules.assessAll(records, AS_OF, a -> {
            if (++calls[0] == 25) {
                throw new IllegalStateException("disk full");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(calls[0]).isEqualTo(25);
    }
}
