package vn.ocop.examples.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;

/**
 * The batch throughput harness behind {@code ocop bench}: assesses a synthetic registry of N
 * products with the rules (Drools) and with the plain-Java baseline, on the same threads, and
 * reports products per second for each and their ratio.
 *
 * <p>Method: the registry is cut into windows of {@value #WINDOW} products; each window is
 * generated (not timed), then assessed (timed) by the rules, then by the baseline. Both first run
 * a warm-up of up to 50,000 products (not timed). Only the assessing is timed, from records in
 * memory to assessments handed to a sink that folds them into a checksum (so nothing is
 * optimised away, and both engines must agree on it). Peak heap is the sum of the heap pools'
 * peak usage, reset after warm-up.
 */
public final class BatchHarness {
    /** Products generated and assessed per window. */
    public static final int WINDOW = 50_000;

    private BatchHarness() {
    }

    /**
     * What a run measured.
     *
     * @param products          products assessed by each engine
     * @param threads           threads used by each
     * @param droolsSeconds     time assessing with the rules
     * @param baselineSeconds   time assessing with the baseline
     * @param droolsChecksum    the rules' checksum of the decisions
     * @param baselineChecksum  the baseline's checksum of the decisions
     * @param peakHeapMb        peak heap in MB during the timed runs
     */
    public record Result(int products, int threads, double droolsSeconds, double baselineSeconds, long droolsChecksum,
            long baselineChecksum, long peakHeapMb) {

        public double droolsPerSecond() {
            return products / droolsSeconds;
        }

        public double baselinePerSecond() {
            return products / baselineSeconds;
        }

        public double ratio() {
            return baselinePerSecond() / droolsPerSecond();
        }

        public boolean agree() {
            return droolsChecksum == baselineChecksum;
        }
    }

    /** Runs the harness, printing progress to {@code log}. */
    public static Result run(int products, int threads, LocalDate asOf, long seed, PrintWriter log) {
        OcopRules rules = OcopRules.builder().parallelism(threads).build();
        PlainJavaAssessor baseline = new PlainJavaAssessor(rules);
        SyntheticRegistry registry = new SyntheticRegistry(rules, seed);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            int warm = Math.min(products, 50_000);
            List<ProductRecord> warmUp = generate(registry, pool, 0, warm);
            for (int i = 0; i < 3; i++) {
                rules.assessAll(warmUp, asOf, a -> { });
                baselineAll(baseline, pool, warmUp, asOf, new Checksum());
            }
            log.printf("warm-up: %,d products x 3 with each engine%n", warm);
            resetPeaks();
            double tRules = 0;
            double tBase = 0;
            Checksum cRules = new Checksum();
            Checksum cBase = new Checksum();
            for (int from = 0; from < products; from += WINDOW) {
                List<ProductRecord> window = generate(registry, pool, from, Math.min(products, from + WINDOW));
                long t0 = System.nanoTime();
                rules.assessAll(window, asOf, cRules::add);
                long t1 = System.nanoTime();
                baselineAll(baseline, pool, window, asOf, cBase);
                long t2 = System.nanoTime();
                tRules += (t1 - t0) / 1e9;
                tBase += (t2 - t1) / 1e9;
            }
            return new Result(products, threads, tRules, tBase, cRules.value, cBase.value, peakHeapMb());
        } finally {
            pool.shutdown();
        }
    }

    private static List<ProductRecord> generate(SyntheticRegistry registry, ForkJoinPool pool, int from, int to) {
        int chunk = 2048;
        List<int[]> ranges = new ArrayList<>();
        for (int i = from; i < to; i += chunk) {
            ranges.add(new int[] {i, Math.min(to, i + chunk)});
        }
        try {
            List<List<ProductRecord>> parts = pool.submit(() -> ranges.parallelStream()
                    .map(r -> registry.slice(r[0], r[1])).toList()).get();
            List<ProductRecord> out = new ArrayList<>(to - from);
            parts.forEach(out::addAll);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The baseline on the same number of threads, in chunks like the rules. */
    private static void baselineAll(PlainJavaAssessor baseline, ForkJoinPool pool, List<ProductRecord> records,
            LocalDate asOf, Checksum sink) {
        int chunk = 512;
        List<List<ProductRecord>> chunks = new ArrayList<>();
        for (int i = 0; i < records.size(); i += chunk) {
            chunks.add(records.subList(i, Math.min(records.size(), i + chunk)));
        }
        try {
            List<List<Assessment>> out = pool.submit(() -> chunks.parallelStream()
                    .map(c -> baseline.assessAll(c, asOf)).toList()).get();
            out.forEach(l -> l.forEach(sink::add));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    /** Folds the decisions of assessments into one number, so both engines can be compared cheaply. */
    static final class Checksum {
        long value;

        synchronized void add(Assessment a) {
            long h = a.productCode().hashCode();
            for (RatingDecision r : a.ratings()) {
                h = 31 * h + Objects.hash(r.outcome(), r.stars().orElse(0), r.certifiable(),
                        r.certifyingAuthority().orElse(null), r.forwardedTo().orElse(null));
            }
            for (LifecycleStatus c : a.certificates()) {
                h = 31 * h + Objects.hash(c.state(), c.expiryDate(), c.window(), c.markUsable(),
                        c.revokingAuthority().orElse(null), c.dueActions().size());
            }
            a.revocations().forEach(v -> { });
            h = 31 * h + a.proposedRevocations().size();
            h = 31 * h + Objects.hash(a.upgrade().eligible(), a.upgrade().targetStars().orElse(0));
            value += h;
        }
    }
}
