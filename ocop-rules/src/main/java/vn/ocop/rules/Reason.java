package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;

/**
 * Why a decision is what it is: the rule that fired (its stable id), its legal basis, and a
 * message in Vietnamese and English. Reasons are gathered from the rules' metadata when they
 * fire, so every decision can answer "why?" and "why not?" from the result alone.
 *
 * <p>Messages are formatted on first use from the rule's templates and the values the rule
 * bound; assessing a million products does not format a million messages nobody reads.
 */
public final class Reason {
    private final String ruleId;
    private final Topic topic;
    private final List<LegalBasis> bases;
    private final List<String> assumptions;
    private final String templateVi;
    private final String templateEn;
    private final Map<String, Object> args;
    private volatile LocalizedText message;

    /**
     * A reason. Templates may refer to values with {@code {name}}; {@code args} holds them.
     *
     * @param ruleId      the rule's stable id, e.g. {@code RAT-CERTIFY}
     * @param topic       which question it answers
     * @param bases       its legal basis (at least one)
     * @param assumptions ids of the rulebook assumptions it relies on (see the rulebook files)
     * @param templateVi  the Vietnamese message template
     * @param templateEn  the English message template
     * @param args        values for the templates
     */
    public Reason(String ruleId, Topic topic, List<LegalBasis> bases, List<String> assumptions, String templateVi,
            String templateEn, Map<String, Object> args) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.bases = immutable(bases);
        this.assumptions = immutable(assumptions);
        this.templateVi = Objects.requireNonNull(templateVi, "templateVi");
        this.templateEn = Objects.requireNonNull(templateEn, "templateEn");
        this.args = args == null ? Map.of() : args;
    }

    /** An immutable copy, or the list itself when it is already immutable (reasons share their rule's lists). */
    private static <T> List<T> immutable(List<T> list) {
        return list instanceof ImmutableList<T> il ? il : List.copyOf(list);
    }

    /** The rule's stable id. */
    public String ruleId() {
        return ruleId;
    }

    public Topic topic() {
        return topic;
    }

    /** The legal basis (decision, article, clause); never empty. */
    public List<LegalBasis> bases() {
        return bases;
    }

    /** The citations as one line: {@code 26/2026/QĐ-TTg, Điều 8.1.d; 26/2026/QĐ-TTg, Điều 8.2.a}. */
    public String citation() {
        StringBuilder sb = new StringBuilder();
        for (LegalBasis b : bases) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(b);
        }
        return sb.toString();
    }

    /** True when any basis mentions {@code fragment}, e.g. {@code "Điều 8.1.d"}. */
    public boolean cites(String fragment) {
        return bases.stream().anyMatch(b -> b.mentions(fragment));
    }

    /** Ids of the assumptions (choices where the law is silent) the reason relies on. */
    public List<String> assumptions() {
        return assumptions;
    }

    /** The message in both languages. */
    public LocalizedText message() {
        LocalizedText m = message;
        if (m == null) {
            m = LocalizedText.of(format(templateVi, args, "vi"), format(templateEn, args, "en"));
            message = m;
        }
        return m;
    }

    /** Formats a template such as {@code "{x} points"} with values, in {@code language} (vi or en). */
    public static String format(String template, Map<String, Object> args, String language) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String key = template.substring(i + 1, close);
                Object v = args.get(key);
                sb.append(v == null ? "{" + key + "}" : Formats.text(v, language));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return ruleId + " [" + citation() + "] " + message().en();
    }
}
