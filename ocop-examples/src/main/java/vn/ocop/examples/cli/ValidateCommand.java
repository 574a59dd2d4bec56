package vn.ocop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.rules.RuleValidation;

/** {@code ocop validate}: checks rule files before they are put into service. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check rule files (bộ quy tắc): rulebooks, criteria sheets (bộ tiêu chí), DRL and "
            + "CHANGELOG.yaml. Reports every problem with file:line and a hint. Exit 0 when clean, 2 on errors.",
            "Without DIR it checks the built-in files; with DIR, the directory laid over them. A rules directory "
                + "that validate rejects is also refused by --rules-dir and by reload()."},
        footer = {"", "Examples:", "  java -jar ocop-examples/target/ocop.jar validate", "  java -jar ocop-examples/target/ocop.jar validate --allow-drl my-rules/"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "A rules directory (rulebooks/, criteria/<period>/, rules/, CHANGELOG.yaml).")
    Path dir;

    @Option(names = "--allow-drl", description = "Accept DRL files from DIR (DRL is code: refused by default).")
    boolean allowDrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleValidation.Result r = RuleValidation.validate(Optional.ofNullable(dir), allowDrl);
        for (Problem p : r.problems()) {
            out.println(p);
        }
        if (r.ok()) {
            out.println("OK: " + r.origin() + ": " + r.rulebooks() + " rulebooks, " + r.sheets() + " criteria sheets, "
                    + r.drlFiles() + " DRL files, " + r.rules() + " rules");
            return 0;
        }
        out.println(r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s") + " in " + r.origin());
        return OcopCli.BAD_INPUT;
    }
}
