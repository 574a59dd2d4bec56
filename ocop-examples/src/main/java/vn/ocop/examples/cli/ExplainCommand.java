package vn.ocop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationDecision;

/** {@code ocop explain}: one product, every reason with its citation. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain one product on a date: every decision with every reason and its legal basis "
            + "(căn cứ pháp lý), and the text of every assumption a reason relies on."},
        footer = {"", "Example:", "  java -jar ocop-examples/target/ocop.jar explain --as-of 2024-10-31 ocop-examples/data/quang-ngai-2024.json 51-536-001-2023"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "Portfolio file.")
    Path portfolio;

    @Parameters(index = "1", paramLabel = "PRODUCT", description = "The product's code (mã số sản phẩm).")
    String productCode;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date judged (YYYY-MM-DD).")
    LocalDate asOf;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "vi|en", description = "Language of the messages.")
    String lang;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang must be vi or en, but was '" + lang + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        Portfolio p = new PortfolioIO().read(portfolio);
        ProductRecord record = p.records().stream().filter(r -> r.product().code().equals(productCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException(new InvalidInputException.Problem(portfolio.toString(), 0,
                        "products", "no product with code '" + productCode + "'", vn.ocop.core.io.StrictReader
                                .closest(productCode, p.products().stream().map(x -> x.code()).toList())
                                .map(c -> "did you mean '" + c + "'?").orElse(""))));
        OcopRules r = rules.build();
        Assessment a = r.assess(record, asOf);
        out.println(record.product().code() + " " + record.product().name() + " (" + record.product().productSet().code()
                + " " + record.product().productSet().label().in(lang) + ")");
        out.println("producer: " + record.producer().name() + " (" + record.producer().type() + ")");
        out.println("as of " + asOf + "; rule base " + a.ruleBase().fingerprint() + " (generation "
                + a.ruleBase().generation() + ", " + a.ruleBase().origin() + ")");
        for (RatingDecision d : a.ratings()) {
            out.println();
            out.println("Rating of evaluation " + d.evaluationId() + " (" + d.level() + ", " + d.rulebookId() + "): "
                    + AssessCommand.rating(d) + d.average().map(x -> ", average " + x).orElse("")
                    + d.certifyingAuthority().map(x -> ", certified by " + x.label().in(lang)).orElse(""));
            reasons(out, d.reasons());
        }
        for (LifecycleStatus c : a.certificates()) {
            out.println();
            out.println("Certificate " + c.certificateNumber() + " " + c.stars() + "★ (issued under " + c.issuedUnder()
                    + "): " + c.state() + ", invalid from " + c.expiryDate() + " (" + c.daysLeft() + " days), mark "
                    + (c.markUsable() ? "may be used" : "may not be used"));
            for (DueAction x : c.dueActions()) {
                out.println("  due: " + vn.ocop.examples.report.TextReportAccess.action(x));
            }
            reasons(out, c.reasons());
        }
        for (RevocationDecision d : a.revocations()) {
            out.println();
            out.println("Finding " + d.findingId().orElse("(none: expired certificate)") + ": "
                    + (d.proposed() ? "revocation proposed on " + d.ground().map(Enum::name).orElse("?")
                            + d.authority().map(x -> " by " + x.label().in(lang)).orElse("")
                            + d.deadline().map(x -> ", deadline " + x).orElse("") : "no revocation proposed"));
            reasons(out, d.reasons());
        }
        out.println();
        out.println("Upgrade: " + (a.upgrade().eligible() ? "may apply for " + a.upgrade().targetStars().orElse(0)
                + "★ via " + a.upgrade().path().map(Enum::name).orElse("?") : "not now"));
        reasons(out, a.upgrade().reasons());
        for (vn.ocop.rules.RoundAssignment x : a.rounds()) {
            out.println();
            out.println("Round of evaluation " + x.evaluation() + ": " + x.level() + " round " + x.round() + " of "
                    + x.year() + ", held by " + x.heldBy() + " (proposed " + x.proposedOn() + ")");
            reasons(out, x.reasons());
        }
        for (vn.ocop.rules.TraceabilityFlag x : a.traceability()) {
            out.println();
            out.println("Traceability of certificate " + x.certificate() + ": " + x.kind() + " " + x.problem());
            reasons(out, x.reasons());
        }
        assumptions(out, r, a);
        return 0;
    }

    /** The text of every assumption a reason relies on, from the rulebook the decision was made under. */
    private void assumptions(PrintWriter out, OcopRules r, Assessment a) {
        java.util.Map<String, String> used = new java.util.LinkedHashMap<>(); // assumption id -> rulebook id
        String inForce = r.rulebooks().forDate(asOf).id();
        a.ratings().forEach(d -> d.reasons().forEach(x -> x.assumptions().forEach(id -> used.putIfAbsent(id,
                d.rulebookId()))));
        a.certificates().forEach(c -> c.reasons().forEach(x -> x.assumptions().forEach(id -> used.putIfAbsent(id,
                c.inForce()))));
        a.revocations().forEach(d -> d.reasons().forEach(x -> x.assumptions().forEach(id -> used.putIfAbsent(id,
                d.rulebookId()))));
        a.upgrade().reasons().forEach(x -> x.assumptions().forEach(id -> used.putIfAbsent(id, inForce)));
        a.rounds().forEach(d -> d.reasons().forEach(x -> x.assumptions().forEach(id -> used.putIfAbsent(id, inForce))));
        if (used.isEmpty()) {
            return;
        }
        out.println();
        out.println("vi".equals(lang) ? "Giả định (nơi văn bản pháp luật chưa quy định rõ hoặc chưa được xác nhận):"
                : "Assumptions (where the law is silent or unconfirmed):");
        used.forEach((id, rulebookId) -> {
            java.util.Optional<vn.ocop.core.rulebook.Rulebook.Assumption> found = r.rulebooks().byId(rulebookId)
                    .flatMap(l -> l.rulebook().assumptions().stream().filter(x -> x.id().equals(id)).findFirst())
                    .or(() -> r.rulebooks().all().stream().flatMap(l -> l.rulebook().assumptions().stream())
                            .filter(x -> x.id().equals(id)).findFirst());
            out.println("  " + id + " (" + rulebookId + ")" + found.flatMap(x -> x.setting())
                    .map(v -> ", setting: " + v).orElse(""));
            out.println("      " + found.map(x -> x.text().in(lang)).orElse("(not described in the rulebook)"));
        });
    }

    private void reasons(PrintWriter out, List<Reason> reasons) {
        for (Reason r : reasons) {
            out.println("  " + r.ruleId() + " [" + r.citation() + "]" + (r.assumptions().isEmpty() ? ""
                    : " (assumption: " + String.join(", ", r.assumptions()) + ")"));
            out.println("      " + r.message().in(lang));
        }
    }
}
