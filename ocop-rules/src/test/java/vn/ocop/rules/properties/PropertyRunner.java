package vn.ocop.rules.properties;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small property-test runner on plain JUnit 5 (the project does not depend on a property-testing
 * library). A property is a generator of cases, a check, a shrinking step and a way to print a case.
 *
 * <h2>Seeds, tries, replay</h2>
 * <ul>
 *   <li>{@code -Docop.properties.seed=N} — the run's seed (default {@value #DEFAULT_SEED}, so the build is
 *       deterministic; {@code random} draws a new one, printed with the results). Case {@code i}
 *       of property {@code P} is generated from its own {@link Random}, seeded from (seed, P, i) alone, so
 *       one case can be replayed without generating the others.</li>
 *   <li>{@code -Docop.properties.tries=N} — the number of cases of every property (default: the
 *       property's own, chosen so that the whole package runs in well under 20 s on 2 cores;
 *       {@code 100000} for a long run).</li>
 *   <li>{@code -Docop.properties.case=I} — run only case {@code I} (with the seed): the replay of a
 *       failure. A failure message prints the exact command, e.g.
 *       <pre>mvn -B -o test -pl ocop-rules -am -Dsurefire.failIfNoSpecifiedTests=false \
 *    -Dtest='vn.ocop.rules.properties.NoResurrectionPropertyTest#an_ended_certificate_never_comes_back_into_force_without_a_new_event' \
 *    -Docop.properties.seed=20260522 -Docop.properties.case=417</pre></li>
 * </ul>
 *
 * <h2>What happens on failure</h2>
 * Every case is still run (the message says how many failed). The first failing case is shrunk:
 * the property's shrinking step proposes smaller variants (fewer members, fewer criteria, fewer
 * facts, fewer dates, plain names …) and the first one that still fails the same way is kept, until
 * none does or the budget ({@value #SHRINK_BUDGET} checks) is spent. The message gives the seed, the
 * case number, the smallest counterexample (described, and as the library's JSON portfolio when the
 * property has one), what was expected and what the library answered; the JSON is also written as a
 * portfolio file under {@code target/property-counterexamples/},
 * which the command line reads ({@code ./ocop explain --as-of <date> <file> <product code>}).
 *
 * <h2>Preconditions</h2>
 * A check may {@link #discard} a case that does not meet the property's precondition; discarded cases
 * are counted by reason and printed, and a property fails when more than half of its cases are discarded
 * (the generator would then not be testing it).
 */
final class PropertyRunner {
    static final long DEFAULT_SEED = 20260522L;
    static final int SHRINK_BUDGET = 4000;

    private PropertyRunner() {
    }

    /** Thrown by a check for a case outside the property's precondition. */
    static final class Discard extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Discard(String why) {
            super(why, null, false, false);
        }
    }

    /** Leaves the case out: it does not meet the property's precondition ({@code why}, for the summary). */
    static Discard discard(String why) {
        return new Discard(why);
    }

    /**
     * One property.
     *
     * @param name     unique name (part of each case's seed)
     * @param testRef  the JUnit selector that runs it, for the replay command ({@code Class#method})
     * @param tries    default number of cases
     * @param generate case number → case, from the case's own random source
     * @param check    null when the property holds for the case, else what went wrong (first word, up to
     *                 ':', names the kind of failure; shrinking keeps it); may throw {@link Discard}
     * @param shrink   smaller variants of a case, most promising first
     * @param describe a case, for people
     * @param json     the case as a portfolio file, or null when there is none
     */
    record Property<C>(String name, String testRef, int tries, BiFunction<Random, Integer, C> generate,
            Function<C, String> check, Function<C, Stream<C>> shrink, Function<C, String> describe,
            Function<C, String> json) {
    }

    /** What a run did, for the summary line. */
    record Summary(String name, long seed, int run, int discarded, Map<String, Integer> discards,
            Map<String, Integer> notes, long millis) {
        @Override
        public String toString() {
            return String.format("property %s, seed %d: %d cases run, %d discarded%s in %d ms%s", name, seed, run,
                    discarded, discards.isEmpty() ? "" : " " + discards, millis,
                    notes.isEmpty() ? "" : "\n    what the cases covered: " + notes);
        }
    }

    private static final ThreadLocal<Map<String, Integer>> NOTES = ThreadLocal.withInitial(TreeMap::new);

    /** Counts a feature of the current case (what the cases covered is printed in the summary). */
    static void note(String label) {
        NOTES.get().merge(label, 1, Integer::sum);
    }

    /**
     * The run's seed: {@code -Docop.properties.seed=N}, or {@code random} for a new seed each run (printed
     * in the summary and in any failure message, so that a failure can be replayed), or else
     * {@value #DEFAULT_SEED}: the normal build is deterministic.
     */
    static long seed() {
        String s = System.getProperty("ocop.properties.seed", "").trim();
        if (s.isEmpty()) {
            return DEFAULT_SEED;
        }
        if (s.equalsIgnoreCase("random")) {
            return RANDOM_SEED;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Docop.properties.seed must be a whole number or 'random', but was '"
                    + s + "'", e);
        }
    }

    /** One random seed per JVM, so that every property of a "random" run uses the same (printed) seed. */
    private static final long RANDOM_SEED = new java.security.SecureRandom().nextLong() & 0xFFFF_FFFF_FFFFL;

    /** The number of cases: {@code -Docop.properties.tries=N}, else the property's default. */
    static int tries(int byDefault) {
        int n = Integer.getInteger("ocop.properties.tries", byDefault);
        if (n < 1) {
            throw new IllegalArgumentException("-Docop.properties.tries must be at least 1, but was " + n);
        }
        return n;
    }

    /** The seed of case {@code i} of property {@code name}: SplitMix64 of the run seed, the name and i. */
    static long caseSeed(long seed, String name, int i) {
        long z = seed * 0x9E3779B97F4A7C15L + name.hashCode() * 0xBF58476D1CE4E5B9L + i * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private sealed interface Outcome permits Pass, Dropped, Fail {
    }

    private record Pass() implements Outcome {
    }

    private record Dropped(String why) implements Outcome {
    }

    private record Fail(String message) implements Outcome {
        String kind() {
            int colon = message.indexOf(':');
            return colon < 0 ? message : message.substring(0, colon);
        }
    }

    private static <C> Outcome evaluate(Property<C> p, C c) {
        try {
            String message = p.check().apply(c);
            return message == null ? new Pass() : new Fail(message);
        } catch (Discard d) {
            return new Dropped(d.getMessage());
        } catch (RuntimeException | AssertionError e) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            String trace = sw.toString();
            String[] lines = trace.split("\n");
            StringBuilder sb = new StringBuilder("exception: the library threw on a lawful input: ");
            for (int i = 0; i < Math.min(12, lines.length); i++) {
                sb.append(lines[i]).append('\n');
            }
            return new Fail(sb.toString());
        }
    }

    /** Runs a property; throws an {@link AssertionError} describing the smallest counterexample found. */
    static <C> Summary run(Property<C> p) {
        long seed = seed();
        int tries = tries(p.tries());
        Integer only = Integer.getInteger("ocop.properties.case");
        long start = System.nanoTime();
        int run = 0;
        int discarded = 0;
        Map<String, Integer> discards = new TreeMap<>();
        int failures = 0;
        int firstCase = -1;
        C firstCounterexample = null;
        Fail firstFail = null;
        NOTES.get().clear();
        int from = only == null ? 0 : only;
        int to = only == null ? tries : only + 1;
        for (int i = from; i < to; i++) {
            C c = p.generate().apply(new Random(caseSeed(seed, p.name(), i)), i);
            run++;
            Outcome o = evaluate(p, c);
            if (o instanceof Dropped d) {
                discarded++;
                discards.merge(d.why(), 1, Integer::sum);
            } else if (o instanceof Fail f) {
                failures++;
                if (firstFail == null) {
                    firstFail = f;
                    firstCase = i;
                    firstCounterexample = c;
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Summary summary = new Summary(p.name(), seed, run, discarded, discards, new TreeMap<>(NOTES.get()), millis);
        NOTES.get().clear();
        System.out.println(summary);
        if (firstFail != null) {
            throw new AssertionError(report(p, seed, run, failures, firstCase, firstCounterexample, firstFail));
        }
        if (only == null && discarded * 2 > run) {
            throw new AssertionError("property " + p.name() + ": " + discarded + " of " + run
                    + " cases were discarded " + discards + ": the generator does not test the property");
        }
        return summary;
    }

    private static <C> String report(Property<C> p, long seed, int run, int failures, int caseNo, C c, Fail fail) {
        // shrink: keep the first smaller variant that still fails the same way, until none does
        C current = c;
        Fail currentFail = fail;
        int steps = 0;
        int budget = SHRINK_BUDGET;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            Iterator<C> it = p.shrink().apply(current).iterator();
            while (it.hasNext() && budget > 0) {
                C candidate = it.next();
                budget--;
                Outcome o = evaluate(p, candidate);
                if (o instanceof Fail f && f.kind().equals(fail.kind())) {
                    current = candidate;
                    currentFail = f;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("property ").append(p.name()).append(" failed\n");
        sb.append("  seed ").append(seed).append(", case ").append(caseNo).append(" (").append(failures)
                .append(" of ").append(run).append(" cases failed; the first is shown)\n");
        sb.append("  shrunk in ").append(steps).append(" steps (").append(SHRINK_BUDGET - budget)
                .append(" candidates tried)\n");
        sb.append("  replay: mvn -B -o test -pl ocop-rules -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest='")
                .append(p.testRef()).append("' -Docop.properties.seed=").append(seed)
                .append(" -Docop.properties.case=").append(caseNo).append('\n');
        String json = p.json() == null ? null : p.json().apply(current);
        if (json != null) {
            sb.append("  counterexample file: ")
                    .append(Portfolios.save(p.name() + "-seed" + seed + "-case" + caseNo, json)).append('\n');
        }
        sb.append("---- smallest counterexample ----\n").append(p.describe().apply(current)).append('\n');
        if (json != null) {
            sb.append("---- the same, as the library's JSON portfolio ----\n").append(json).append('\n');
        }
        sb.append("---- what went wrong ----\n").append(currentFail.message()).append('\n');
        if (current != c) {
            sb.append("---- as first found (before shrinking) ----\n").append(fail.message()).append('\n');
        }
        return sb.toString();
    }

}
