package vn.ocop.core.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in rule files, read from the ocop-rules module beside this one (tests run in the module folder). */
final class RulebookFiles {
    static final Path BASE = Path.of("../ocop-rules/src/main/resources/vn/ocop");

    private RulebookFiles() {
    }

    static String read(String relative) {
        try {
            return Files.readString(BASE.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> allRulebooks() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : new String[] {"qd1048-2019.yaml", "qd148-2023.yaml", "qd148-1489-2025.yaml", "qd26-2026.yaml"}) {
            m.put("rulebooks/" + f, read("rulebooks/" + f));
        }
        return m;
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }
}
