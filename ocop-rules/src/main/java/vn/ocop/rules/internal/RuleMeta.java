package vn.ocop.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.core.LegalBasis;
import vn.ocop.rules.Topic;

/**
 * A rule's explanation metadata, read once from its DRL annotations:
 * {@code @id("RAT-CERTIFY") @basis("$basis; 26/2026/QĐ-TTg, Điều 12.1") @vi("…") @en("…")
 * @assumption("month-end")}. In {@code @basis}, entries are separated by {@code ;}; an entry
 * starting with {@code $} names a bound variable holding a {@link LegalBasis} (or a collection of
 * them); any other entry is a citation {@code "<document>, <provision>"}.
 *
 * @param id          stable rule id
 * @param topic       the question it answers, from its DRL package
 * @param literal     citations written in the DRL
 * @param variables   bound variables that hold citations
 * @param vi          the Vietnamese message template
 * @param en          the English message template
 * @param assumptions assumption ids the rule relies on
 */
public record RuleMeta(String id, Topic topic, List<LegalBasis> literal, List<String> variables, String vi, String en,
        List<String> assumptions) {

    /** Reads and checks a rule's metadata; errors name the rule and what is missing. */
    public static RuleMeta of(String ruleName, String packageName, Map<String, Object> meta) {
        String id = required(ruleName, meta, "id");
        String basis = required(ruleName, meta, "basis");
        String vi = required(ruleName, meta, "vi");
        String en = required(ruleName, meta, "en");
        List<LegalBasis> literal = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        for (String part : basis.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("$")) {
                variables.add(p);
            } else {
                try {
                    literal.add(LegalBasis.parse(p));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("rule '" + ruleName + "': @basis entry '" + p + "': "
                            + e.getMessage());
                }
            }
        }
        if (literal.isEmpty() && variables.isEmpty()) {
            throw new IllegalStateException("rule '" + ruleName + "': @basis cites nothing");
        }
        Object a = meta.get("assumption");
        List<String> assumptions = a == null ? List.of() : List.of(unquote(String.valueOf(a)).split("\\s*,\\s*"));
        return new RuleMeta(id, topic(ruleName, packageName), com.google.common.collect.ImmutableList.copyOf(literal),
                com.google.common.collect.ImmutableList.copyOf(variables), vi, en,
                com.google.common.collect.ImmutableList.copyOf(assumptions));
    }

    private static Topic topic(String ruleName, String packageName) {
        String last = packageName.substring(packageName.lastIndexOf('.') + 1);
        return switch (last) {
            case "rating" -> Topic.RATING;
            case "lifecycle" -> Topic.LIFECYCLE;
            case "revocation" -> Topic.REVOCATION;
            case "upgrade" -> Topic.UPGRADE;
            case "calendar" -> Topic.CALENDAR;
            case "traceability" -> Topic.TRACEABILITY;
            case "cnnttb" -> Topic.CNNTTB;
            case "salespoint" -> Topic.SALES_POINT;
            default -> throw new IllegalStateException("rule '" + ruleName + "' is in package '" + packageName
                    + "'; rules must be in vn.ocop.rules.<rating|lifecycle|revocation|upgrade|calendar|traceability|cnnttb"
                    + "|salespoint>");
        };
    }

    private static String required(String ruleName, Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalStateException("rule '" + ruleName + "' has no @" + key
                    + "(…): every rule needs @id, @basis, @vi and @en");
        }
        return unquote(String.valueOf(v));
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
