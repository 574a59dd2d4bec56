package vn.ocop.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.examples.bench.BatchHarness;

/** {@code ocop bench}: batch throughput of the rules against the plain-Java baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Assess a synthetic registry (sổ đăng ký sản phẩm) of N products with the rules (Drools) and",
            "with the plain-Java baseline that makes the same decisions, on the same threads, and print",
            "products per second for each. The last three lines are:",
            "  drools products/s: X", "  baseline products/s: Y", "  ratio: Y/X",
            "Run with a fixed heap to check memory, e.g. java -Xmx1g -jar ocop.jar bench --products 1000000."},
        footer = {"", "Example:", "  java -jar ocop-examples/target/ocop.jar bench --products 200000"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--products", required = true, paramLabel = "N", description = "Products to assess (1 to 10,000,000).")
    int products;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for each engine (default: all cores).")
    Integer threads;

    @Option(names = "--as-of", defaultValue = "2026-11-22", paramLabel = "DATE",
            description = "The date judged (default 2026-11-22: a fixed date, so runs compare).")
    LocalDate asOf;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic registry (default 1).")
    long seed;

    @Override
    public Integer call() {
        if (products < 1 || products > 10_000_000) {
            throw new IllegalArgumentException("--products must be between 1 and 10000000, but was " + products);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 256) {
            throw new IllegalArgumentException("--threads must be between 1 and 256, but was " + t);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ocop bench: %,d products, %d threads, as of %s, %s, max heap %d MB%n", products, t, asOf,
                Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        BatchHarness.Result r = BatchHarness.run(products, t, asOf, seed, out);
        out.printf("drools: %.2f s, baseline: %.2f s, peak heap %d MB, decisions agree: %s%n", r.droolsSeconds(),
                r.baselineSeconds(), r.peakHeapMb(), r.agree() ? "yes" : "NO");
        out.printf("drools products/s: %.0f%n", r.droolsPerSecond());
        out.printf("baseline products/s: %.0f%n", r.baselinePerSecond());
        out.printf("ratio: %.1f%n", r.ratio());
        return r.agree() ? 0 : 1;
    }
}
