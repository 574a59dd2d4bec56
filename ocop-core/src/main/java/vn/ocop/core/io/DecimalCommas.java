package vn.ocop.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * Finds decimal commas in lists of numbers written on one line, such as
 * {@code memberTotals: [74, 71,5, 73]}: in YAML and JSON a comma separates list items, so that
 * line is read as four numbers (74, 71, 5, 73) and the average comes out wrong without any error.
 * Vietnamese writes decimals with a comma, so this is checked on the text before it is read; the
 * same for one-line mappings such as {@code {from: 70, below: 89,5}} ({@link #findInFlowMappings}).
 */
public final class DecimalCommas {
    private DecimalCommas() {
    }

    /**
     * Problems for every line where one of {@code keys} holds a one-line list whose items are
     * separated by a comma and a space but which also has a comma between two digits
     * ({@code [74, 71,5, 73]}).
     */
    public static List<Problem> find(String source, String text, String... keys) {
        List<Problem> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (String key : keys) {
            Pattern p = Pattern.compile("(?:^|[\\s{,\"'])" + Pattern.quote(key) + "[\"']?\\s*:\\s*\\[([^\\]]*)]");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = p.matcher(lines[i]);
                while (m.find()) {
                    // only where the items are otherwise separated by ", ": in [74,71.5,73] every comma separates
                    Matcher d = DIGIT_COMMA_DIGIT.matcher(m.group(1));
                    if (m.group(1).contains(", ") && d.find()) {
                        out.add(new Problem(source, i + 1, key, "'" + d.group() + "' looks like a number with a "
                                + "decimal comma, but in a list a comma separates items, so it would be read as "
                                + "two numbers", "write decimals with a point (" + d.group().replace(',', '.')
                                + ") and separate items with a comma and a space: [74, 71.5, 73]"));
                    }
                }
            }
        }
        return out;
    }

    /** A digit, a comma and a digit, not in quotes ("64,5" is read as a text, and the binder says so). */
    private static final Pattern DIGIT_COMMA_DIGIT = Pattern.compile("(?<![\"'\\d])\\d+,\\d+(?![\"'\\d])");

    /** A key without a value: YAML gives null, or in a one-line mapping an empty text. */
    private static boolean noValue(JsonToken t, JsonParser p) throws IOException {
        return t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_STRING && p.getText().isEmpty();
    }

    /** Text that may hold {@code key: 89,5} in a mapping written {…}; checked exactly by reading it. */
    private static final Pattern FLOW_CANDIDATE = Pattern.compile("\\{[^}\\n]*\\d,\\d");

    /**
     * Problems for every decimal comma in a one-line mapping of a YAML document, such as
     * {@code 4: {from: 70, below: 89,5}}: there the comma ends the entry, so the line is read as
     * {@code below: 89} and a key {@code 5} without a value, and the binder would only complain of
     * an unknown key '5'. Found on the tokens (a whole number, then a key of digits without a
     * value, written together as {@code 89,5} on that line), so text in quotes or comments is
     * never mistaken for one.
     *
     * @param yaml the YAML parser factory
     */
    public static List<Problem> findInFlowMappings(String source, String text, JsonFactory yaml) {
        List<Problem> out = new ArrayList<>();
        if (!FLOW_CANDIDATE.matcher(text).find()) {
            return out;
        }
        String[] lines = text.split("\n", -1);
        try (JsonParser p = yaml.createParser(text)) {
            String key = null;
            String intKey = null;
            String intText = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    if (intText != null && name.matches("\\d+") && noValue(p.nextToken(), p)
                            && line > 0 && line <= lines.length && lines[line - 1].contains(intText + "," + name)) {
                        String written = intText + "," + name;
                        out.add(new Problem(source, line, intKey, "'" + written + "' looks like a number with a "
                                + "decimal comma, but in a mapping written {…} a comma separates entries, so it "
                                + "would be read as " + intText + " and a key '" + name + "'",
                                "write decimals with a point: " + intKey + ": " + intText + "." + name));
                    }
                    key = name;
                    intText = null;
                    continue;
                }
                if (t == JsonToken.VALUE_NUMBER_INT && key != null) {
                    intKey = key;
                    intText = p.getText();
                } else {
                    intText = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error: reported by the read itself
        }
        return out;
    }
}
