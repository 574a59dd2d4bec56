package vn.ocop.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MissingMinimum;

/** How values appear in messages. */
final class Formats {
    private Formats() {
    }

    static String text(Object v, String language) {
        if (v instanceof LocalizedText t) {
            return t.in(language);
        }
        if (v instanceof Authority a) {
            return a.label().in(language);
        }
        if (v instanceof EvaluationLevel l) {
            return l.label().in(language);
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Gap g) {
            return gap(g, language);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> text(x, language)).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }

    static String gap(Gap g, String language) {
        boolean vi = "vi".equals(language);
        StringBuilder sb = new StringBuilder();
        if (g.pointsNeeded().signum() > 0) {
            sb.append(vi ? "cần thêm " : "").append(g.pointsNeeded().stripTrailingZeros().toPlainString())
                    .append(vi ? " điểm" : " more points");
        } else {
            sb.append(vi ? "điểm đã đạt" : "the score is enough");
        }
        if (!g.missingMinimums().isEmpty()) {
            sb.append(vi ? "; còn thiếu yêu cầu tối thiểu: " : "; starred minimums still missing: ");
            int i = 0;
            for (MissingMinimum m : g.missingMinimums()) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                sb.append(m.reference()).append(' ').append(m.option().in(language));
            }
        }
        if (!g.opportunities().isEmpty()) {
            sb.append(vi ? "; tiêu chí còn nhiều điểm nhất: " : "; most points still available in: ");
            int i = 0;
            for (Gap.Opportunity o : g.opportunities()) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                sb.append(o.criterionId()).append(' ').append(o.criterion().in(language)).append(" (+")
                        .append(o.available().stripTrailingZeros().toPlainString()).append(')');
            }
        }
        return sb.toString();
    }
}
