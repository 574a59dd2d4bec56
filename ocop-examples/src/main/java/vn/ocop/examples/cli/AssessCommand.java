package vn.ocop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RevocationDecision;

/** {@code ocop assess}: every product's decisions on a date. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess every product of a portfolio (danh mục sản phẩm) on a date: the latest rating "
            + "(phân hạng), the certificate's state (hiệu lực), revocation proposals (thu hồi) and upgrade eligibility "
            + "(nâng hạng)."},
        footer = {"", "Example:", "  java -jar ocop-examples/target/ocop.jar assess --as-of 2024-10-31 ocop-examples/data/quang-ngai-2024.json",
            "  java -jar ocop-examples/target/ocop.jar assess --as-of 2026-11-22 --format json ocop-examples/data/quang-ngai-2025.json"})
final class AssessCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "Portfolio file (JSON, or YAML by extension).")
    Path portfolio;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date judged (YYYY-MM-DD).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Portfolio p = new PortfolioIO().read(portfolio);
        OcopRules r = rules.build();
        List<ProductRecord> records = p.records();
        List<Assessment> assessments = r.assessAll(records, asOf);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("portfolio", p.name());
            doc.put("asOf", asOf);
            doc.put("ruleBase", r.info());
            doc.put("assessments", assessments);
            out.println(Json.write(doc));
            return 0;
        }
        Table t = new Table("product", "name", "rating", "certificate", "state", "expiry", "mark", "revocation",
                "upgrade");
        for (int i = 0; i < records.size(); i++) {
            Assessment a = assessments.get(i);
            t.row(a.productCode(), records.get(i).product().name(), rating(a), a.currentCertificate()
                    .map(c -> c.certificateNumber() + " " + c.stars() + "★").orElse("—"),
                    a.currentCertificate().map(c -> c.state().name()).orElse("—"),
                    a.currentCertificate().map(c -> c.expiryDate().toString()).orElse("—"),
                    a.currentCertificate().map(c -> c.markUsable() ? "yes" : "no").orElse("—"), revocation(a),
                    a.upgrade().eligible() ? "→ " + a.upgrade().targetStars().map(s -> s + "★").orElse("?") : "—");
        }
        t.print(out, 28);
        out.println(records.size() + " products assessed as of " + asOf + " (rule base " + r.info().fingerprint()
                + "); details: ocop explain --as-of " + asOf + " " + portfolio + " <product>");
        return 0;
    }

    static String rating(Assessment a) {
        return a.latestRating().map(AssessCommand::rating).orElse("—");
    }

    static String rating(RatingDecision r) {
        String s = switch (r.outcome()) {
            case RATED -> r.stars().map(x -> x + "★").orElse("?") + (r.certifiable() ? " certifiable" : "");
            case FORWARDED -> r.bandStars() + "★ band → " + r.forwardedTo().map(Enum::name).orElse("?");
            default -> r.outcome().name();
        };
        return s;
    }

    static String revocation(Assessment a) {
        List<String> out = new ArrayList<>();
        for (RevocationDecision d : a.proposedRevocations()) {
            out.add(d.ground().map(Enum::name).orElse("?") + d.deadline().map(x -> " by " + x).orElse(""));
        }
        return out.isEmpty() ? "—" : String.join("; ", out);
    }

    static String certificate(LifecycleStatus c) {
        return c.certificateNumber() + " " + c.stars() + "★ " + c.state();
    }
}
