package vn.ocop.examples.bench;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RevocationDecision;

/**
 * The batch throughput harness behind {@code ocop bench}: assesses a synthetic registry of N
 * products with the rules (Drools) and with the plain-Java baseline, on the same threads, and
 * reports products per second for each and their ratio.
 *
 * <p>Method (README.md, section Performance):
 * <ol>
 *   <li>Warm-up: both engines assess rounds of {@value #WARM_PRODUCTS} other products of the same
 *       registry, exactly as they are measured, for at least {@value #MIN_WARM_SECONDS} s and until
 *       the rules' speed changes by less than 5% from one round to the next (at most
 *       {@value #MAX_WARM_SECONDS} s). Not timed.</li>
 *   <li>Iterations: the N products are assessed window by window ({@value #WINDOW} products per
 *       window); each window is generated (not timed), then assessed by the rules through
 *       {@link OcopRules#assessAll(Iterable, LocalDate, java.util.function.Consumer)} and by the
 *       baseline on a pool of as many threads, in chunks, the two taking turns to go first. The
 *       registry is assessed at least {@value #MIN_ITERATIONS} times, and more often when small,
 *       so that at least {@value #MIN_TIMED} assessments per engine are timed.</li>
 *   <li>Result: products per second = products × iterations / seconds spent assessing. Only
 *       assessing is timed, from records in memory to assessments handed to a sink that folds them
 *       into a checksum (so nothing is optimised away, and both engines must agree on it); the
 *       garbage collections that happen meanwhile are part of it.</li>
 * </ol>
 * Peak heap is the sum of the heap pools' peak usage, reset after warm-up; it includes the
 * window of records being assessed.
 */
public final class BatchHarness {
    /** Products generated and assessed per window. */
    public static final int WINDOW = 10_000;
    /** Fewest assessments timed per engine: small registries are assessed in more iterations. */
    public static final int MIN_TIMED = 600_000;
    /** Fewest times the whole registry is assessed by each engine. */
    public static final int MIN_ITERATIONS = 3;
    static final int MAX_ITERATIONS = 1000;
    static final int MIN_WARM_SECONDS = 20;
    static final int MAX_WARM_SECONDS = 60;
    /** Products per warm-up round. */
    static final int WARM_PRODUCTS = 50_000;
    /** The warm-up registry is taken far from the timed one, so no product is timed warm. */
    private static final int WARM_FROM = 50_000_000;

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

    /** Runs the harness with the standard warm-up and iterations, printing progress to {@code log}. */
    public static Result run(int products, int threads, LocalDate asOf, long seed, PrintWriter log) {
        return run(products, threads, asOf, seed, MIN_WARM_SECONDS, 0, log);
    }

    /**
     * Runs the harness, printing progress to {@code log}.
     *
     * @param warmUpSeconds least warm-up time ({@value #MIN_WARM_SECONDS} for the published figures; 0 for a
     *                      single warm-up round, e.g. to check that the harness works)
     * @param iterations    times the registry is assessed, or 0 for the standard number
     */
    public static Result run(int products, int threads, LocalDate asOf, long seed, int warmUpSeconds, int iterations,
            PrintWriter log) {
        OcopRules rules = OcopRules.builder().parallelism(threads).build();
        PlainJavaAssessor baseline = new PlainJavaAssessor(rules);
        SyntheticRegistry registry = new SyntheticRegistry(rules, seed);
        ForkJoinPool pool = new ForkJoinPool(threads);
        boolean verbose = System.getProperty("ocop.bench.verbose") != null;
        try {
            warmUp(rules, baseline, registry, pool, asOf, warmUpSeconds, log, verbose);
            resetPeaks();
            if (iterations <= 0) {
                iterations = Math.max(MIN_ITERATIONS, (int) Math.min(MAX_ITERATIONS,
                        (MIN_TIMED + products - 1) / products));
            }
            Pass total = new Pass();
            Checksum cRules = new Checksum();
            Checksum cBase = new Checksum();
            for (int it = 1; it <= iterations; it++) {
                Pass p = pass(rules, baseline, registry, pool, asOf, 0, products, cRules, cBase, it % 2 == 1);
                total.add(p);
                if (verbose || iterations <= 10) {
                    log.printf("iteration %d: drools %,.0f products/s, baseline %,.0f products/s%n", it,
                            products / p.rulesSeconds, products / p.baseSeconds);
                }
            }
            log.printf("timed: %,d iteration%s over the %,d products (%,d assessments per engine), "
                    + "gc %,d ms (%s)%n", iterations, iterations == 1 ? "" : "s", products,
                    (long) iterations * products, total.gcMillis, gcNames());
            return new Result(products, threads, total.rulesSeconds / iterations, total.baseSeconds / iterations,
                    cRules.value, cBase.value, peakHeapMb());
        } finally {
            pool.shutdown();
        }
    }

    /** Time spent by each engine (and collecting garbage meanwhile) over some windows. */
    private static final class Pass {
        double rulesSeconds;
        double baseSeconds;
        long gcMillis;

        void add(Pass p) {
            rulesSeconds += p.rulesSeconds;
            baseSeconds += p.baseSeconds;
            gcMillis += p.gcMillis;
        }
    }

    /**
     * Products {@code from} to {@code to} of the registry, window by window: each window is generated
     * (not timed), then assessed by both engines (timed), the engines taking turns to go first so that
     * neither always meets the records cold.
     */
    private static Pass pass(OcopRules rules, PlainJavaAssessor baseline, SyntheticRegistry registry,
            ForkJoinPool pool, LocalDate asOf, int from, int to, Checksum cRules, Checksum cBase, boolean rulesFirst) {
        Pass p = new Pass();
        boolean first = rulesFirst;
        for (int w = from; w < to; w += WINDOW) {
            List<ProductRecord> window = generate(registry, pool, w, Math.min(to, w + WINDOW));
            long gc0 = gcMillis();
            if (!first) {
                p.baseSeconds += timeBaseline(baseline, pool, window, asOf, cBase);
            }
            long t0 = System.nanoTime();
            rules.assessAll(window, asOf, cRules::add);
            p.rulesSeconds += (System.nanoTime() - t0) / 1e9;
            if (first) {
                p.baseSeconds += timeBaseline(baseline, pool, window, asOf, cBase);
            }
            p.gcMillis += gcMillis() - gc0;
            first = !first;
        }
        return p;
    }

    /**
     * Warms both engines up, exactly as they are then measured but on other products, until their
     * speed is steady: the just-in-time compiler keeps improving the rules' many small classes for
     * a good while on two cores. Rounds of {@value #WARM_PRODUCTS} products run for at least
     * {@value #MIN_WARM_SECONDS} seconds, then until the rules' speed over the last round is within
     * 5% of the round before, for at most {@value #MAX_WARM_SECONDS} seconds.
     */
    private static void warmUp(OcopRules rules, PlainJavaAssessor baseline, SyntheticRegistry registry,
            ForkJoinPool pool, LocalDate asOf, int minSeconds, PrintWriter log, boolean verbose) {
        long start = System.nanoTime();
        double last = 0;
        int round = 0;
        double elapsed = 0;
        while (elapsed < MAX_WARM_SECONDS) {
            int from = WARM_FROM + round * WARM_PRODUCTS;
            Pass p = pass(rules, baseline, registry, pool, asOf, from, from + WARM_PRODUCTS, new Checksum(),
                    new Checksum(), round % 2 == 0);
            round++;
            double rate = WARM_PRODUCTS / p.rulesSeconds;
            if (verbose) {
                log.printf("  warm-up round %d: drools %,.0f/s, baseline %,.0f/s%n", round, rate,
                        WARM_PRODUCTS / p.baseSeconds);
            }
            elapsed = (System.nanoTime() - start) / 1e9;
            boolean steady = minSeconds == 0 || elapsed >= minSeconds
                    && Math.abs(rate - last) <= 0.05 * Math.max(rate, last);
            last = rate;
            if (steady) {
                break;
            }
        }
        log.printf("warm-up: %d rounds of %,d other products with each engine, %.0f s (last round: %,.0f drools "
                + "products/s)%n", round, WARM_PRODUCTS, elapsed, last);
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

    private static double timeBaseline(PlainJavaAssessor baseline, ForkJoinPool pool, List<ProductRecord> window,
            LocalDate asOf, Checksum sink) {
        long t0 = System.nanoTime();
        baselineAll(baseline, pool, window, asOf, sink);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The baseline on the same number of threads, the way {@link OcopRules#assessAll} runs the rules:
     * chunks of 512 products go to the pool, at most four per thread in flight, and this thread folds
     * finished chunks into the sink in order.
     */
    private static void baselineAll(PlainJavaAssessor baseline, ForkJoinPool pool, List<ProductRecord> records,
            LocalDate asOf, Checksum sink) {
        int chunk = 512;
        int inFlight = pool.getParallelism() * 4;
        java.util.ArrayDeque<java.util.concurrent.CompletableFuture<List<Assessment>>> pending =
                new java.util.ArrayDeque<>();
        for (int i = 0; i < records.size(); i += chunk) {
            List<ProductRecord> batch = records.subList(i, Math.min(records.size(), i + chunk));
            pending.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> baseline.assessAll(batch, asOf),
                    pool));
            while (pending.size() >= inFlight) {
                pending.poll().join().forEach(sink::add);
            }
        }
        while (!pending.isEmpty()) {
            pending.poll().join().forEach(sink::add);
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

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, g.getCollectionTime());
        }
        return sum;
    }

    private static String gcNames() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(g.getName());
        }
        return String.join(", ", names);
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

        /** Called on one thread only (the one that called assessAll). Allocation-free, so it costs the run little. */
        void add(Assessment a) {
            long h = a.productCode().hashCode();
            for (RatingDecision r : a.ratings()) {
                h = 31 * h + r.outcome().ordinal();
                h = 31 * h + (r.stars().isPresent() ? r.stars().get() : 0);
                h = 31 * h + (r.certifiable() ? 1 : 0);
                h = 31 * h + (r.certifyingAuthority().isPresent() ? 1 + r.certifyingAuthority().get().ordinal() : 0);
                h = 31 * h + (r.forwardedTo().isPresent() ? 1 + r.forwardedTo().get().ordinal() : 0);
                h = 31 * h + r.reasons().size();
            }
            for (LifecycleStatus c : a.certificates()) {
                h = 31 * h + c.state().ordinal();
                h = 31 * h + c.expiryDate().toEpochDay();
                h = 31 * h + c.window().ordinal();
                h = 31 * h + (c.markUsable() ? 1 : 0);
                h = 31 * h + (c.revokingAuthority().isPresent() ? 1 + c.revokingAuthority().get().ordinal() : 0);
                h = 31 * h + c.dueActions().size();
                h = 31 * h + c.reasons().size();
            }
            for (RevocationDecision v : a.revocations()) {
                h = 31 * h + (v.proposed() ? 1 : 0);
                h = 31 * h + v.reasons().size();
            }
            h = 31 * h + (a.upgrade().eligible() ? 1 : 0);
            h = 31 * h + (a.upgrade().targetStars().isPresent() ? a.upgrade().targetStars().get() : 0);
            h = 31 * h + a.upgrade().reasons().size();
            value += h;
        }
    }
}
