package vn.ocop.rules.scenario;

import java.util.List;
import vn.ocop.rules.Reason;

/** How scenario results read: one line per failing case, then the differences and the library's reasons. */
public final class ScenarioReport {
    private ScenarioReport() {
    }

    /** {@code FAIL file:line name: first difference}. */
    public static String headline(CaseResult r) {
        String first = r.differences().isEmpty() ? "" : ": " + r.differences().get(0);
        int more = r.differences().size() - 1;
        return "FAIL " + r.scenario().label() + first + (more > 0 ? " (and " + more + " more)" : "");
    }

    /** Every difference, then every reason the library gave with its citation, in {@code language}. */
    public static String describe(CaseResult r, String language) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.scenario().label()).append('\n');
        for (String d : r.differences()) {
            sb.append("  ").append(d).append('\n');
        }
        r.assessment().ifPresent(a -> {
            List<Reason> reasons = a.reasons();
            sb.append("  the library's reasons:").append(reasons.isEmpty() ? " none" : "").append('\n');
            for (Reason reason : reasons) {
                sb.append("    ").append(reason.ruleId()).append(" [").append(reason.citation()).append("] ")
                        .append(reason.message().in(language)).append('\n');
            }
        });
        return sb.toString();
    }
}
