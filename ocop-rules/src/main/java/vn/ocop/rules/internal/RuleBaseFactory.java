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
                metas = ReasonListener.readAll(kieBase.getKiePackages());
            }
        } catch (IllegalStateException e) {
            problems.add(new Problem("rules", 0, "", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        Map<String, String> checksums = new LinkedHashMap<>();
        sources.files().forEach((k, v) -> checksums.put(k, RulebookLoader.sha256(v)));
        RuleBaseInfo info = new RuleBaseInfo(generation, sources.origin(), checksums, ruleSets);
        return new RuleBase(kieBase, metas, data, info, gapTop, fired);
    }

    /** Daemon threads that read files and load the prebuilt rules in parallel while a rule base is built. */
    private static final java.util.concurrent.ExecutorService BUILDERS = java.util.concurrent.Executors
            .newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "ocop-build");
                t.setDaemon(true);
                return t;
            });

    private static <T> T join(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the rule base", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
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
            for (Map.Entry<String, String> f : files.entrySet()) {
                reads.add(BUILDERS.submit(() -> {
                    try {
                        return cLoader.load(f.getKey(), f.getValue(), rb);
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
        if (rulebooks == null) {
            return null;
        }
        return new RuleData(rulebooks, sheets, ruleSets);
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
        for (Map.Entry<String, String> f : sources.drl().entrySet()) {
            kfs.write("src/main/resources/" + RuleSources.BASE + f.getKey(), f.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                String path = m.getPath() == null ? "rules" : m.getPath().replace("src/main/resources/", "")
                        .replace(RuleSources.BASE, "");
                problems.add(new Problem(path, Math.max(m.getLine(), 0), "", m.getText().strip().replace('\n', ' ')));
            }
            return null;
        }
        return ks.newKieContainer(id).getKieBase();
    }
}
