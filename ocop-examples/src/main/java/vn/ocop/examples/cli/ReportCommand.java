package vn.ocop.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.examples.report.CsvReport;
import vn.ocop.examples.report.HtmlReport;
import vn.ocop.examples.report.TextReport;
import vn.ocop.rules.report.PortfolioReport;
import vn.ocop.rules.report.PortfolioReporter;

/** {@code ocop report}: the portfolio summary provincial offices write. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The portfolio summary (báo cáo): products in term by star, producer type and locality, "
            + "e-commerce, certificates expiring (sắp hết hạn) and who must act by when, re-evaluations due "
            + "(đánh giá lại), revocation proposals (đề nghị thu hồi), upgrade candidates (nâng hạng), plan progress."},
        footer = {"", "Examples:", "  java -jar ocop-examples/target/ocop.jar report --as-of 2024-10-31 ocop-examples/data/quang-ngai-2024.json",
            "  java -jar ocop-examples/target/ocop.jar report --as-of 2024-10-31 --format html --output r.html ocop-examples/data/quang-ngai-2024.json"})
final class ReportCommand implements Callable<Integer> {
    enum Format { text, json, csv, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "Portfolio file (JSON, or YAML by extension).")
    Path portfolio;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date of the report (YYYY-MM-DD).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json, csv or html.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
    Path output;

    @Option(names = "--expiring-days", defaultValue = "90", paramLabel = "N",
            description = "Horizon of the 'expiring' section, in days (default 90).")
    int expiringDays;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        if (expiringDays < 0 || expiringDays > 3650) {
            throw new IllegalArgumentException("--expiring-days must be between 0 and 3650, but was " + expiringDays);
        }
        Portfolio p = new PortfolioIO().read(portfolio);
        PortfolioReport r = new PortfolioReporter(rules.build()).report(p, asOf, expiringDays);
        String text = switch (format) {
            case text -> TextReport.render(r);
            case json -> Json.write(r) + "\n";
            case csv -> CsvReport.render(r);
            case html -> HtmlReport.render(r);
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(new InvalidInputException.Problem(output.toString(), 0, "--output",
                        "cannot write: " + e.getMessage()));
            }
            out.println("wrote " + output + " (" + format + ", " + r.productsInTerm() + " products in term)");
        } else {
            out.print(text);
            out.flush();
        }
        return 0;
    }
}
