package vn.ocop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.OcopException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.core.io.StrictReader;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.ReloadEvent;
import vn.ocop.rules.RuleBaseInfo;
import vn.ocop.rules.scenario.ScenarioLoader;
import vn.ocop.rules.scenario.ScenarioRunner;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input}, described in its README.md): every
 * case of {@code EXPECTED.yaml} run through the command line in process and through the library.
 *
 * <p>For each case: exit code 2; the message names the location the manifest gives and says what
 * it says, on one line; no stack trace and no Java or Jackson names reach the user; nothing of a
 * result is printed. At library level: portfolios are refused by {@link PortfolioIO} (or, for
 * what only the rules can see, by {@link OcopRules#assessAll}) with the library's own exceptions;
 * each bad rules directory laid over a rule base in service makes {@link OcopRules#reload()} fail
 * with the same problem and leaves that rule base exactly as it was.
 */
class BadInputCorpusTest {
    /** The corpus, relative to the module (the working directory of the tests). */
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    /** What must never reach a user: stack traces, exception class names, library internals. */
    static final List<String> NEVER_SHOWN = List.of("\tat ", "Exception", "Caused by", "java.lang", "com.fasterxml",
            "org.yaml", "org.drools", "internal error");

    static JsonNode manifest;

    /** The rule base in service for the reload cases: built from {@link #rulesDir}, DRL allowed. */
    static OcopRules rules;
    /** The same without DRL allowed (for the case that must be refused because DRL is not allowed). */
    static OcopRules rulesWithoutDrl;
    @TempDir
    static Path rulesDir;
    @TempDir
    static Path rulesDirWithoutDrl;
    static List<vn.ocop.core.ProductRecord> goodRecords;
    static String baseline;
    static RuleBaseInfo baselineInfo;
    static long started;
    static long startedCpu;

    @BeforeAll
    static void setUp() throws IOException {
        started = System.nanoTime();
        startedCpu = processCpuTime();
        Path expected = CORPUS.resolve("EXPECTED.yaml");
        manifest = new StrictReader().readTree(expected.toString(), Files.readString(expected),
                StrictReader.Format.YAML);
        goodRecords = new PortfolioIO().read(CORPUS.resolve("good/portfolio.json")).records();
        // an empty rules directory is a valid one: the built-in files with nothing laid over them
        rules = OcopRules.builder().rulesDirectory(rulesDir).allowExternalDrl(true).parallelism(1).build();
        rulesWithoutDrl = OcopRules.builder().rulesDirectory(rulesDirWithoutDrl).parallelism(1).build();
        baseline = Json.write(rules.assessAll(goodRecords, AS_OF));
        baselineInfo = rules.info();
    }

    @AfterAll
    static void tellTheTime() {
        if (manifest == null) {
            return;
        }
        // the wall time depends on what else runs on the machine; the CPU time of the JVM does less
        long cpu = processCpuTime() - startedCpu;
        System.out.printf("BadInputCorpusTest: %d cases in %.1f s (%.1f s of CPU)%n", cases().size(),
                (System.nanoTime() - started) / 1e9, cpu / 1e9);
    }

    // ------------------------------------------------------------------------------------------ the cases

    @TestFactory
    Stream<DynamicNode> portfolios() {
        JsonNode section = manifest.get("portfolios");
        return each(section, c -> c.get("file").asText(), c -> {
            Path file = CORPUS.resolve(c.get("file").asText());
            Cli r = Cli.run(args(section.get("run").asText(), "{file}", file.toString()));
            assertRefused(r, c, Output.NOTHING);
            // library level: the library's own exceptions only, with the same message
            boolean readsFine = c.path("stage").asText("read").equals("assess");
            Throwable read = catchThrowable(() -> new PortfolioIO().read(file));
            if (!readsFine) {
                assertThat(read).as("PortfolioIO.read").isInstanceOf(InvalidInputException.class);
                assertSays(read.getMessage(), c);
                return;
            }
            assertThat(read).as("PortfolioIO.read (the rules refuse it, not the reader)").isNull();
            Portfolio p = new PortfolioIO().read(file);
            Throwable assess = catchThrowable(() -> rules.assessAll(p.records(), AS_OF));
            assertThat(assess).as("OcopRules.assessAll").isInstanceOf(OcopException.class);
            assertSays(assess.getMessage(), c);
        });
    }

    @TestFactory
    Stream<DynamicNode> arguments() {
        return each(manifest.get("arguments"), c -> c.get("run").asText(), c -> {
            String run = c.get("run").asText().replace("good/", CORPUS + "/good/")
                    .replace("portfolio-json/", CORPUS + "/portfolio-json/");
            assertRefused(Cli.run(run.split(" ")), c, Output.NOTHING);
        });
    }

    @TestFactory
    Stream<DynamicNode> scenarios() {
        JsonNode section = manifest.get("scenarios");
        ScenarioRunner runner = new ScenarioRunner();
        return each(section, c -> c.get("file").asText(), c -> {
            Path file = CORPUS.resolve(c.get("file").asText());
            assertRefused(Cli.run(args(section.get("run").asText(), "{file}", file.toString())), c, Output.NOTHING_RUN);
            // library level: the loader and the runner report problems, they do not throw
            ScenarioLoader.Result loaded = new ScenarioLoader().loadDirectory(file);
            List<Problem> problems = loaded.problems().isEmpty() ? runner.prepare(loaded.scenarios())
                    : loaded.problems();
            assertSays(lines(problems), c);
        });
    }

    @TestFactory
    Stream<DynamicNode> overrides() {
        JsonNode section = manifest.get("overrides");
        return each(section, c -> c.get("file").asText() + " as " + c.get("rulebook").asText(), c -> {
            Path file = CORPUS.resolve(c.get("file").asText());
            String run = section.get("run").asText().replace("good/", CORPUS + "/good/");
            assertRefused(Cli.run(args(run, "{rulebook}", c.get("rulebook").asText(), "{file}", file.toString())), c,
                    Output.NOTHING);
            // library level: reading the override and building with it throw the library's exception
            Throwable t = catchThrowable(() -> {
                StrictReader reader = new StrictReader();
                JsonNode tree = reader.readTree(file.toString(), Files.readString(file), StrictReader.Format.YAML);
                OcopRules.builder().overrideRulebook(c.get("rulebook").asText(), tree).build();
            });
            assertThat(t).isInstanceOf(InvalidInputException.class);
        });
    }

    @TestFactory
    Stream<DynamicNode> rulesDirectories() {
        JsonNode section = manifest.get("rules");
        return each(section, c -> c.get("dir").asText(), c -> {
            Path dir = CORPUS.resolve(c.get("dir").asText());
            boolean allowDrl = c.path("allowDrl").asBoolean(false);
            if (c.path("validate").asBoolean(true)) {
                String validate = section.get("run").asText() + (allowDrl ? " --allow-drl" : "");
                assertRefused(Cli.run(args(validate, "{dir}", dir.toString())), c, Output.PROBLEMS_ONLY);
            }
            if (c.path("assess").asBoolean(false)) {
                String assess = section.get("assessRun").asText().replace("good/", CORPUS + "/good/")
                        + (allowDrl ? " --allow-drl" : "");
                assertRefused(Cli.run(args(assess, "{dir}", dir.toString())), c, Output.NOTHING);
            }
            if (c.path("reload").asBoolean(true)) {
                boolean hasDrl = walk(dir).stream().anyMatch(p -> p.toString().endsWith(".drl"));
                assertReloadRefused(dir, c, hasDrl && !allowDrl ? rulesWithoutDrl : rules,
                        hasDrl && !allowDrl ? rulesDirWithoutDrl : rulesDir);
            }
        });
    }

    /** The valid files every case starts from are valid: each case is bad because of its one change. */
    @TestFactory
    Stream<DynamicNode> goodFilesAreGood() {
        return Stream.of(
                dynamicTest("good/portfolio.json", () -> assertThat(Cli.run("assess", CORPUS + "/good/portfolio.json",
                        "--as-of", AS_OF.toString()).exit()).isZero()),
                dynamicTest("good/portfolio.yaml", () -> assertThat(Cli.run("assess", CORPUS + "/good/portfolio.yaml",
                        "--as-of", AS_OF.toString()).exit()).isZero()),
                dynamicTest("good/scenario.yaml", () -> assertThat(Cli.run("test", CORPUS + "/good/scenario.yaml")
                        .exit()).isZero()),
                dynamicTest("an empty rules directory", () -> assertThat(Cli.run("validate", rulesDir.toString())
                        .exit()).isZero()));
    }

    /** Every file of the corpus is a case of the manifest, and every case's file is there. */
    @Test
    void should_list_every_file_of_the_corpus_in_the_manifest_and_nothing_else() {
        Set<String> listed = new TreeSet<>();
        for (JsonNode c : cases()) {
            String f = c.has("file") ? c.get("file").asText() : c.has("dir") ? c.get("dir").asText() : null;
            if (f != null && c.path("exists").asBoolean(true)) {
                assertThat(CORPUS.resolve(f)).as("case file").exists();
                listed.add(f);
            }
        }
        Set<String> present = new TreeSet<>();
        for (Path p : walk(CORPUS)) {
            String rel = CORPUS.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith("good/") || rel.equals("EXPECTED.yaml") || rel.equals("README.md")) {
                continue;
            }
            // a rules case is its folder (or, for the one that is a file, the file)
            present.add(rel.startsWith("rules/") && rel.indexOf('/', 6) > 0 ? rel.substring(0, rel.indexOf('/', 6))
                    : rel);
        }
        assertThat(listed).isEqualTo(present);
        assertThat(cases()).as("cases").hasSizeGreaterThanOrEqualTo(50);
    }

    // ------------------------------------------------------------------------------------------ checks

    /** What a refused command may print on standard output. */
    enum Output {
        /** nothing at all (assess, compare: the problems go to standard error) */
        NOTHING,
        /** the problems and the count (validate), never "OK" */
        PROBLEMS_ONLY,
        /** the problems and "nothing was run" (test), never a PASS, FAIL or "passed" line */
        NOTHING_RUN
    }

    /**
     * Asserts that a command refused a case: exit code 2, the case's message on one line, no stack
     * trace or internal names, and on standard output nothing of a result.
     */
    static void assertRefused(Cli r, JsonNode c, Output output) {
        String all = r.out() + r.err();
        assertThat(r.exit()).as("exit code; printed:%n%s", all).isEqualTo(OcopCli.BAD_INPUT);
        assertSays(all, c);
        for (String never : NEVER_SHOWN) {
            assertThat(all).as("printed:%n%s", all).doesNotContain(never);
        }
        switch (output) {
            case NOTHING -> assertThat(r.out()).as("standard output").isEmpty();
            case PROBLEMS_ONLY -> assertThat(r.out()).doesNotContain("OK:").containsPattern(
                    "\\d+ problems? in ");
            case NOTHING_RUN -> assertThat(r.out()).contains("nothing was run").doesNotContain("PASS")
                    .doesNotContain("FAIL").doesNotContain("passed");
        }
    }

    /**
     * Asserts that one line of {@code text} holds the case's location ({@code at}) and every
     * fragment it {@code says}: the place and the explanation belong to the same problem.
     */
    static void assertSays(String text, JsonNode c) {
        String at = c.get("at").asText();
        List<String> says = new ArrayList<>();
        c.get("says").forEach(s -> says.add(s.asText()));
        assertThat(text.lines().filter(l -> l.contains(at)).toList())
                .as("a line naming %s in:%n%s", at, text)
                .anySatisfy(line -> assertThat(line).contains(says));
    }

    /**
     * Lays a bad rules directory over the (valid, empty) directory of a rule base in service and
     * reloads: the reload must fail with the case's problem, and the rule base in service must give
     * exactly the assessments it gave before, with the same files. The directory is emptied again
     * afterwards, whatever happens.
     */
    static void assertReloadRefused(Path bad, JsonNode c, OcopRules inService, Path serviceDir) throws IOException {
        String before = Json.write(inService.assessAll(goodRecords, AS_OF));
        RuleBaseInfo infoBefore = inService.info();
        try {
            for (Path p : walk(bad)) {
                Path to = serviceDir.resolve(bad.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
            ReloadEvent event = inService.reload();
            assertThat(event.succeeded()).as("reload of %s", bad).isFalse();
            // a misplaced file is named by its path under the directory in service, not under the corpus
            String at = c.get("at").asText();
            String caseName = bad.getFileName().toString();
            JsonNode located = at.startsWith(caseName + "/") ? ((com.fasterxml.jackson.databind.node.ObjectNode) c
                    .deepCopy()).put("at", at.substring(caseName.length() + 1)) : c;
            assertSays(lines(event.problems()), located);
            assertThat(event.after()).isEqualTo(infoBefore);
            assertThat(inService.info()).isEqualTo(infoBefore);
            assertThat(Json.write(inService.assessAll(goodRecords, AS_OF))).isEqualTo(before);
        } finally {
            emptyDirectory(serviceDir);
            if (!inService.info().equals(infoBefore)) {
                // the bad files went into service (the failure is reported above): put the good ones back so
                // that the cases after this one start from the rule base they expect
                inService.reload();
            }
        }
        if (inService == rules) {
            assertThat(Json.write(rules.assessAll(goodRecords, AS_OF))).isEqualTo(baseline);
            assertThat(rules.info()).isEqualTo(baselineInfo);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Every case of the manifest, all sections. */
    static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        manifest.forEach(section -> section.get("cases").forEach(out::add));
        return out;
    }

    /** One dynamic test per case of a section, named by {@code name} and the case's {@code what}. */
    static Stream<DynamicNode> each(JsonNode section, java.util.function.Function<JsonNode, String> name,
            CaseCheck check) {
        List<DynamicNode> tests = new ArrayList<>();
        section.get("cases").forEach(c -> tests.add(dynamicTest(name.apply(c) + ": " + c.get("what").asText(),
                () -> check.run(c))));
        return Stream.of(dynamicContainer(section.has("run") ? section.get("run").asText() : "arguments",
                tests.stream()));
    }

    /** The CPU time of this JVM so far, in nanoseconds. */
    static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The check of one case. */
    @FunctionalInterface
    interface CaseCheck {
        void run(JsonNode c) throws Exception;
    }

    /** A command line of the manifest with its placeholders filled in ({@code key, value, key, value…}). */
    static String[] args(String run, String... replacements) {
        String[] words = run.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            for (int k = 0; k < replacements.length; k += 2) {
                words[i] = words[i].replace(replacements[k], replacements[k + 1]);
            }
        }
        return words;
    }

    static String lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** The regular files under a folder (a file: itself), in a stable order. */
    static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void emptyDirectory(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }
}
