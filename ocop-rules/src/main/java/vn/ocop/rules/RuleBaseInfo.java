package vn.ocop.rules;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Set;

/**
 * Which rules produced an assessment: a generation number (1 for the first rule base built by an
 * {@link OcopRules}, incremented by every successful reload), where the files came from, and the
 * SHA-256 of every rulebook, criteria and DRL file, so that any answer can be traced to the exact
 * files behind it.
 *
 * @param generation   1, 2, … within one {@link OcopRules}
 * @param origin       "built-in" or the external directory
 * @param checksums    file name → hex SHA-256; a rulebook overridden in code ("what if") adds an entry
 *                     {@code override:<rulebook id>} with the SHA-256 of the override's values
 * @param ruleSets     the optional rule sets switched on
 */
public record RuleBaseInfo(int generation, String origin, Map<String, String> checksums, Set<String> ruleSets) {
    public RuleBaseInfo {
        checksums = ImmutableSortedMap.copyOf(checksums);
        ruleSets = ImmutableSet.copyOf(ruleSets);
    }

    /**
     * A short fingerprint of all checksums and rule sets together (first 12 hex digits of their
     * SHA-256): two assessments with the same fingerprint were made by the same rules.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        checksums.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        new java.util.TreeSet<>(ruleSets).forEach(r -> sb.append("rule-set=").append(r).append('\n'));
        return vn.ocop.core.rulebook.RulebookLoader.sha256(sb.toString()).substring(0, 12);
    }
}
