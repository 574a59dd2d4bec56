package vn.ocop.rules.scenario;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * Runs a folder of scenario files and prints the result: one {@code FAIL} line per failing case
 * (with the differences and the library's reasons indented under it unless {@code brief}), then
 * {@code N passed, M failed}. Returns the exit code: 0 all passed, 1 some failed, 2 a file could
 * not be read or the rules (with a case's overrides) could not be built (nothing is run then). The command line's {@code ocop test} calls this.
 */
public final class ScenarioCommand {
    private ScenarioCommand() {
    }

    /**
     * Options of a run.
     *
     * @param brief    only the FAIL lines and the summary
     * @param language of the differences and reasons: {@code vi} or {@code en}
     * @param coverage also list the rules no case fired
     * @param verbose  also list every passing case ({@code PASS} lines) with the library's reasons
     */
    public record Options(boolean brief, String language, boolean coverage, boolean verbose) {
        /** Options without the passing cases. */
        public Options(boolean brief, String language, boolean coverage) {
            this(brief, language, coverage, false);
        }
    }

    /** Runs every scenario under {@code dir} with {@code runner}, printing to {@code out}. */
    public static int run(Path dir, ScenarioRunner runner, Options options, PrintStream out) {
        ScenarioLoader.Result loaded = new ScenarioLoader().loadDirectory(dir);
        if (!loaded.problems().isEmpty()) {
            for (Problem p : loaded.problems()) {
                out.println(p);
            }
            out.println(loaded.problems().size() + " problem" + (loaded.problems().size() == 1 ? "" : "s")
                    + " in the scenario files; nothing was run");
            return 2;
        }
        List<Problem> rules = runner.prepare(loaded.scenarios());
        if (!rules.isEmpty()) {
            for (Problem p : rules) {
                out.println(p);
            }
            out.println(rules.size() + " problem" + (rules.size() == 1 ? "" : "s")
                    + " in the rules or the cases' overrides; nothing was run");
            return 2;
        }
        List<CaseResult> results = runner.runAll(loaded.scenarios());
        int failed = 0;
        for (CaseResult r : results) {
            if (!r.passed()) {
                failed++;
            }
            if (!r.passed() || options.verbose()) {
                out.println(ScenarioReport.headline(r, options.language()));
                if (!options.brief() || options.verbose()) {
                    String details = ScenarioReport.describe(r, options.language());
                    out.print(details.substring(details.indexOf('\n') + 1));
                }
            }
        }
        if (options.coverage()) {
            Set<String> unfired = new TreeSet<>(runner.allRules());
            unfired.removeAll(runner.firedRules());
            out.println(unfired.isEmpty() ? "coverage: every rule fired in some scenario"
                    : "coverage: rules fired by no scenario: " + String.join(", ", unfired));
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    /** {@code java vn.ocop.rules.scenario.ScenarioCommand <dir> [--brief] [--coverage] [--verbose] [--lang vi]}. */
    public static void main(String[] args) {
        Path dir = null;
        boolean brief = false;
        boolean coverage = false;
        boolean verbose = false;
        String lang = "en";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--brief" -> brief = true;
                case "--coverage" -> coverage = true;
                case "--verbose" -> verbose = true;
                case "--lang" -> lang = args[++i];
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            System.err.println("usage: ScenarioCommand <dir> [--brief] [--coverage] [--verbose] [--lang vi|en]");
            System.exit(2);
        }
        System.exit(run(dir, new ScenarioRunner(), new Options(brief, lang, coverage, verbose), System.out));
    }
}
