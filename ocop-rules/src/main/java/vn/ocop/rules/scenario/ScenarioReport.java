package vn.ocop.rules.scenario;

import java.util.List;
import vn.ocop.rules.Reason;

/** How scenario results read: one line per failing case, then the differences and the library's reasons. */
public final class ScenarioReport {
    private ScenarioReport() {
    }

    /** {@code FAIL file:line name: first difference}, in English. */
    public static String headline(CaseResult r) {
        return headline(r, "en");
    }

    /**
     * {@code FAIL file:line name: first difference} (or {@code PASS file:line name}), the difference in
     * {@code language}; the words FAIL and PASS stay as they are, for tools that read them.
     */
    public static String headline(CaseResult r, String language) {
        if (r.passed()) {
            return "PASS " + r.scenario().label();
        }
        List<String> ds = r.differences(language);
        String first = ": " + ds.get(0);
        int more = ds.size() - 1;
        String andMore = "vi".equals(language) ? " (và " + more + " khác biệt nữa)" : " (and " + more + " more)";
        return "FAIL " + r.scenario().label() + first + (more > 0 ? andMore : "");
    }

    /** Every difference, then every reason the library gave with its citation, in {@code language}. */
    public static String describe(CaseResult r, String language) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.scenario().label()).append('\n');
        for (String d : r.differences(language)) {
            sb.append("  ").append(d).append('\n');
        }
        boolean vi = "vi".equals(language);
        r.assessment().ifPresent(a -> {
            List<Reason> reasons = r.reasons();
            sb.append(vi ? "  lý do thư viện đưa ra:" : "  the library's reasons:")
                    .append(reasons.isEmpty() ? (vi ? " không có" : " none") : "").append('\n');
            for (Reason reason : reasons) {
                sb.append("    ").append(reason.ruleId()).append(" [").append(reason.citation()).append("] ")
                        .append(reason.message().in(language)).append('\n');
            }
        });
        return sb.toString();
    }
}
