package vn.ocop.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.OcopException;

/**
 * {@code ocop}: the command line for provincial offices, rule authors and policy staff.
 * Exit codes: 0 ok, 1 failures found where the command checks (failing scenarios), 2 bad input
 * (a message naming the file, the line and the field; no stack trace).
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, versionProvider = OcopCli.Version.class,
        description = {
            "OCOP (Mỗi xã một sản phẩm — One Commune One Product) rules: rating (phân hạng), certificate "
                + "lifecycle (hiệu lực giấy chứng nhận), revocation (thu hồi) and upgrade (nâng hạng), by regulation "
                + "period: 1048/QĐ-TTg (2019), 148/QĐ-TTg (2023), 148 + 1489/QĐ-TTg (2025), 26/2026/QĐ-TTg (in force).",
            "",
            "Exit codes: 0 ok; 1 failures found (ocop test); 2 bad input (file, line and field are named); 3 an "
                + "internal error (a bug: please report it)."},
        subcommands = {AssessCommand.class, ReportCommand.class, ExplainCommand.class, ValidateCommand.class,
            TestCommand.class, CompareCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class OcopCli implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a bug of the library (never for bad input). */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new OcopCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        cl.registerConverter(java.time.LocalDate.class, OcopCli::date);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            Throwable t = ex;
            while (t.getCause() != null && !(t instanceof OcopException)) {
                t = t.getCause();
            }
            if (t instanceof InvalidInputException iie) {
                iie.problems().forEach(p -> line.getErr().println(p));
                line.getErr().println(iie.problems().size() + " problem" + (iie.problems().size() == 1 ? "" : "s"));
                return BAD_INPUT;
            }
            if (t instanceof OcopException || t instanceof IllegalArgumentException) {
                line.getErr().println("error: " + t.getMessage());
                return BAD_INPUT;
            }
            // a bug of the library, not of the input: say so without a stack trace unless asked for one
            line.getErr().println("internal error: " + ex + " (a bug in ocop: please report it with the command "
                    + "and its input files; OCOP_DEBUG=1 prints the stack trace)");
            if ("1".equals(System.getenv("OCOP_DEBUG")) || Boolean.getBoolean("ocop.debug")) {
                ex.printStackTrace(line.getErr());
            }
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("see: " + c.getCommandSpec().qualifiedName() + " --help");
            }
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** A date option: YYYY-MM-DD, a real date, or a message saying so (no Java type names). */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date in the form YYYY-MM-DD (e.g. 2026-11-22), "
                    + "but was '" + text + "'" + (text.matches("\\d{4}-\\d{2}-\\d{2}") ? ": no such day" : ""));
        }
    }

    /** The version, from the jar's manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = OcopCli.class.getPackage().getImplementationVersion();
            return new String[] {"ocop " + (v == null ? "(development build)" : v)};
        }
    }
}
