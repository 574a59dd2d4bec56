package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}
