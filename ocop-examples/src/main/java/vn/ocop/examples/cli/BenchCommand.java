package vn.ocop.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.examples.bench.BatchHarness;

/**
 * {@code ocop bench}: batch throughput of the rules against the plain-Java baseline.
 *
 * <p>Like JMH, it measures in a fresh JVM of its own (forked with the same Java and class path)
 * whose heap is fixed ({@code -Xms} = {@code -Xmx} = {@code --heap}), so that numbers do not
 * depend on how the calling JVM was started or on the heap resizing itself mid-run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assess a synthetic registry (sổ đăng ký sản phẩm) of N products with the rules (Drools) "
            + "and with the plain-Java baseline that makes the same decisions, on the same threads, and print "
            + "products per second for each. The last three lines are:",
            "  drools products/s: X",
            "  baseline products/s: Y",
            "  ratio: Y/X",
            "The measurement runs in a forked JVM with a fixed heap (--heap, default 1g); both engines are "
                + "warmed up first. The method is described in README.md, section Performance."},
        footer = {"", "Examples:", "  java -jar ocop-examples/target/ocop.jar bench --products 200000",
            "  java -jar ocop-examples/target/ocop.jar bench --products 1000000 --heap 1g"})
final class BenchCommand implements Callable<Integer> {
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");

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

    @Option(names = "--heap", defaultValue = "1g", paramLabel = "SIZE",
            description = "Fixed heap of the measuring JVM, e.g. 512m or 2g (default 1g).")
    String heap;

    @Option(names = "--warm-up", defaultValue = "20", paramLabel = "SECONDS", description = "Least warm-up "
            + "time before measuring (default 20, as for the published figures; 0 = one round, to try the harness).")
    int warmUp;

    @Option(names = "--iterations", defaultValue = "0", paramLabel = "K", description = "Times the registry is "
            + "assessed by each engine (default: at least 3, and enough for 600,000 assessments).")
    int iterations;

    @Option(names = "--in-process", description = "Measure in this JVM instead of a forked one (its heap settings "
            + "are then whatever this JVM was started with).")
    boolean inProcess;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (products < 1 || products > 10_000_000) {
            throw new IllegalArgumentException("--products must be between 1 and 10000000, but was " + products);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 256) {
            throw new IllegalArgumentException("--threads must be between 1 and 256, but was " + t);
        }
        if (warmUp < 0 || warmUp > 600) {
            throw new IllegalArgumentException("--warm-up must be between 0 and 600 seconds, but was " + warmUp);
        }
        if (iterations < 0 || iterations > 1000) {
            throw new IllegalArgumentException("--iterations must be between 1 and 1000, but was " + iterations);
        }
        if (!HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("--heap must be a size such as 512m or 1g, but was '" + heap + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!inProcess) {
            return fork(t, out, spec.commandLine().getErr());
        }
        out.printf("ocop bench: %,d products, %d threads, as of %s, Java %s, max heap %d MB%n", products, t, asOf,
                Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        BatchHarness.Result r = BatchHarness.run(products, t, asOf, seed, warmUp, iterations, out);
        out.printf("per iteration: drools %s, baseline %s; peak heap %d MB; decisions agree: %s%n",
                duration(r.droolsSeconds()), duration(r.baselineSeconds()), r.peakHeapMb(), r.agree() ? "yes" : "NO");
        out.printf("drools products/s: %.0f%n", r.droolsPerSecond());
        out.printf("baseline products/s: %.0f%n", r.baselinePerSecond());
        out.printf("ratio: %.1f%n", r.ratio());
        out.flush();
        return r.agree() ? 0 : 1;
    }

    private static String duration(double seconds) {
        return seconds >= 1 ? String.format(java.util.Locale.ROOT, "%.2f s", seconds)
                : String.format(java.util.Locale.ROOT, "%.1f ms", seconds * 1000);
    }

    /** Runs the measurement in a new JVM with a fixed heap and passes its output on. */
    private int fork(int t, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap));
        if (System.getProperty("ocop.bench.verbose") != null) {
            cmd.add("-Docop.bench.verbose=true");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), OcopCli.class.getName(), "bench",
                "--in-process", "--products", String.valueOf(products), "--threads", String.valueOf(t), "--as-of",
                asOf.toString(), "--seed", String.valueOf(seed), "--warm-up", String.valueOf(warmUp), "--iterations",
                String.valueOf(iterations)));
        out.printf("measuring in a forked JVM: java -Xms%s -Xmx%s … bench --in-process%n", heap, heap);
        out.flush();
        Process p = new ProcessBuilder(cmd).start();
        Thread errPump = pump(p.getErrorStream(), err);
        pump(p.getInputStream(), out).join();
        errPump.join();
        return p.waitFor();
    }

    private static Thread pump(InputStream in, PrintWriter to) {
        Thread th = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (to) {
                        to.println(line);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                synchronized (to) {
                    to.println("ocop bench: lost the forked JVM's output: " + e.getMessage());
                }
            }
        }, "ocop-bench-output");
        th.setDaemon(true);
        th.start();
        return th;
    }
}
