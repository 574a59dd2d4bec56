package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples run, and the README shows the quickstart exactly as it compiles here. */
class ExamplesTest {
    static String run(Runnable main) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_rate_the_quickstart_product_four_stars_with_citations() {
        String out = run(() -> Quickstart.main(new String[0]));
        assertThat(out).startsWith("4★, certified by Chairman of the provincial People's Committee")
                .contains("RAT-BAND [26/2026/QĐ-TTg, Điều 3.3")
                .contains("RAT-CERTIFY [26/2026/QĐ-TTg, Điều 4.1.a, Điều 7.3.e]");
    }

    @Test
    void should_show_the_quickstart_in_the_readme_exactly_as_it_compiles() throws IOException {
        String source = Files.readString(Path.of("src/main/java/vn/ocop/examples/Quickstart.java"));
        String readme = Files.readString(Path.of("../README.md"));
        String code = between(source, "// quickstart:begin\n", "        // quickstart:end");
        Matcher m = Pattern.compile("(?s)<!-- quickstart -->\\s*```java\\n(.*?)```").matcher(readme);
        assertThat(m.find()).as("README has a ```java block after <!-- quickstart -->").isTrue();
        assertThat(normalize(m.group(1))).isEqualTo(normalize(code));
    }

    @Test
    void should_show_in_the_readme_exactly_what_the_quickstart_prints() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("(?s)<!-- quickstart -->.*?```\\n\\nprints\\n\\n```\\n(.*?)```").matcher(readme);
        assertThat(m.find()).as("README shows what the quickstart prints after it").isTrue();
        assertThat(m.group(1)).isEqualTo(run(() -> Quickstart.main(new String[0])));
    }

    @Test
    void should_tell_an_e_commerce_platform_the_mark_may_be_shown_during_grace() {
        String out = run(() -> CertificateCheckExample.main(new String[] {"2026-10-01"}));
        assertThat(out).contains("IN_GRACE, OCOP mark may be shown").contains("through 2027-02-11")
                .contains("LIF-GRACE [26/2026/QĐ-TTg, Điều 12.3]");
        assertThat(run(() -> CertificateCheckExample.main(new String[] {"2027-02-20"})))
                .contains("EXPIRED, OCOP mark may NOT be shown");
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        int j = s.indexOf(to, i);
        return s.substring(i + from.length(), j);
    }

    private static String normalize(String code) {
        StringBuilder sb = new StringBuilder();
        for (String line : code.split("\n")) {
            if (!line.isBlank()) {
                sb.append(line.strip()).append('\n');
            }
        }
        return sb.toString();
    }
}
