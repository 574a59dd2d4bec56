package vn.ocop.examples.report;

import java.util.Map;
import java.util.stream.Collectors;
import vn.ocop.core.ProducerType;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.report.PortfolioReport;

/** The report as text for a terminal, Vietnamese terms beside the English. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(PortfolioReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("OCOP portfolio report (báo cáo sản phẩm OCOP): ").append(r.portfolio()).append('\n');
        sb.append("as of (tính đến ngày) ").append(r.asOf()).append("; rule base ").append(r.ruleBase()).append("\n\n");

        sb.append("Products in term (sản phẩm còn hiệu lực): ").append(r.productsInTerm()).append('\n');
        sb.append("  by star (theo hạng sao): ").append(r.byStars().entrySet().stream()
                .map(e -> e.getKey() + "★ " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        sb.append("Producers with products in term (chủ thể có sản phẩm OCOP): ").append(r.producersInTerm()).append('\n');
        for (ProducerType.ReportGroup g : ProducerType.ReportGroup.values()) {
            PortfolioReport.GroupCount c = r.byProducerGroup().get(g);
            if (c != null) {
                sb.append("  ").append(g.label().vi()).append(" / ").append(g.label().en()).append(": ")
                        .append(c.producers()).append(" producers, ").append(c.products()).append(" products\n");
            }
        }
        sb.append("  by type (theo loại hình): ").append(r.byProducerType().entrySet().stream()
                .map(e -> e.getKey().name() + " " + e.getValue().producers() + "/" + e.getValue().products())
                .collect(Collectors.joining(", "))).append(" (producers/products)\n");
        sb.append("On e-commerce (trên sàn thương mại điện tử): ").append(r.onEcommerce()).append(" of ")
                .append(r.productsInTerm()).append("\n\n");

        sb.append("By locality (theo địa bàn): ").append(r.byLocality().size()).append(" localities\n");
        for (Map.Entry<String, PortfolioReport.LocalityCount> e : r.byLocality().entrySet()) {
            PortfolioReport.LocalityCount l = e.getValue();
            sb.append(String.format("  %-28s %4d   %s%n", l.name(), l.total(), l.byStars().entrySet().stream()
                    .map(x -> x.getKey() + "★ " + x.getValue()).collect(Collectors.joining(", "))));
        }

        sb.append("\nExpiring in the next ").append(r.expiringDays()).append(" days (sắp hết hiệu lực): ")
                .append(r.expiring().size()).append('\n');
        for (PortfolioReport.Expiring x : r.expiring()) {
            sb.append("  ").append(x.productCode()).append(" ").append(x.productName()).append(" — ")
                    .append(x.certificate()).append(" ").append(x.stars()).append("★, invalid from ").append(x.expiryDate())
                    .append(" (").append(x.daysLeft()).append(" days)\n");
            for (DueAction a : x.actions()) {
                sb.append("      ").append(action(a)).append('\n');
            }
        }

        sb.append("\nDue for re-evaluation (đến hạn đánh giá lại): ").append(r.reEvaluationDue().size()).append('\n');
        for (PortfolioReport.ReEvaluation x : r.reEvaluationDue()) {
            sb.append("  ").append(x.productCode()).append(" ").append(x.productName()).append(" — ")
                    .append(x.certificate()).append(" ").append(x.stars()).append("★ ").append(x.state()).append(": ")
                    .append(x.why()).append('\n');
        }

        sb.append("\nRevocation proposals (đề nghị thu hồi): ").append(r.revocations().size()).append('\n');
        for (PortfolioReport.Revocation x : r.revocations()) {
            sb.append("  ").append(x.productCode()).append(" ").append(x.productName()).append(" — ")
                    .append(x.certificate().orElse("?")).append(": ").append(x.ground()).append(" [")
                    .append(x.citation()).append("]; by ").append(x.authority().map(a -> a.label().en()).orElse("?"))
                    .append(x.deadline().map(d -> ", deadline " + d).orElse("")).append('\n');
        }

        sb.append("\nUpgrade candidates (sản phẩm có thể nâng hạng): ").append(r.upgrades().size()).append('\n');
        for (PortfolioReport.UpgradeCandidate x : r.upgrades()) {
            sb.append("  ").append(x.productCode()).append(" ").append(x.productName()).append(" — ")
                    .append(x.current()).append("★ → ").append(x.target()).append("★ via ").append(x.path())
                    .append(": ").append(x.evidence()).append(x.gap().map(g -> "; gap: " + g).orElse("")).append('\n');
        }

        for (String n : r.notes()) {
            sb.append("  note: ").append(n).append('\n');
        }

        traceability(sb, r);
        cnnttb(sb, r);
        salesPoints(sb, r);
        schedule(sb, r);

        r.plan().ifPresent(p -> {
            sb.append("\nPlan (kế hoạch): ").append(p.reference()).append('\n');
            sb.append("  new 3–5★ products (sản phẩm mới đạt 3–5 sao): ").append(p.newCertified()).append(" of ")
                    .append(p.newCertifiedTarget()).append('\n');
            sb.append("  new 4★ certificates (sản phẩm 4 sao): ").append(p.newFourStar()).append(" (target ")
                    .append(p.newFourStarMin()).append("–").append(p.newFourStarMax()).append(")\n");
            sb.append("  potential 5★ candidates (sản phẩm tiềm năng 5 sao): ").append(p.fiveStarCandidates())
                    .append(" (target ").append(p.fiveStarCandidatesMin()).append("–").append(p.fiveStarCandidatesMax())
                    .append(")\n");
        });
        return sb.toString();
    }

    private static void traceability(StringBuilder sb, PortfolioReport r) {
        if (r.traceability().isEmpty()) {
            return;
        }
        sb.append("\nTraceability flags (mã truy xuất nguồn gốc cần xử lý): ").append(r.traceability().size()).append('\n');
        for (PortfolioReport.TraceabilityIssue t : r.traceability()) {
            sb.append("  ").append(t.productCode()).append(" ").append(t.productName()).append(" — ")
                    .append(t.certificate()).append(" (valid through ").append(t.certificateValidUntil()).append("): ")
                    .append(t.kind()).append(" ").append(t.problem())
                    .append(t.codeValidUntil().map(d -> ", code valid through " + d).orElse(""))
                    .append(" [").append(t.citation()).append("]\n");
        }
    }

    private static void cnnttb(StringBuilder sb, PortfolioReport r) {
        r.cnnttb().ifPresent(c -> {
            sb.append("\nRural industrial products (sản phẩm CNNTTB): ").append(c.totalRecognised())
                    .append(" recognised, ").append(c.totalValid()).append(" still valid [").append(c.citation())
                    .append("]\n");
            for (vn.ocop.core.CnnttbLevel l : vn.ocop.core.CnnttbLevel.values()) {
                sb.append(String.format("  %-12s %-16s recognised %4d, valid %4d%n", l.en(), "(" + l.vi() + ")",
                        c.recognised().getOrDefault(l, 0), c.valid().getOrDefault(l, 0)));
            }
            if (!c.unsupported().isEmpty()) {
                sb.append("  without a valid lower-level award: ").append(String.join(", ", c.unsupported()))
                        .append('\n');
            }
        });
    }

    private static void salesPoints(StringBuilder sb, PortfolioReport r) {
        r.salesPoints().ifPresent(s -> {
            sb.append("\nOCOP sales points (điểm giới thiệu và bán sản phẩm OCOP): ").append(s.open()).append(" open: ")
                    .append(s.byFunding().getOrDefault(vn.ocop.core.SalesPointFunding.STATE_SUPPORTED, 0))
                    .append(" state-supported (Nhà nước hỗ trợ")
                    .append(s.supporters().entrySet().stream().filter(e -> !e.getKey().isEmpty())
                            .map(e -> "; " + e.getKey() + " " + e.getValue()).collect(Collectors.joining()))
                    .append("), ").append(s.byFunding().getOrDefault(vn.ocop.core.SalesPointFunding.PRIVATE, 0))
                    .append(" private (xã hội hóa 100%) [").append(s.citation()).append("]\n");
            sb.append("  by place (theo địa điểm): ").append(s.byCategory().entrySet().stream()
                    .map(e -> e.getKey().en() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
            sb.append("  products on a shelf that no longer qualify (sản phẩm không còn đủ điều kiện bày bán): ")
                    .append(s.flagged().size()).append('\n');
            for (PortfolioReport.ShelfFlag f : s.flagged()) {
                sb.append("    ").append(f.pointName()).append(": ").append(f.item())
                        .append(f.productCode().map(c -> " (" + c + ")").orElse("")).append(" — ").append(f.problem())
                        .append('\n');
            }
        });
    }

    private static void schedule(StringBuilder sb, PortfolioReport r) {
        if (r.schedule().isEmpty()) {
            return;
        }
        sb.append("\nCalendar (lịch đánh giá, báo cáo): ").append(r.schedule().size()).append('\n');
        for (DueAction a : r.schedule()) {
            sb.append("  ").append(action(a)).append('\n');
        }
    }

    static String action(DueAction a) {
        return a.party().label().en() + a.authority().map(x -> " (" + x.label().en() + ")").orElse("") + ": "
                + a.action().en() + a.from().map(f -> " from " + f).orElse("") + a.by().map(b -> " by " + b).orElse("")
                + " [" + a.basis() + "]";
    }
}
