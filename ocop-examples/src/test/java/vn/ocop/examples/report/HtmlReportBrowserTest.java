package vn.ocop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.report.PortfolioReport;
import vn.ocop.rules.report.PortfolioReporter;

/**
 * The HTML report in a real browser: headless Chromium (Debian's package) opens the file with
 * network access off, and must render the charts (their bars are in the DOM and the 3★ colour is
 * on the screenshot). {@code .ci/run} installs Chromium and sets OCOP_REQUIRE_BROWSER=1, so in CI
 * this test cannot be skipped.
 */
class HtmlReportBrowserTest {
    @TempDir
    Path tmp;

    static Path chromium() {
        for (String c : new String[] {System.getenv("OCOP_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    @Test
    void should_render_the_charts_offline_in_headless_chromium() throws Exception {
        Path browser = chromium();
        if (browser == null) {
            if ("1".equals(System.getenv("OCOP_REQUIRE_BROWSER"))) {
                throw new AssertionError("OCOP_REQUIRE_BROWSER=1 but no Chromium at /usr/bin/chromium (apt-get install "
                        + "chromium)");
            }
            Assumptions.abort("no Chromium on this machine (apt-get install chromium); .ci/run installs it");
        }
        PortfolioReport r = new PortfolioReporter(OcopRules.builder().build())
                .report(new PortfolioIO().read(Path.of("data/quang-ngai-2024.json")), LocalDate.of(2024, 10, 31), 90);
        String html = HtmlReport.render(r);
        assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("<script")
                .doesNotContain("https://");
        Path file = tmp.resolve("report.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        String dom = run(browser, "--dump-dom", file.toUri().toString());
        assertThat(dom).contains("id=\"chart-locality\"").contains("id=\"chart-expiries\"");
        long bars = dom.lines().filter(l -> l.contains("data-locality=")).count();
        assertThat(bars).isEqualTo(r.byLocality().values().stream().mapToLong(l -> l.byStars().size()).sum());

        Path png = tmp.resolve("report.png");
        run(browser, "--window-size=1200,1400", "--screenshot=" + png, file.toUri().toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        int green = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                if (Math.abs(((rgb >> 16) & 0xff) - 0x2e) < 8 && Math.abs(((rgb >> 8) & 0xff) - 0x7d) < 8
                        && Math.abs((rgb & 0xff) - 0x32) < 8) {
                    green++;
                }
            }
        }
        assertThat(green).as("pixels of the 3★ bars (#2e7d32) on the screenshot").isGreaterThan(5_000);
    }

    private String run(Path browser, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("chromium.log"))).isZero();
        return out;
    }
}
