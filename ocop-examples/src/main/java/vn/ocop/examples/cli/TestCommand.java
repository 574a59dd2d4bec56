package vn.ocop.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.rules.scenario.ScenarioCommand;
import vn.ocop.rules.scenario.ScenarioRunner;

/** {@code ocop test}: runs scenario files. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the scenario files (kịch bản kiểm thử) under DIR: one FAIL line per failing case, with",
            "expected against actual and the library's reasons, then the line 'N passed, M failed'.",
            "Exit code: 0 all pass, 1 any fails, 2 a file cannot be read (nothing is run)."},
        footer = {"", "Example:", "  ocop test ocop-rules/src/test/resources/scenarios"})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder (or file) of scenario YAML files.")
    Path dir;

    @Option(names = "--brief", description = "Only the FAIL lines and the summary.")
    boolean brief;

    @Option(names = "--coverage", description = "Also list the rules no scenario fired.")
    boolean coverage;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "vi|en", description = "Language of the reasons.")
    String lang;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang must be vi or en, but was '" + lang + "'");
        }
        PrintWriter w = spec.commandLine().getOut();
        w.flush();
        ScenarioRunner runner = new ScenarioRunner(b -> {
            if (rules.rulesDir != null) {
                b.rulesDirectory(rules.rulesDir).allowExternalDrl(rules.allowDrl);
            }
            rules.ruleSets.forEach(b::enableRuleSet);
        });
        PrintStream out = new PrintStream(new WriterStream(w), true, StandardCharsets.UTF_8);
        int code = ScenarioCommand.run(dir, runner, new ScenarioCommand.Options(brief, lang, coverage), out);
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
