package vn.ocop.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * Finds decimal commas in lists of numbers written on one line, such as
 * {@code memberTotals: [74, 71,5, 73]}: in YAML and JSON a comma separates list items, so that
 * line is read as four numbers (74, 71, 5, 73) and the average comes out wrong without any error.
 * Vietnamese writes decimals with a comma, so this is checked on the text before it is read.
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

    private static final Pattern DIGIT_COMMA_DIGIT = Pattern.compile("\\d+,\\d+");
}
