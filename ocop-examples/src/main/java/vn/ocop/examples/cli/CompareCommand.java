package vn.ocop.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.io.PortfolioIO;
import vn.ocop.core.io.StrictReader;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.OcopRules;

/** {@code ocop compare}: the same portfolio under two rule sets: which products change. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Assess a portfolio under the current rules (A) and under changed rules (B) and list the "
            + "products whose rating, certificate state, revocation or upgrade differs: the impact of a reform "
            + "(đánh giá tác động). B is A plus --with-rules-dir, --with-override and --with-rule-set."},
        footer = {"", "Example (what if the 4-star band started at 75 under 26/2026):",
            "  printf 'scoring: {bands: {3: {below: 75}, 4: {from: 75}}}\\n' > what-if.yaml",
            "  java -jar ocop-examples/target/ocop.jar compare --as-of 2026-11-22 --with-override QD26_2026=what-if.yaml "
                + "ocop-examples/data/round-2026.json"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "Portfolio file.")
    Path portfolio;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date judged (YYYY-MM-DD).")
    LocalDate asOf;

    @Mixin
    RuleOptions a;

    @Option(names = "--with-rules-dir", paramLabel = "DIR", description = "B: load rule files from DIR.")
    Path withRulesDir;

    @Option(names = "--with-allow-drl", description = "B: allow DRL files from --with-rules-dir.")
    boolean withAllowDrl;

    @Option(names = "--with-override", paramLabel = "RULEBOOK=FILE",
            description = "B: merge the values of a YAML FILE into rulebook RULEBOOK (e.g. QD26_2026=what-if.yaml).")
    Map<String, Path> withOverrides = new TreeMap<>();

    @Option(names = "--with-rule-set", paramLabel = "NAME", description = "B: switch on an optional rule set.")
    List<String> withRuleSets = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (withRulesDir == null && withOverrides.isEmpty() && withRuleSets.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: give B with --with-rules-dir, --with-override or "
                    + "--with-rule-set");
        }
        PrintWriter out = spec.commandLine().getOut();
        Portfolio p = new PortfolioIO().read(portfolio);
        OcopRules rulesA = a.build();
        OcopRules.Builder bb = a.builder();
        if (withRulesDir != null) {
            bb.rulesDirectory(withRulesDir).allowExternalDrl(withAllowDrl);
        }
        withRuleSets.forEach(bb::enableRuleSet);
        StrictReader reader = new StrictReader();
        Map<String, String> overrideTexts = new TreeMap<>();
        for (Map.Entry<String, Path> o : withOverrides.entrySet()) {
            String text = vn.ocop.core.io.TextFiles.read(o.getValue(), o.getValue().toString());
            JsonNode tree = reader.readTree(o.getValue().toString(), text, StrictReader.Format.YAML);
            bb.overrideRulebook(o.getKey(), tree);
            overrideTexts.put(o.getKey(), text);
        }
        OcopRules rulesB;
        try {
            rulesB = bb.build();
        } catch (InvalidInputException e) {
            throw withOverrides.isEmpty() ? e : inOverrideFiles(e, rulesA, overrideTexts, reader);
        }
        List<ProductRecord> records = p.records();
        List<Assessment> as = rulesA.assessAll(records, asOf);
        List<Assessment> bs = rulesB.assessAll(records, asOf);
        Table t = new Table("product", "name", "what", "A", "B");
        Map<String, int[]> summary = new TreeMap<>();
        int changed = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> sa = aspects(as.get(i));
            Map<String, String> sb = aspects(bs.get(i));
            count(summary, "rating " + AssessCommand.rating(as.get(i)), 0);
            count(summary, "rating " + AssessCommand.rating(bs.get(i)), 1);
            if (!Objects.equals(sa, sb)) {
                changed++;
                boolean first = true;
                for (String aspect : sa.keySet()) {
                    if (!Objects.equals(sa.get(aspect), sb.get(aspect))) {
                        t.row(first ? records.get(i).product().code() : "", first ? records.get(i).product().name() : "",
                                aspect, sa.get(aspect), sb.get(aspect));
                        first = false;
                    }
                }
            }
        }
        out.println("A: " + rulesA.info().origin() + " " + rulesA.info().fingerprint() + "; B: " + rulesB.info().origin()
                + " " + rulesB.info().fingerprint() + (withOverrides.isEmpty() ? "" : " with overrides " + withOverrides)
                + (withRuleSets.isEmpty() ? "" : " with rule sets " + withRuleSets));
        if (changed > 0) {
            t.print(out, 60);
        }
        out.println();
        Table s = new Table("latest rating", "A", "B");
        summary.forEach((k, v) -> s.row(k.substring("rating ".length()), v[0], v[1]));
        s.print(out, 40);
        out.println(changed + " of " + records.size() + " products change as of " + asOf);
        return 0;
    }

    /**
     * The problems of rule base B pointed at the override file that caused them: a problem in a
     * rulebook that has an override (or with the overrides themselves, such as an unknown rulebook
     * id) is reported at the override file, at the line of the key it names when the file has it,
     * with the rulebook's own location in the message; other problems are left as they are.
     */
    private InvalidInputException inOverrideFiles(InvalidInputException e, OcopRules rulesA,
            Map<String, String> overrideTexts, StrictReader reader) {
        Map<String, String> idBySource = new TreeMap<>();
        rulesA.rulebooks().all().forEach(r -> idBySource.put(r.source(), r.id()));
        List<InvalidInputException.Problem> out = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
            String id = p.source().equals("overrides") ? p.field() : idBySource.get(p.source());
            Path file = id == null ? null : withOverrides.get(id);
            if (file == null) {
                out.add(p);
                continue;
            }
            int line = p.source().equals("overrides") ? 1 : vn.ocop.core.io.SourceMap.of(overrideTexts.get(id),
                    reader.factory(StrictReader.Format.YAML)).line(p.field());
            String where = p.source().equals("overrides") ? "" : " (in " + p.source() + (p.line() > 0 ? ":"
                    + p.line() : "") + " with this override merged in)";
            String hint = !p.hint().isEmpty() ? p.hint() : p.source().equals("overrides")
                    ? "--with-override takes a rulebook id: one of " + idBySource.values()
                    : "the override is merged into rulebook " + id + " before it is checked: the keys it names must "
                            + "exist there and the result must still be valid";
            out.add(new InvalidInputException.Problem(file.toString(), Math.max(line, 1), p.source().equals(
                    "overrides") ? "" : p.field(), p.message() + where, hint));
        }
        return new InvalidInputException(out);
    }

    private static void count(Map<String, int[]> m, String key, int side) {
        m.computeIfAbsent(key, k -> new int[2])[side]++;
    }

    /** What is compared, aspect by aspect: only the aspects that differ are listed. */
    static Map<String, String> aspects(Assessment a) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("rating", AssessCommand.rating(a));
        m.put("certificate", a.currentCertificate().map(c -> c.stars() + "★ " + c.state()
                + (c.markUsable() ? "" : " no-mark")).orElse("none"));
        m.put("revocation", AssessCommand.revocation(a));
        m.put("upgrade", a.upgrade().eligible() ? a.upgrade().targetStars().map(x -> "to " + x + "★").orElse("?")
                : "no");
        return m;
    }
}
