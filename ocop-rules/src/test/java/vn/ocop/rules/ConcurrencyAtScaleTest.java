package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.core.ProductRecord;

/**
 * One {@link OcopRules} shared by 32 threads, each assessing 100,000 products: every answer is the
 * answer one thread gets, whether the threads call {@code assess} one product at a time or
 * {@code assessAll} on batches; and while the rules are reloaded again and again (good changes and
 * broken files in turn), every answer is the one-thread answer of the rule base that gave it.
 *
 * <p>Sizes can be changed with {@code -Docop.scale.threads=…} and {@code -Docop.scale.products=…}.
 */
class ConcurrencyAtScaleTest {
    static final int THREADS = Integer.getInteger("ocop.scale.threads", 32);
    static final int PRODUCTS = Integer.getInteger("ocop.scale.products", 100_000);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final Path BUILT_IN = Path.of("src/main/resources/vn/ocop");

    static List<ProductRecord> records;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        records = RandomRecords.generate(PRODUCTS, 2026);
    }

    /** The answer of one thread, product by product. */
    static String[] oneThread(OcopRules rules) {
        String[] out = new String[records.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = RandomRecords.signature(rules.assess(records.get(i), AS_OF));
        }
        return out;
    }

    /**
     * Runs {@link #THREADS} threads over every product, each in its own order: even threads call
     * {@code assess} per product, odd ones {@code assessAll} on batches of a random size. Each answer
     * is checked by {@code check}; returns the number of answers checked.
     */
    static long hammer(OcopRules rules, Checker check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong checked = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    SplittableRandom rnd = new SplittableRandom(thread);
                    int start = rnd.nextInt(records.size());
                    int i = 0;
                    while (i < records.size()) {
                        if (thread % 2 == 0) {
                            int k = (start + i) % records.size();
                            check.check(k, rules.assess(records.get(k), AS_OF));
                            i++;
                        } else {
                            int n = Math.min(records.size() - i, 1 + rnd.nextInt(2000));
                            List<ProductRecord> batch = new ArrayList<>(n);
                            int[] index = new int[n];
                            for (int j = 0; j < n; j++) {
                                index[j] = (start + i + j) % records.size();
                                batch.add(records.get(index[j]));
                            }
                            List<Assessment> out = rules.assessAll(batch, AS_OF);
                            assertThat(out).hasSize(n);
                            for (int j = 0; j < n; j++) {
                                check.check(index[j], out.get(j));
                            }
                            i += n;
                        }
                        checked.addAndGet(1);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return checked.get();
    }

    interface Checker {
        void check(int index, Assessment a);
    }

    @Test
    void should_give_32_threads_the_answers_of_one_thread() throws Exception {
        OcopRules rules = OcopRules.builder().build();
        String[] expected = oneThread(rules);
        AtomicInteger wrong = new AtomicInteger();
        List<String> examples = new java.util.concurrent.CopyOnWriteArrayList<>();
        hammer(rules, (k, a) -> {
            String got = RandomRecords.signature(a);
            if (!got.equals(expected[k])) {
                wrong.incrementAndGet();
                if (examples.size() < 3) {
                    examples.add("expected " + expected[k] + "\n     got " + got);
                }
            }
        });
        assertThat(wrong.get()).as("answers that differ from one thread's (%d threads x %d products): %s", THREADS,
                PRODUCTS, examples).isZero();
    }

    @Test
    void should_give_each_answer_of_one_rule_base_while_rules_are_reloaded() throws Exception {
        String original = Files.readString(BUILT_IN.resolve("rulebooks/qd26-2026.yaml"), StandardCharsets.UTF_8);
        String moved = original.replace("3: {from: 50, below: 70}", "3: {from: 50, below: 75}")
                .replace("4: {from: 70, below: 90}", "4: {from: 75, below: 90}");
        String broken = original.replace("parts: {A: 40, B: 25, C: 35}", "parts: {A: 40, B: 25, C: 30}");
        assertThat(moved).isNotEqualTo(original);
        assertThat(broken).isNotEqualTo(original);
        Files.writeString(dir.resolve("CHANGELOG.yaml"), Files.readString(BUILT_IN.resolve("CHANGELOG.yaml"))
                + "  - date: 2026-11-22\n    decision: \"test\"\n    periods: [QD26_2026]\n"
                + "    files: [rulebooks/qd26-2026.yaml]\n    summary: \"reload under load\"\n");
        Files.createDirectories(dir.resolve("rulebooks"));
        Path file = dir.resolve("rulebooks/qd26-2026.yaml");

        // the one-thread answers of each rule base the reloads can put into service
        Map<String, String[]> expectedByFingerprint = new HashMap<>();
        for (String text : List.of(moved, original)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            OcopRules single = OcopRules.builder().rulesDirectory(dir).parallelism(1).build();
            expectedByFingerprint.put(single.info().fingerprint(), oneThread(single));
        }
        assertThat(expectedByFingerprint).hasSize(2);

        OcopRules rules = OcopRules.builder().rulesDirectory(dir).build(); // starts on the original
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reloads = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Thread reloader = new Thread(() -> {
            String[] texts = {moved, broken, original, broken};
            int n = 0;
            while (!stop.get()) {
                try {
                    Files.writeString(file, texts[n++ % texts.length], StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                ReloadEvent e = rules.reload();
                reloads.incrementAndGet();
                if (!e.succeeded()) {
                    refused.incrementAndGet();
                }
            }
        }, "reloader");
        reloader.start();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger unknown = new AtomicInteger();
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            hammer(rules, (k, a) -> {
                String fp = a.ruleBase().fingerprint();
                seen.add(fp);
                String[] expected = expectedByFingerprint.get(fp);
                if (expected == null) {
                    unknown.incrementAndGet();
                } else if (!RandomRecords.signature(a).equals(expected[k])) {
                    wrong.incrementAndGet();
                }
            });
        } finally {
            stop.set(true);
            reloader.join();
        }
        assertThat(unknown.get()).as("answers from a rule base that is neither of the two good ones").isZero();
        assertThat(wrong.get()).as("answers that differ from the one-thread answer of their rule base").isZero();
        assertThat(reloads.get()).as("reloads during the run").isGreaterThanOrEqualTo(4);
        assertThat(refused.get()).as("broken files refused during the run").isGreaterThanOrEqualTo(2);
        assertThat(seen).as("both rule bases served answers").hasSize(2);
    }
}
