package vn.ocop.examples.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import vn.ocop.core.ProducerType;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.report.PortfolioReport;

/**
 * The report as one self-contained HTML page: inline CSS and inline SVG charts (stars by
 * locality, expiries by month), no script, no font, no image, no network request; it opens in
 * any browser offline and prints.
 */
public final class HtmlReport {
    private static final String[] STAR_COLOURS = {"", "#d0d0d0", "#b0b0b0", "#2e7d32", "#f9a825", "#c62828"};

    private HtmlReport() {
    }

    public static String render(PortfolioReport r) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Báo cáo OCOP — ").append(esc(r.portfolio())).append(" — ").append(r.asOf())
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem;color:#222;max-width:1100px}\n")
                .append("h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}\n")
                .append(".sub{color:#666;font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}\n")
                .append(".card{border:1px solid #ddd;border-radius:6px;padding:.7rem 1rem;min-width:150px}\n")
                .append(".card .v{font-size:1.8rem;font-weight:600}.card .k{color:#555;font-size:.85rem}\n")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#fafafa}td.n{text-align:right}.bar{stroke:none}.axis{stroke:#999;stroke-width:1}\n")
                .append("svg text{font-size:11px;fill:#333}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}\n")
                .append(".progress{background:#eee;border-radius:4px;height:10px;width:240px;display:inline-block;vertical-align:middle}\n")
                .append(".progress i{display:block;height:10px;border-radius:4px;background:#2e7d32}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Báo cáo sản phẩm OCOP / OCOP portfolio report</h1>\n<div class=\"sub\">")
                .append(esc(r.portfolio())).append(" · tính đến ngày / as of <b>").append(r.asOf())
                .append("</b> · rule base ").append(esc(r.ruleBase())).append("</div>\n");

        h.append("<div class=\"cards\">\n");
        card(h, "Sản phẩm còn hiệu lực / products in term", r.productsInTerm());
        for (Map.Entry<Integer, Integer> e : r.byStars().entrySet()) {
            card(h, e.getKey() + " sao / " + e.getKey() + "★", e.getValue());
        }
        card(h, "Chủ thể / producers", r.producersInTerm());
        card(h, "Trên sàn TMĐT / on e-commerce", r.onEcommerce());
        h.append("</div>\n");

        h.append("<h2>Chủ thể theo loại hình / producers by type</h2>\n<table><tr><th>Nhóm / group</th>")
                .append("<th>Chủ thể / producers</th><th>Sản phẩm / products</th></tr>\n");
        for (ProducerType.ReportGroup g : ProducerType.ReportGroup.values()) {
            PortfolioReport.GroupCount c = r.byProducerGroup().get(g);
            if (c != null) {
                h.append("<tr><td>").append(esc(g.label().vi())).append(" / ").append(esc(g.label().en()))
                        .append("</td><td class=\"n\">").append(c.producers()).append("</td><td class=\"n\">")
                        .append(c.products()).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");

        h.append("<h2>Sản phẩm theo địa bàn và hạng sao / stars by locality</h2>\n");
        h.append("<div class=\"legend\">");
        for (int s = 3; s <= 5; s++) {
            h.append("<span style=\"background:").append(STAR_COLOURS[s]).append("\"></span>").append(s).append("★");
        }
        h.append("</div>\n");
        localityChart(h, r.byLocality());

        h.append("<h2>Giấy chứng nhận hết hạn theo tháng / expiries by month (next 24 months)</h2>\n");
        monthChart(h, r.expiriesByMonth());

        h.append("<h2>Sắp hết hiệu lực (").append(r.expiringDays()).append(" ngày) / expiring in the next ")
                .append(r.expiringDays()).append(" days: ").append(r.expiring().size()).append("</h2>\n");
        if (!r.expiring().isEmpty()) {
            h.append("<table><tr><th>Sản phẩm / product</th><th>Giấy chứng nhận</th><th>Hết hiệu lực từ / invalid from</th>")
                    .append("<th>Ai làm gì, khi nào / who must act by when</th></tr>\n");
            for (PortfolioReport.Expiring x : r.expiring()) {
                h.append("<tr><td>").append(esc(x.productCode())).append("<br>").append(esc(x.productName()))
                        .append("</td><td>").append(esc(x.certificate())).append(" · ").append(x.stars())
                        .append("★</td><td>").append(x.expiryDate()).append(" (").append(x.daysLeft())
                        .append(" ngày)</td><td>").append(actions(x.actions())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Đến hạn đánh giá lại / due for re-evaluation: ").append(r.reEvaluationDue().size()).append("</h2>\n");
        if (!r.reEvaluationDue().isEmpty()) {
            h.append("<table><tr><th>Sản phẩm / product</th><th>Giấy chứng nhận</th><th>Tình trạng / status</th></tr>\n");
            for (PortfolioReport.ReEvaluation x : r.reEvaluationDue()) {
                h.append("<tr><td>").append(esc(x.productCode())).append("<br>").append(esc(x.productName()))
                        .append("</td><td>").append(esc(x.certificate())).append(" · ").append(x.stars())
                        .append("★</td><td>").append(esc(x.state().name())).append(": ").append(esc(x.why()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Đề nghị thu hồi / revocation proposals: ").append(r.revocations().size()).append("</h2>\n");
        if (!r.revocations().isEmpty()) {
            h.append("<table><tr><th>Sản phẩm / product</th><th>Căn cứ / ground</th><th>Thẩm quyền / authority</th>")
                    .append("<th>Thời hạn / deadline</th></tr>\n");
            for (PortfolioReport.Revocation x : r.revocations()) {
                h.append("<tr><td>").append(esc(x.productCode())).append("<br>").append(esc(x.productName()))
                        .append("</td><td>").append(esc(x.ground().label().vi())).append("<br><span class=\"sub\">")
                        .append(esc(x.citation())).append("</span></td><td>")
                        .append(esc(x.authority().map(a -> a.label().vi()).orElse("—"))).append("</td><td>")
                        .append(x.deadline().map(String::valueOf).orElse("—")).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        for (String n : r.notes()) {
            h.append("<p class=\"sub\">").append(esc(n)).append("</p>\n");
        }

        h.append("<h2>Có thể nâng hạng / upgrade candidates: ").append(r.upgrades().size()).append("</h2>\n");
        if (!r.upgrades().isEmpty()) {
            h.append("<table><tr><th>Sản phẩm / product</th><th>Hạng / stars</th><th>Căn cứ / evidence</th>")
                    .append("<th>Còn thiếu / gap</th></tr>\n");
            for (PortfolioReport.UpgradeCandidate x : r.upgrades()) {
                h.append("<tr><td>").append(esc(x.productCode())).append("<br>").append(esc(x.productName()))
                        .append("</td><td>").append(x.current()).append("★ → ").append(x.target()).append("★ (")
                        .append(x.path()).append(")</td><td>").append(esc(x.evidence())).append("</td><td>")
                        .append(esc(x.gap().orElse("—"))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        schemes(h, r);

        r.plan().ifPresent(p -> {
            h.append("<h2>Tiến độ kế hoạch / plan progress</h2>\n<div class=\"sub\">").append(esc(p.reference()))
                    .append("</div>\n<table>\n");
            progress(h, "Sản phẩm mới đạt 3–5 sao / new 3–5★ products", p.newCertified(), p.newCertifiedTarget(), "");
            progress(h, "Sản phẩm 4 sao / new 4★", p.newFourStar(), p.newFourStarMax(),
                    " (mục tiêu " + p.newFourStarMin() + "–" + p.newFourStarMax() + ")");
            progress(h, "Tiềm năng 5 sao / potential 5★", p.fiveStarCandidates(), p.fiveStarCandidatesMax(),
                    " (mục tiêu " + p.fiveStarCandidatesMin() + "–" + p.fiveStarCandidatesMax() + ")");
            h.append("</table>\n");
        });
        h.append("<p class=\"sub\">Tạo bởi thư viện ocop; mỗi kết quả có căn cứ pháp lý (ocop explain). "
                + "Generated by the ocop library; every figure comes from the rules, with its legal basis.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** Traceability flags, CNNTTB awards, sales points and the calendar, when the report has them. */
    private static void schemes(StringBuilder h, PortfolioReport r) {
        if (!r.traceability().isEmpty()) {
            h.append("<h2>Mã truy xuất nguồn gốc cần xử lý / traceability flags: ").append(r.traceability().size())
                    .append("</h2>\n<table><tr><th>Sản phẩm / product</th><th>Giấy chứng nhận / certificate</th>")
                    .append("<th>Mã / code</th><th>Vấn đề / problem</th></tr>\n");
            for (PortfolioReport.TraceabilityIssue t : r.traceability()) {
                h.append("<tr><td>").append(esc(t.productCode())).append("<br>").append(esc(t.productName()))
                        .append("</td><td>").append(esc(t.certificate())).append(" (đến / through ")
                        .append(t.certificateValidUntil()).append(")</td><td>").append(t.kind())
                        .append(t.codeValidUntil().map(d -> " (đến / through " + d + ")").orElse("")).append("</td><td>")
                        .append(t.problem()).append("<br><span class=\"sub\">").append(esc(t.citation()))
                        .append("</span></td></tr>\n");
            }
            h.append("</table>\n");
        }
        r.cnnttb().ifPresent(c -> {
            h.append("<h2>Sản phẩm công nghiệp nông thôn tiêu biểu / rural industrial products (CNNTTB)</h2>\n")
                    .append("<div class=\"sub\">").append(esc(c.citation())).append("</div>\n")
                    .append("<table><tr><th>Cấp / level</th><th>Được công nhận / recognised</th>")
                    .append("<th>Còn hiệu lực / still valid</th></tr>\n");
            for (vn.ocop.core.CnnttbLevel l : vn.ocop.core.CnnttbLevel.values()) {
                h.append("<tr><td>").append(esc(l.vi())).append(" / ").append(esc(l.en())).append("</td><td>")
                        .append(c.recognised().getOrDefault(l, 0)).append("</td><td>")
                        .append(c.valid().getOrDefault(l, 0)).append("</td></tr>\n");
            }
            h.append("</table>\n");
        });
        r.salesPoints().ifPresent(s -> {
            h.append("<h2>Điểm giới thiệu và bán sản phẩm OCOP / OCOP sales points: ").append(s.open())
                    .append("</h2>\n<div class=\"sub\">").append(esc(s.citation())).append("</div>\n<table>")
                    .append("<tr><td>Nhà nước hỗ trợ / state-supported</td><td>")
                    .append(s.byFunding().getOrDefault(vn.ocop.core.SalesPointFunding.STATE_SUPPORTED, 0))
                    .append("</td></tr>\n<tr><td>Xã hội hóa 100% / private</td><td>")
                    .append(s.byFunding().getOrDefault(vn.ocop.core.SalesPointFunding.PRIVATE, 0))
                    .append("</td></tr>\n</table>\n");
            if (!s.flagged().isEmpty()) {
                h.append("<table><tr><th>Điểm bán / sales point</th><th>Sản phẩm / product</th>")
                        .append("<th>Vấn đề / problem</th></tr>\n");
                for (PortfolioReport.ShelfFlag f : s.flagged()) {
                    h.append("<tr><td>").append(esc(f.pointName())).append("</td><td>").append(esc(f.item()))
                            .append(esc(f.productCode().map(x -> " (" + x + ")").orElse(""))).append("</td><td>")
                            .append(f.problem()).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        });
        if (!r.schedule().isEmpty()) {
            h.append("<h2>Lịch đánh giá, báo cáo / calendar</h2>\n<table><tr><th>Việc / action</th>")
                    .append("<th>Hạn / by</th><th>Căn cứ / basis</th></tr>\n");
            for (DueAction a : r.schedule()) {
                h.append("<tr><td>").append(esc(a.action().vi())).append("<br><span class=\"sub\">")
                        .append(esc(a.action().en())).append("</span></td><td>")
                        .append(a.by().map(String::valueOf).orElse("—")).append("</td><td>")
                        .append(esc(String.valueOf(a.basis()))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void card(StringBuilder h, String label, int value) {
        h.append("<div class=\"card\"><div class=\"v\">").append(value).append("</div><div class=\"k\">")
                .append(esc(label)).append("</div></div>\n");
    }

    private static void localityChart(StringBuilder h, SortedMap<String, PortfolioReport.LocalityCount> localities) {
        int rows = localities.size();
        int max = localities.values().stream().mapToInt(PortfolioReport.LocalityCount::total).max().orElse(1);
        int labelW = 190;
        int chartW = 600;
        int rowH = 22;
        int height = Math.max(rowH, rows * rowH) + 10;
        h.append("<svg id=\"chart-locality\" role=\"img\" aria-label=\"stars by locality\" width=\"")
                .append(labelW + chartW + 60).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(labelW + chartW + 60).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 4;
        for (PortfolioReport.LocalityCount l : localities.values()) {
            h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(esc(l.name())).append("</text>\n");
            double x = labelW;
            for (Map.Entry<Integer, Integer> e : l.byStars().entrySet()) {
                double w = (double) e.getValue() * chartW / max;
                h.append("<rect class=\"bar\" data-locality=\"").append(esc(l.name())).append("\" data-stars=\"")
                        .append(e.getKey()).append("\" data-value=\"").append(e.getValue()).append("\" x=\"")
                        .append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(rowH - 6).append("\" fill=\"")
                        .append(STAR_COLOURS[Math.max(1, Math.min(5, e.getKey()))]).append("\"><title>")
                        .append(esc(l.name())).append(": ").append(e.getValue()).append(" × ").append(e.getKey())
                        .append("★</title></rect>\n");
                x += w;
            }
            h.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + 14).append("\">").append(l.total())
                    .append("</text>\n");
            y += rowH;
        }
        h.append("</svg>\n");
    }

    private static void monthChart(StringBuilder h, SortedMap<YearMonth, Integer> months) {
        int n = Math.max(1, months.size());
        int max = months.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int barW = 28;
        int chartH = 160;
        int top = 16;
        int width = 40 + n * (barW + 6);
        h.append("<svg id=\"chart-expiries\" role=\"img\" aria-label=\"expiries by month\" width=\"").append(width)
                .append("\" height=\"").append(chartH + 50 + top).append("\" viewBox=\"0 -").append(top).append(' ')
                .append(width).append(' ').append(chartH + 50 + top).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        h.append("<line class=\"axis\" x1=\"30\" y1=\"").append(chartH + 10).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(chartH + 10).append("\"/>\n");
        int x = 36;
        for (Map.Entry<YearMonth, Integer> e : months.entrySet()) {
            double bh = (double) e.getValue() * chartH / max;
            h.append("<rect class=\"bar\" data-month=\"").append(e.getKey()).append("\" data-value=\"")
                    .append(e.getValue()).append("\" x=\"").append(x).append("\" y=\"").append(fmt(chartH + 10 - bh))
                    .append("\" width=\"").append(barW).append("\" height=\"").append(fmt(bh))
                    .append("\" fill=\"#1565c0\"><title>").append(e.getKey()).append(": ").append(e.getValue())
                    .append("</title></rect>\n");
            h.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(fmt(chartH + 6 - bh))
                    .append("\" text-anchor=\"middle\">").append(e.getValue()).append("</text>\n");
            h.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(chartH + 26)
                    .append("\" text-anchor=\"middle\">").append(String.format("%02d", e.getKey().getMonthValue()))
                    .append("</text>\n");
            if (e.getKey().getMonthValue() == 1 || x == 36) {
                h.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(chartH + 40)
                        .append("\" text-anchor=\"middle\">").append(e.getKey().getYear()).append("</text>\n");
            }
            x += barW + 6;
        }
        if (months.isEmpty()) {
            h.append("<text x=\"40\" y=\"40\">không có / none</text>\n");
        }
        h.append("</svg>\n");
    }

    private static void progress(StringBuilder h, String label, int value, int target, String note) {
        int pct = target <= 0 ? 100 : Math.min(100, value * 100 / target);
        h.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(value).append(" / ")
                .append(target).append(esc(note)).append("</td><td><span class=\"progress\"><i style=\"width:")
                .append(pct).append("%\"></i></span></td></tr>\n");
    }

    private static String actions(List<DueAction> actions) {
        StringBuilder sb = new StringBuilder();
        for (DueAction a : actions) {
            if (sb.length() > 0) {
                sb.append("<br>");
            }
            sb.append(esc(a.party().label().vi())).append(a.authority().map(x -> " (" + esc(x.label().vi()) + ")")
                    .orElse("")).append(": ").append(esc(a.action().vi()))
                    .append(a.by().map(b -> " — chậm nhất " + b).orElse(""));
        }
        return sb.length() == 0 ? "—" : sb.toString();
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
