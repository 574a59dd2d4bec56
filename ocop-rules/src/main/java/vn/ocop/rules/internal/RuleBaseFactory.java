package vn.ocop.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.drools.model.codegen.ExecutableModelProject;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.ProductSet;
import vn.ocop.core.rulebook.CriteriaLoader;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.LoadedSheet;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.RulebookException;
import vn.ocop.core.rulebook.RulebookLoader;
import vn.ocop.core.rulebook.Rulebooks;
import vn.ocop.rules.RuleBaseInfo;

/**
 * Builds a {@link RuleBase} from {@link RuleSources}: loads and checks every rulebook and
 * criteria sheet, then the rules — the prebuilt executable model from the classpath when the DRL
 * is the built-in one, otherwise compiled from the given DRL. Every problem found is reported
 * together, each with its file and line; nothing is half-built.
 */
public final class RuleBaseFactory {
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private RuleBaseFactory() {
    }

    /**
     * Builds a rule base.
     *
     * @param sources    the files
     * @param builtIn    the built-in files (to know whether the DRL changed)
     * @param ruleSets   optional rule sets switched on
     * @param overrides  rulebook id → values merged into that rulebook before it is checked
     * @param generation the generation number to record
     * @param gapTop     how many criteria a gap lists
     * @param fired      told the id of every rule that fires (for coverage); may be null
     * @throws RulebookException listing every problem in the files
     */
    public static RuleBase build(RuleSources sources, RuleSources builtIn, Set<String> ruleSets,
            Map<String, JsonNode> overrides, int generation, int gapTop, java.util.function.Consumer<String> fired) {
        List<Problem> problems = new ArrayList<>();
        // the prebuilt rules load on another thread while the data files are read (a shorter start)
        boolean prebuiltRules = !sources.drlChangedFrom(builtIn);
        java.util.concurrent.Future<KieBase> prebuiltKieBase = prebuiltRules
                ? BUILDERS.submit(RuleBaseFactory::classpathKieBase) : null;
        RuleData data = loadData(sources, ruleSets, overrides, problems);
        KieBase kieBase = null;
        Map<Rule, RuleMeta> metas = Map.of();
        // the rules are compiled even when a data file is broken, so that one run reports everything
        try {
            kieBase = prebuiltRules ? join(prebuiltKieBase) : compile(sources, problems);
            if (kieBase != null) {
                java.util.function.Function<String, Problem> where = locator(sources);
                metas = ReasonListener.readAll(kieBase.getKiePackages(), where, problems);
                if (data != null && problems.stream().noneMatch(p -> p.source().startsWith("rulebooks/"))) {
                    // every assumption a rule names must be written down in some rulebook (not checked while a
                    // rulebook is unreadable: its assumptions would all seem missing)
                    Set<String> known = new java.util.HashSet<>();
                    data.rulebooks().all().forEach(l -> l.rulebook().assumptions().forEach(a -> known.add(a.id())));
                    for (Map.Entry<Rule, RuleMeta> e : metas.entrySet()) {
                        for (String a : e.getValue().assumptions()) {
                            if (!known.contains(a)) {
                                Problem at = where.apply(e.getKey().getName());
                                problems.add(new Problem(at.source(), at.line(), "", "rule '" + e.getKey().getName()
                                        + "': @assumption(\"" + a + "\") is described in no rulebook",
                                        "add it under 'assumptions' in the rulebooks it applies to"));
                            }
                        }
                    }
                }
            }
        } catch (IllegalStateException e) {
            problems.add(new Problem("rules", 0, "", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        Map<String, String> checksums = new LinkedHashMap<>();
        sources.files().forEach((k, v) -> checksums.put(k, RulebookLoader.sha256(v)));
        overrides.forEach((id, values) -> checksums.put("override:" + id, RulebookLoader.sha256(canonical(values))));
        RuleBaseInfo info = new RuleBaseInfo(generation, sources.origin(), checksums, ruleSets);
        return new RuleBase(kieBase, metas, data, info, gapTop, fired);
    }

    private static final java.util.regex.Pattern RULE_HEADER = java.util.regex.Pattern.compile(
            "^\\s*rule\\s+\"([^\"]+)\"", java.util.regex.Pattern.MULTILINE);

    /** Finds a rule's DRL file and line by its name ({@code rules/rating.drl:42}), for problems about it. */
    static java.util.function.Function<String, Problem> locator(RuleSources sources) {
        Map<String, Problem> at = new HashMap<>();
        for (Map.Entry<String, String> f : sources.drl().entrySet()) {
            java.util.regex.Matcher m = RULE_HEADER.matcher(f.getValue());
            while (m.find()) {
                int line = 1;
                for (int i = 0; i < m.start(1); i++) {
                    if (f.getValue().charAt(i) == '\n') {
                        line++;
                    }
                }
                at.putIfAbsent(m.group(1), new Problem(f.getKey(), line, "", ""));
            }
        }
        return name -> at.getOrDefault(name, new Problem("rules", 0, "", ""));
    }

    /** JSON with the keys of every object sorted, so that equal overrides give equal checksums. */
    static String canonical(JsonNode n) {
        if (n.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            new java.util.TreeSet<String>(com.google.common.collect.Lists.newArrayList(n.fieldNames())).forEach(k -> {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(k)).append(':')
                        .append(canonical(n.get(k)));
            });
            return sb.append('}').toString();
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < n.size(); i++) {
                sb.append(i > 0 ? "," : "").append(canonical(n.get(i)));
            }
            return sb.append(']').toString();
        }
        return n.toString();
    }

    /** Daemon threads that read files and load the prebuilt rules in parallel while a rule base is built. */
    private static final java.util.concurrent.ExecutorService BUILDERS = java.util.concurrent.Executors
            .newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "ocop-build");
                t.setDaemon(true);
                return t;
            });

    private static <T> T join(java.util.concurrent.Future<T> f) {
        return Futures.join(f, "building the rule base");
    }

    /** Loads and checks the rulebooks and sheets; adds every problem to {@code problems}. */
    public static RuleData loadData(RuleSources sources, Set<String> ruleSets, Map<String, JsonNode> overrides,
            List<Problem> problems) {
        RulebookLoader rbLoader = new RulebookLoader();
        List<LoadedRulebook> loaded = new ArrayList<>();
        Map<String, JsonNode> unused = new HashMap<>(overrides);
        for (Map.Entry<String, String> f : sources.under("rulebooks/").entrySet()) {
            try {
                LoadedRulebook first = rbLoader.load(f.getKey(), f.getValue());
                JsonNode o = unused.remove(first.id());
                loaded.add(o == null ? first : rbLoader.load(f.getKey(), f.getValue(), o));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        for (String id : unused.keySet()) {
            problems.add(new Problem("overrides", 0, id, "no rulebook with id '" + id + "' to override"));
        }
        Rulebooks rulebooks = null;
        try {
            rulebooks = loaded.isEmpty() && !problems.isEmpty() ? null : Rulebooks.of(loaded);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Map<String, Map<ProductSet, LoadedSheet>> sheets = new HashMap<>();
        CriteriaLoader cLoader = new CriteriaLoader();
        // a period that keeps the criteria of the one before names the same folder
        Map<String, Set<String>> folderUsers = new HashMap<>();
        for (LoadedRulebook lr : loaded) {
            lr.rulebook().scoring().criteria().ifPresent(
                    c -> folderUsers.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(lr.id()));
        }
        for (LoadedRulebook lr : loaded) {
            Rulebook rb = lr.rulebook();
            if (rb.scoring().criteria().isEmpty()) {
                continue;
            }
            String dir = "criteria/" + rb.scoring().criteria().get() + "/";
            Map<ProductSet, LoadedSheet> bySet = new EnumMap<>(ProductSet.class);
            Map<String, String> files = sources.under(dir);
            if (files.isEmpty()) {
                problems.add(new Problem(lr.source(), lr.lines().line("scoring.criteria"), "scoring.criteria",
                        "no criteria files under " + dir));
            }
            // the sheets are read in parallel and their results taken in file order, so problems come in a
            // stable order
            List<java.util.concurrent.Future<Object>> reads = new ArrayList<>();
            Set<String> sharing = new java.util.TreeSet<>(folderUsers.get(rb.scoring().criteria().get()));
            sharing.remove(rb.id());
            for (Map.Entry<String, String> f : files.entrySet()) {
                reads.add(BUILDERS.submit(() -> {
                    try {
                        return cLoader.load(f.getKey(), f.getValue(), rb, sharing);
                    } catch (InvalidInputException e) {
                        return e;
                    }
                }));
            }
            int i = 0;
            for (Map.Entry<String, String> f : files.entrySet()) {
                Object read = join(reads.get(i++));
                if (read instanceof InvalidInputException e) {
                    problems.addAll(e.problems());
                    continue;
                }
                LoadedSheet s = (LoadedSheet) read;
                LoadedSheet other = bySet.put(s.sheet().productSet(), s);
                if (other != null) {
                    problems.add(new Problem(f.getKey(), s.lines().line("productSet"), "productSet",
                            "product set " + s.sheet().productSet().code() + " already has a sheet: "
                                    + other.source()));
                }
            }
            if (!files.isEmpty()) {
                for (ProductSet ps : ProductSet.values()) {
                    if (!bySet.containsKey(ps) && problems.stream().noneMatch(p -> p.source().startsWith(dir))) {
                        problems.add(new Problem(lr.source(), lr.lines().line("scoring.criteria"), "scoring.criteria",
                                "no sheet for product set " + ps.code() + " (" + ps.label().vi() + ") under " + dir));
                    }
                }
            }
            sheets.put(rb.id(), bySet);
        }
        if (problems.stream().noneMatch(p -> p.source().startsWith("rulebooks/") || p.source().equals("overrides"))) {
            problems.addAll(unusedCriteriaFolders(sources, folderUsers.keySet()));
        }
        if (rulebooks == null) {
            return null;
        }
        return new RuleData(rulebooks, sheets, ruleSets);
    }

    /**
     * A criteria folder that no rulebook names in {@code scoring.criteria} (a misspelled
     * {@code criteria/qd26_2026/}, say) would be silently ignored: one problem per such folder, at
     * its first file, naming the folders the rulebooks use.
     */
    static List<Problem> unusedCriteriaFolders(RuleSources sources, Set<String> used) {
        Map<String, String> firstFile = new java.util.TreeMap<>();
        for (String f : sources.under("criteria/").keySet()) {
            String[] parts = f.split("/");
            if (parts.length == 3 && !used.contains(parts[1])) {
                firstFile.putIfAbsent(parts[1], f);
            }
        }
        List<Problem> out = new ArrayList<>();
        firstFile.forEach((folder, file) -> out.add(new Problem(file, 0, "", "no rulebook uses the criteria folder '"
                + folder + "', so its sheets would be ignored (the rulebooks' scoring.criteria name: "
                + new java.util.TreeSet<>(used) + ")", vn.ocop.core.io.StrictReader.closest(folder, used)
                        .map(c -> "did you mean criteria/" + c + "/? ").orElse("")
                        + "rename the folder, or name it in the scoring.criteria of the rulebook that uses it")));
        return out;
    }

    /** Where kie-maven-plugin lists the executable-model classes of this module's DRL. */
    static final String MODEL_INDEX = "META-INF/kie/vn.ocop/ocop-rules/drools-model";
    private static volatile KieBase prebuilt;

    /**
     * The prebuilt rule base: the executable model that kie-maven-plugin generated from the built-in
     * DRL at build time, loaded straight from its classes (no kmodule.xml scanning, no DRL compiling),
     * once per JVM. Works the same from the module jar and from a shaded (fat) jar.
     */
    static KieBase classpathKieBase() {
        KieBase kb = prebuilt;
        if (kb == null) {
            synchronized (RuleBaseFactory.class) {
                kb = prebuilt;
                if (kb == null) {
                    kb = loadPrebuilt();
                    prebuilt = kb;
                }
            }
        }
        return kb;
    }

    private static KieBase loadPrebuilt() {
        ClassLoader cl = RuleBaseFactory.class.getClassLoader();
        List<org.drools.model.Model> models = new ArrayList<>();
        try (java.io.InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the prebuilt rule model " + MODEL_INDEX + " is not on the classpath: "
                        + "ocop-rules must be built with the kie-maven-plugin (packaging kjar)");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                    continue;
                }
                models.add((org.drools.model.Model) Class.forName(name, true, cl).getDeclaredConstructor()
                        .newInstance());
            }
        } catch (java.io.IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the prebuilt rule model: " + e, e);
        }
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Compiles DRL sources to the executable model; adds every compile error with file and line. */
    static KieBase compile(RuleSources sources, List<Problem> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("vn.ocop", "ocop-rules-runtime", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(id);
        // each file goes in the folder of its package (as Drools expects); errors are reported at its own path
        Map<String, String> ownPath = new HashMap<>();
        for (Map.Entry<String, String> f : sources.drl().entrySet()) {
            java.util.regex.Matcher pkg = PACKAGE.matcher(f.getValue());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : RuleSources.BASE + "rules/";
            String name = f.getKey().substring(f.getKey().lastIndexOf('/') + 1);
            String resource = folder + ownPath.size() / 2 + "-" + name;
            ownPath.put(resource, f.getKey());
            ownPath.put("src/main/resources/" + resource, f.getKey());
            kfs.write("src/main/resources/" + resource, f.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                String text = readable(m.getText());
                if (text.startsWith("Parser returned a null Package") && errors.size() > 1) {
                    continue; // Drools' follow-on of a syntax error already reported
                }
                String path = m.getPath() == null ? "rules" : ownPath.getOrDefault(m.getPath(), m.getPath());
                problems.add(located(path, Math.max(m.getLine(), 0), text, sources.files().get(path)));
            }
            return null;
        }
        return ks.newKieContainer(id).getKieBase();
    }

    private static final java.util.regex.Pattern CONSEQUENCE = java.util.regex.Pattern.compile(
            "^Unable to parse consequence caused by: \\(line (\\d+),\\s*col \\d+\\)\\s*(.*)$");
    private static final java.util.regex.Pattern UNKNOWN_CLASS = java.util.regex.Pattern.compile(
            "^Unable to find class: ([\\w.$]+)$");

    /**
     * A compiler message at the line a rule author must edit. Drools reports a consequence that does
     * not parse at the line where its rule starts, with a line counted from {@code then}; and a
     * type it cannot find with no line at all. Both are moved to the line in {@code drl}, the
     * file's text (null when unknown), and put in plain words.
     */
    static Problem located(String path, int line, String text, String drl) {
        String[] lines = drl == null ? new String[0] : drl.split("\n", -1);
        java.util.regex.Matcher c = CONSEQUENCE.matcher(text);
        if (c.matches() && line > 0) {
            for (int i = line - 1; i < lines.length; i++) {
                if (lines[i].strip().equals("then") || lines[i].strip().startsWith("then ")) {
                    return new Problem(path, i + Integer.parseInt(c.group(1)), "", "the rule's consequence (the "
                            + "Java after 'then') does not parse: " + c.group(2));
                }
            }
        }
        java.util.regex.Matcher u = UNKNOWN_CLASS.matcher(text);
        if (u.matches()) {
            String name = u.group(1);
            java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern
                    .quote(name) + "(?!\\w)");
            int at = line;
            for (int i = 0; i < lines.length && at == 0; i++) {
                if (!lines[i].strip().startsWith("//") && word.matcher(lines[i]).find()) {
                    at = i + 1;
                }
            }
            return new Problem(path, at, "", "unknown type '" + name + "': no fact class of that name is imported",
                    "check its spelling against the file's import lines (e.g. UpgradeFact, RatingFact)");
        }
        return new Problem(path, line, "", text);
    }

    /** A compiler message without the parser's stack trace and its list of every token it would have taken. */
    static String readable(String message) {
        String t = message.strip().replace('\n', ' ');
        int trace = t.indexOf(" Problem stacktrace");
        if (trace > 0) {
            t = t.substring(0, trace);
        }
        t = t.replaceFirst(", expected one of .*$", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile(
            "^\\s*package\\s+([\\w.]+)\\s*;?", java.util.regex.Pattern.MULTILINE);
}
