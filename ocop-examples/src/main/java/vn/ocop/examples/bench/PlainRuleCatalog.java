package vn.ocop.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.rules.internal.RuleMeta;

/**
 * The metadata of every rule of the DRL files ({@code @id}, {@code @basis}, {@code @vi}, {@code @en},
 * {@code @assumption}, and the package, which gives the topic), read once from the DRL text with
 * a small parser and turned into {@link RuleMeta} exactly as the rule base does it
 * ({@link RuleMeta#of}). No Drools classes are used.
 */
final class PlainRuleCatalog {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b", Pattern.MULTILINE);
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)\\(\"([^\"]*)\"\\)");

    private final Map<String, RuleMeta> byId;
    private final Map<String, String> fileOf;
    private final java.util.Set<String> requested = new java.util.LinkedHashSet<>();

    private PlainRuleCatalog(Map<String, RuleMeta> byId, Map<String, String> fileOf) {
        this.byId = Collections.unmodifiableMap(byId);
        this.fileOf = Collections.unmodifiableMap(fileOf);
    }

    /**
     * Reads the rules of DRL files.
     *
     * @param drl file name → DRL text (e.g. {@code rules/rating.drl} → its text)
     */
    static PlainRuleCatalog parse(Map<String, String> drl) {
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Map.Entry<String, String> f : drl.entrySet()) {
            String text = stripComments(f.getValue());
            Matcher pm = PACKAGE.matcher(text);
            if (!pm.find()) {
                throw new IllegalStateException(f.getKey() + ": no package declaration");
            }
            String pkg = pm.group(1);
            Matcher rm = RULE.matcher(text);
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (rm.find()) {
                starts.add(new int[] {rm.start(), rm.end()});
                names.add(rm.group(1));
            }
            for (int i = 0; i < names.size(); i++) {
                int from = starts.get(i)[1];
                int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                String body = text.substring(from, to);
                Matcher wm = WHEN.matcher(body);
                if (!wm.find()) {
                    throw new IllegalStateException(f.getKey() + ": rule '" + names.get(i) + "' has no 'when'");
                }
                String header = body.substring(0, wm.start());
                Map<String, Object> meta = new HashMap<>();
                Matcher am = ANNOTATION.matcher(header);
                while (am.find()) {
                    meta.put(am.group(1), am.group(2));
                }
                RuleMeta m = RuleMeta.of(names.get(i), pkg, meta);
                if (byId.put(m.id(), m) != null) {
                    throw new IllegalStateException("two rules have the @id " + m.id());
                }
                fileOf.put(m.id(), f.getKey());
            }
        }
        return new PlainRuleCatalog(byId, fileOf);
    }

    /** Removes {@code //} line comments outside string literals (the file headers mention {@code @id} etc.). */
    private static String stripComments(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (c == '\n') {
                inString = false;
            } else if (!inString && c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                sb.append('\n');
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Every rule id, in the order of the files and of the rules in them. */
    java.util.Set<String> ids() {
        return byId.keySet();
    }

    /**
     * The ids of the rules a per-product baseline mirrors: those of the topics rating, lifecycle, revocation and
     * upgrade. The calendar, traceability, CNNTTB and sales-point rules are not mirrored: the batch harness
     * measures product assessments, and those rules either work on the programme level
     * ({@code OcopRules.assessProgramme}) or fire on facts the synthetic registry does not hold (pending dossiers
     * of 26/2026, traceability codes under an optional rule set).
     */
    java.util.Set<String> productIds() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        byId.forEach((id, m) -> {
            if (MIRRORED.contains(m.topic())) {
                out.add(id);
            }
        });
        return out;
    }

    /** The topics whose rules the baseline mirrors. */
    static final java.util.Set<vn.ocop.rules.Topic> MIRRORED = java.util.EnumSet.of(vn.ocop.rules.Topic.RATING,
            vn.ocop.rules.Topic.LIFECYCLE, vn.ocop.rules.Topic.REVOCATION, vn.ocop.rules.Topic.UPGRADE);

    /** A rule by id, with the variables its pattern binds (in the order the baseline passes their values). */
    PlainRule rule(String id, String... boundVariables) {
        RuleMeta m = byId.get(id);
        if (m == null) {
            throw new IllegalStateException("no rule with @id " + id
                    + " in the DRL files; the baseline must be updated");
        }
        requested.add(id);
        return new PlainRule(m, boundVariables);
    }

    /** The ids of the rules asked for with {@link #rule}: the rules the baseline mirrors. */
    java.util.Set<String> requested() {
        return requested;
    }

    String fileOf(String id) {
        return fileOf.get(id);
    }
}
