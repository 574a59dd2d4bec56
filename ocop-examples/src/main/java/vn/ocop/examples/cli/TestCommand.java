package vn.ocop.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.rules.scenario.ScenarioCommand;
import vn.ocop.rules.scenario.ScenarioRunner;

/** {@code ocop test}: runs scenario files. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the scenario files (kịch bản kiểm thử) under DIR: one FAIL line per failing case, with "
            + "expected against actual and the library's reasons, then the line 'N passed, M failed'.",
            "Exit code: 0 all pass; 1 any fails; 2 a file cannot be read, or the rules or a case's overrides "
                + "cannot be built (nothing is run)."},
        footer = {"", "Examples:", "  java -jar ocop-examples/target/ocop.jar test ocop-rules/src/test/resources/scenarios",
            "  java -jar ocop-examples/target/ocop.jar test --lang vi --verbose my-scenarios/rating"})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder (or file) of scenario YAML files.")
    Path dir;

    @Option(names = "--brief", description = "Only the FAIL lines and the summary.")
    boolean brief;

    @Option(names = "--coverage", description = "Also list the rules no scenario fired.")
    boolean coverage;

    @Option(names = "--verbose", description = "Also list every passing case (PASS lines) with the library's reasons.")
    boolean verbose;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "vi|en",
            description = "Language of the differences and the reasons (tiếng Việt: --lang vi).")
    String lang;

    @Option(names = "--rules-dir", paramLabel = "DIR",
            description = "Run on rulebooks, criteria sheets and DRL from DIR over the built-in ones.")
    Path rulesDir;

    @Option(names = "--allow-drl", description = "Allow DRL files from --rules-dir (DRL is code: refused by default).")
    boolean allowDrl;

    @Option(names = "--rule-set", paramLabel = "NAME",
            description = "Switch on an optional rule set for every case: provincial-practice-148.")
    java.util.List<String> ruleSets = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang must be vi or en, but was '" + lang + "'");
        }
        PrintWriter w = spec.commandLine().getOut();
        w.flush();
        ScenarioRunner runner = new ScenarioRunner(b -> {
            if (rulesDir != null) {
                b.rulesDirectory(rulesDir).allowExternalDrl(allowDrl);
            }
            ruleSets.forEach(b::enableRuleSet);
        });
        PrintStream out = new PrintStream(new WriterStream(w), true, StandardCharsets.UTF_8);
        int code = ScenarioCommand.run(dir, runner, new ScenarioCommand.Options(brief, lang, coverage, verbose), out);
        out.flush();
        w.flush();
        return code;
    }

    /** Adapts the command line's writer to the PrintStream the scenario command prints to. */
    static final class WriterStream extends java.io.OutputStream {
        private final PrintWriter w;
        private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();

        WriterStream(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) {
            buf.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            w.print(buf.toString(StandardCharsets.UTF_8));
            w.flush();
            buf.reset();
        }
    }
}
