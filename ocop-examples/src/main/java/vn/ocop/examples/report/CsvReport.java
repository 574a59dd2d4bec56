package vn.ocop.examples.report;

import java.util.Map;
import vn.ocop.rules.report.PortfolioReport;

/**
 * The report as one tidy CSV table ({@code section,key,metric,value}), loadable in a spreadsheet:
 * one row per figure, per expiring certificate, per revocation and per upgrade candidate.
 */
public final class CsvReport {
    private CsvReport() {
    }

    public static String render(PortfolioReport r) {
        StringBuilder sb = new StringBuilder("section,key,metric,value\n");
        row(sb, "portfolio", r.portfolio(), "asOf", r.asOf());
        row(sb, "portfolio", r.portfolio(), "ruleBase", r.ruleBase());
        row(sb, "total", "products", "inTerm", r.productsInTerm());
        row(sb, "total", "producers", "inTerm", r.producersInTerm());
        row(sb, "total", "products", "onEcommerce", r.onEcommerce());
        r.byStars().forEach((k, v) -> row(sb, "stars", k + "★", "products", v));
        r.byProducerGroup().forEach((k, v) -> {
            row(sb, "producerGroup", k.name(), "producers", v.producers());
            row(sb, "producerGroup", k.name(), "products", v.products());
        });
        r.byProducerType().forEach((k, v) -> {
            row(sb, "producerType", k.name(), "producers", v.producers());
            row(sb, "producerType", k.name(), "products", v.products());
        });
        for (Map.Entry<String, PortfolioReport.LocalityCount> e : r.byLocality().entrySet()) {
            e.getValue().byStars().forEach((s, n) -> row(sb, "locality", e.getValue().name(), s + "★", n));
        }
        r.expiriesByMonth().forEach((m, n) -> row(sb, "expiriesByMonth", m, "certificates", n));
        for (PortfolioReport.Expiring x : r.expiring()) {
            row(sb, "expiring", x.productCode(), "expiryDate", x.expiryDate());
        }
        for (PortfolioReport.ReEvaluation x : r.reEvaluationDue()) {
            row(sb, "reEvaluationDue", x.productCode(), x.state().name(), x.why());
        }
        for (PortfolioReport.Revocation x : r.revocations()) {
            row(sb, "revocation", x.productCode(), x.ground().name(), x.deadline().map(String::valueOf).orElse(""));
        }
        for (PortfolioReport.UpgradeCandidate x : r.upgrades()) {
            row(sb, "upgrade", x.productCode(), x.current() + "→" + x.target(), x.path());
        }
        for (PortfolioReport.TraceabilityIssue t : r.traceability()) {
            row(sb, "traceability", t.productCode(), t.kind() + " " + t.problem(), t.certificate());
        }
        r.cnnttb().ifPresent(c -> {
            c.recognised().forEach((l, n) -> row(sb, "cnnttb", l.name(), "recognised", n));
            c.valid().forEach((l, n) -> row(sb, "cnnttb", l.name(), "valid", n));
        });
        r.salesPoints().ifPresent(s -> {
            row(sb, "salesPoints", "all", "open", s.open());
            s.byFunding().forEach((f, n) -> row(sb, "salesPoints", f.name(), "open", n));
            for (PortfolioReport.ShelfFlag f : s.flagged()) {
                row(sb, "shelfFlag", f.salesPoint(), f.item(), f.problem());
            }
        });
        for (vn.ocop.rules.DueAction a : r.schedule()) {
            row(sb, "schedule", a.action().en(), a.party(), a.by().map(String::valueOf).orElse(""));
        }
        r.plan().ifPresent(p -> {
            row(sb, "plan", p.reference(), "newCertified", p.newCertified());
            row(sb, "plan", p.reference(), "newCertifiedTarget", p.newCertifiedTarget());
            row(sb, "plan", p.reference(), "newFourStar", p.newFourStar());
            row(sb, "plan", p.reference(), "fiveStarCandidates", p.fiveStarCandidates());
        });
        return sb.toString();
    }

    private static void row(StringBuilder sb, Object section, Object key, Object metric, Object value) {
        sb.append(cell(section)).append(',').append(cell(key)).append(',').append(cell(metric)).append(',')
                .append(cell(value)).append('\n');
    }

    static String cell(Object o) {
        String s = String.valueOf(o);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
