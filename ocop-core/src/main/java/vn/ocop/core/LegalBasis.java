package vn.ocop.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A legal citation: the document and the provision, e.g. {@code 26/2026/QĐ-TTg, Điều 8.1.d}
 * (decision 26/2026/QĐ-TTg, Article 8, clause 1, point d). Written in files as one string, the
 * document and the provision separated by the first comma.
 *
 * @param document  the instrument, e.g. {@code 26/2026/QĐ-TTg}
 * @param provision the article, clause and point, or appendix, e.g. {@code Điều 8.1.d}
 */
public record LegalBasis(String document, String provision) {

    public LegalBasis {
        Check.notBlank(document, "basis.document");
        Check.notBlank(provision, "basis.provision");
    }

    /**
     * Parses {@code "<document>, <provision>"}.
     *
     * @throws IllegalArgumentException when there is no comma or either side is blank
     */
    @JsonCreator
    public static LegalBasis parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("basis is required, but was missing");
        }
        int comma = text.indexOf(',');
        if (comma <= 0 || comma == text.length() - 1 || text.substring(comma + 1).isBlank()) {
            throw new IllegalArgumentException("basis must be '<document>, <provision>' such as "
                    + "'26/2026/QĐ-TTg, Điều 8.1.d', but was '" + text + "'"
                    + " (in a YAML list written [a, b], commas separate the items: quote each citation, or write one per"
                    + " line after '- ')");
        }
        return new LegalBasis(text.substring(0, comma).trim(), text.substring(comma + 1).trim());
    }

    /** True when this citation contains {@code fragment} (e.g. {@code "Điều 8.1.d"} or a whole citation). */
    public boolean mentions(String fragment) {
        return toString().contains(fragment);
    }

    @JsonValue
    @Override
    public String toString() {
        return document + ", " + provision;
    }
}
