package vn.ocop.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ocop.core.ProductRecord;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.OcopRules;

/**
 * Latency of one full assessment (rating, lifecycle, revocation and upgrade of one product) as a
 * portal calls it while a user waits: JMH sample-time mode, so the output gives p50, p90, p99.
 *
 * <pre>
 * java -cp ocop-examples/target/ocop.jar org.openjdk.jmh.Main AssessLatencyBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssessLatencyBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int MASK = 4095;

    private OcopRules rules;
    private PlainJavaAssessor baseline;
    private List<ProductRecord> records;
    private int next;

    @Setup
    public void setup() {
        rules = OcopRules.builder().parallelism(1).build();
        baseline = new PlainJavaAssessor(rules);
        records = new SyntheticRegistry(rules, 7).slice(0, MASK + 1);
    }

    /** One product with the rules. */
    @Benchmark
    public Assessment drools() {
        return rules.assess(records.get(next++ & MASK), AS_OF);
    }

    /** The same product with the plain-Java baseline, for comparison. */
    @Benchmark
    public Assessment baseline() {
        return baseline.assess(records.get(next++ & MASK), AS_OF);
    }
}
