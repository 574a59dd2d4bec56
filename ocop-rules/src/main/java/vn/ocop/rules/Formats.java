package vn.ocop.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.LocalizedText;

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
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> text(x, language)).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }
}
