package vn.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Portfolio;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.LoadedSheet;
import vn.ocop.core.rulebook.Rulebooks;
import vn.ocop.rules.internal.RuleBase;
import vn.ocop.rules.internal.RuleBaseFactory;
import vn.ocop.rules.internal.RuleData;
import vn.ocop.rules.internal.RuleSources;

/**
 * The OCOP rule base: build it once, share it between threads, ask it about products.
 *
 * <pre>{@code
 * OcopRules rules = OcopRules.builder().build();
 * Assessment a = rules.assess(record, LocalDate.of(2026, 11, 22));
 * a.latestRating().ifPresent(r -> System.out.println(r.stars() + " " + r.reasons()));
 * }</pre>
 *
 * <p>Every answer uses the rules in force on its own dates (the evaluation's filing or decision
 * date, the certificate's decision date, the finding's date, the as-of date), never the system
 * clock. Every decision carries its reasons with their legal citations.
 *
 * <p><b>Thread safety.</b> An instance is safe to use from any number of threads. The rule base
 * it holds is immutable; {@link #reload()} builds a new one beside it and swaps it in only when
 * it is valid; an assessment already running finishes on the rule base it started with, and its
 * {@link Assessment#ruleBase()} says which.
 */
public final class OcopRules {
    /** The optional rule set of revocation grounds used in provincial practice under 148/QĐ-TTg. */
    public static final String PRACTICE_148 = RuleData.PRACTICE_148;

    /**
     * The optional rule set of Quảng Ngãi's own conditions: barcodes and QR traceability codes lasting as long as
     * the certificate, with the account handed over (letter of the provincial Department of Agriculture, 9/2024,
     * item 2); the six-month and annual reports (guidance of 3/2024, section II.7).
     */
    public static final String QUANG_NGAI = RuleData.QUANG_NGAI;

    /** Every optional rule set a host may switch on with {@link Builder#enableRuleSet(String)}. */
    public static final List<String> RULE_SETS = RuleData.RULE_SETS;

    private final Builder config;
    private final RuleSources builtIn;
    private final AtomicReference<RuleBase> current;
    private final List<Consumer<ReloadEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Object reloadLock = new Object();
    private volatile java.util.concurrent.ForkJoinPool pool;
    private int generation;

    private OcopRules(Builder b) {
        this.config = b;
        this.builtIn = RuleSources.builtIn();
        this.generation = 1;
        this.current = new AtomicReference<>(build(1));
    }

    private RuleBase build(int gen) {
        RuleSources sources = builtIn;
        if (config.rulesDirectory != null) {
            RuleSources overlaid = builtIn.overlay(config.rulesDirectory);
            if (!overlaid.externalDrl().isEmpty() && !config.allowExternalDrl) {
                List<String> drl = overlaid.externalDrl();
                throw new InvalidInputException(new InvalidInputException.Problem(config.rulesDirectory.toString(), 0,
                        "", "the directory holds DRL files " + drl + ": DRL is code, so it is refused unless the host "
                                + "allows it (OcopRules.builder().allowExternalDrl(true), or --allow-drl)"));
            }
            sources = overlaid;
        }
        RuleBase rb = RuleBaseFactory.build(sources, builtIn, config.ruleSets, config.overrides, gen, config.gapTop,
                config.firedRules);
        if (config.rulesDirectory != null) {
            // a rules directory goes into service only if `ocop validate` would accept it
            List<InvalidInputException.Problem> problems = new ArrayList<>(RuleValidation.coverage(rb.data().rulebooks()));
            problems.addAll(RuleValidation.changelog(sources, builtIn, rb.data().rulebooks(), true));
            if (!problems.isEmpty()) {
                throw new vn.ocop.core.rulebook.RulebookException(problems);
            }
        }
        return rb;
    }

    /** A builder with the defaults: the built-in rules, no optional rule set, no overrides. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses one product on one date.
     *
     * @throws InvalidInputException when the record names a criterion, option or knock-out its sheet lacks
     * @throws vn.ocop.core.rulebook.NoRulebookException when a date falls before the first period
     */
    public Assessment assess(ProductRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        return current.get().assess(List.of(record), asOf).get(0);
    }

    /**
     * Assesses many products on one date, in batches of {@link Builder#chunkSize(int)} products, on
     * {@link Builder#parallelism(int)} threads. The result is in the order of {@code records}.
     */
    public List<Assessment> assessAll(Collection<ProductRecord> records, LocalDate asOf) {
        List<Assessment> out = new ArrayList<>(records.size());
        assessAll(records, asOf, out::add);
        return out;
    }

    /**
     * Assesses many products on one date and hands each assessment to {@code sink}, in the order of
     * {@code records}, without keeping them: for registries too large to hold every assessment.
     * The whole call uses one rule base, even if a reload happens meanwhile.
     */
    public void assessAll(Iterable<ProductRecord> records, LocalDate asOf, Consumer<Assessment> sink) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sink, "sink");
        RuleBase rb = current.get();
        int chunk = config.chunkSize;
        if (config.parallelism <= 1) {
            List<ProductRecord> buffer = new ArrayList<>(chunk);
            for (ProductRecord r : records) {
                buffer.add(r);
                if (buffer.size() == chunk) {
                    rb.assess(buffer, asOf).forEach(sink);
                    buffer.clear();
                }
            }
            if (!buffer.isEmpty()) {
                rb.assess(buffer, asOf).forEach(sink);
            }
            return;
        }
        // a pipeline, not a barrier per batch: chunks go to the pool as they fill, at most a few per
        // thread in flight; this thread hands finished chunks to the sink in order while the pool works
        int inFlight = config.parallelism * 4;
        java.util.ArrayDeque<CompletableFuture<List<Assessment>>> pending = new java.util.ArrayDeque<>();
        java.util.concurrent.ForkJoinPool p = pool();
        try {
            List<ProductRecord> buffer = new ArrayList<>(chunk);
            for (ProductRecord r : records) {
                buffer.add(r);
                if (buffer.size() == chunk) {
                    List<ProductRecord> batch = buffer;
                    pending.add(CompletableFuture.supplyAsync(() -> rb.assess(batch, asOf), p));
                    buffer = new ArrayList<>(chunk);
                    while (pending.size() >= inFlight) {
                        drain(pending.poll(), sink);
                    }
                }
            }
            if (!buffer.isEmpty()) {
                List<ProductRecord> batch = buffer;
                pending.add(CompletableFuture.supplyAsync(() -> rb.assess(batch, asOf), p));
            }
            while (!pending.isEmpty()) {
                drain(pending.poll(), sink);
            }
        } finally {
            pending.forEach(t -> t.cancel(true));
        }
    }

    private static void drain(CompletableFuture<List<Assessment>> task, Consumer<Assessment> sink) {
        vn.ocop.rules.internal.Futures.join(task, "assessing").forEach(sink);
    }

    /**
     * The threads of {@link #assessAll}: a fork-join pool of {@link Builder#parallelism(int)} daemon threads
     * named {@code ocop-assess-N}, created on first use (a host never has to shut it down).
     */
    private java.util.concurrent.ForkJoinPool pool() {
        java.util.concurrent.ForkJoinPool p = pool;
        if (p == null) {
            synchronized (reloadLock) {
                p = pool;
                if (p == null) {
                    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
                    p = new java.util.concurrent.ForkJoinPool(config.parallelism, fjp -> {
                        java.util.concurrent.ForkJoinWorkerThread t =
                                java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(fjp);
                        t.setDaemon(true);
                        t.setName("ocop-assess-" + n.incrementAndGet());
                        return t;
                    }, null, false);
                    pool = p;
                }
            }
        }
        return p;
    }

    /**
     * Assesses what a portfolio holds beyond its products on a date: its rural industrial product awards
     * (CNNTTB), its OCOP sales points (whether each shelved product qualifies), and the programme's calendar
     * (the next evaluation round of each level, and the reports a switched-on provincial rule set requires).
     * The products shelved as OCOP are assessed first, to know where their certificates stand.
     *
     * @throws vn.ocop.core.rulebook.NoRulebookException when the date falls before the first period
     */
    public ProgrammeAssessment assessProgramme(Portfolio portfolio, LocalDate asOf) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(asOf, "asOf");
        RuleBase rb = current.get();
        java.util.Set<String> shelved = new java.util.HashSet<>();
        portfolio.salesPoints().forEach(p -> p.items().forEach(i -> i.productCode().ifPresent(shelved::add)));
        List<ProductRecord> records = portfolio.records().stream().filter(r -> shelved.contains(r.product().code()))
                .toList();
        return assessProgramme(rb, portfolio, records.isEmpty() ? List.of() : rb.assess(records, asOf), asOf);
    }

    /**
     * As {@link #assessProgramme(Portfolio, LocalDate)}, with the products' assessments already made on the same
     * date (one per product, any order): for reports that assess every product anyway.
     */
    public ProgrammeAssessment assessProgramme(Portfolio portfolio, List<Assessment> assessments, LocalDate asOf) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(asOf, "asOf");
        return assessProgramme(current.get(), portfolio, assessments, asOf);
    }

    private static ProgrammeAssessment assessProgramme(RuleBase rb, Portfolio portfolio, List<Assessment> assessments,
            LocalDate asOf) {
        java.util.Map<String, Assessment> byCode = new java.util.HashMap<>();
        for (Assessment a : assessments) {
            if (!a.asOf().equals(asOf)) {
                throw new IllegalArgumentException("assessments must be made on " + asOf + ", but one of product "
                        + a.productCode() + " was made on " + a.asOf());
            }
            byCode.put(a.productCode(), a);
        }
        return rb.assessProgramme(portfolio, byCode, asOf);
    }

    /** The regulation periods of the rule base in service. */
    public Rulebooks rulebooks() {
        return current.get().data().rulebooks();
    }

    /** The criteria sheet of a product set under the rulebook in force on {@code date}, if it has sheets. */
    public Optional<CriteriaSheet> criteriaSheet(ProductSet set, LocalDate date) {
        RuleData d = current.get().data();
        return d.sheet(d.rulebooks().forDate(date).rulebook(), set).map(LoadedSheet::sheet);
    }

    /** Which files the rule base in service was built from. */
    public RuleBaseInfo info() {
        return current.get().info();
    }

    /** The ids of every rule of the rule base in service. */
    public Set<String> ruleIds() {
        return current.get().ruleIds();
    }

    /**
     * Rebuilds the rule base from the same sources (the built-in files and the rules directory, if
     * any) and swaps it in when, and only when, it builds without a problem. On failure the rule base
     * in service stays; the event says why. Listeners are told either way; the call never throws for
     * a bad file.
     */
    public ReloadEvent reload() {
        synchronized (reloadLock) {
            RuleBaseInfo before = current.get().info();
            ReloadEvent event;
            try {
                RuleBase next = build(generation + 1);
                generation++;
                current.set(next);
                event = ReloadEvent.success(before, next.info());
            } catch (InvalidInputException e) {
                event = ReloadEvent.failure(before, e.problems());
            } catch (RuntimeException e) {
                event = ReloadEvent.failure(before, List.of(new InvalidInputException.Problem(
                        config.rulesDirectory == null ? "rules" : config.rulesDirectory.toString(), 0, "",
                        e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
            for (Consumer<ReloadEvent> l : listeners) {
                l.accept(event);
            }
            return event;
        }
    }

    /** Subscribes to reload events (success and failure). */
    public void addReloadListener(Consumer<ReloadEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Builds an {@link OcopRules}; validates each setting when it is given. */
    public static final class Builder {
        private Path rulesDirectory;
        private boolean allowExternalDrl;
        private final Set<String> ruleSets = new LinkedHashSet<>();
        private final Map<String, JsonNode> overrides = new LinkedHashMap<>();
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int chunkSize = 512;
        private int gapTop = 3;
        private Consumer<String> firedRules;

        private Builder() {
        }

        /**
         * Loads rulebooks, criteria sheets and DRL from {@code dir} (same layout as the built-in files:
         * {@code rulebooks/}, {@code criteria/<period>/}, {@code rules/}) over the built-in ones: a file at
         * the same path replaces the built-in one, a new file is added.
         */
        public Builder rulesDirectory(Path dir) {
            this.rulesDirectory = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** Allows DRL files from the rules directory (they are code; refused by default). */
        public Builder allowExternalDrl(boolean allow) {
            this.allowExternalDrl = allow;
            return this;
        }

        /** Switches on an optional rule set, e.g. {@link OcopRules#PRACTICE_148}. */
        public Builder enableRuleSet(String name) {
            if (!RuleData.RULE_SETS.contains(name)) {
                throw new IllegalArgumentException("ruleSet must be one of " + RuleData.RULE_SETS + ", but was '" + name
                        + "'");
            }
            ruleSets.add(name);
            return this;
        }

        /**
         * Overrides values of one rulebook ("what if the 4★ threshold were 75"): {@code values} is merged
         * key by key into the rulebook file before it is checked, e.g. {@code {scoring: {bands: {3: {below:
         * 75}, 4: {from: 75}}}}}. An override that makes the rulebook inconsistent is refused at build.
         */
        public Builder overrideRulebook(String rulebookId, JsonNode values) {
            overrides.put(Objects.requireNonNull(rulebookId, "rulebookId"), Objects.requireNonNull(values, "values"));
            return this;
        }

        /** Threads used by {@link OcopRules#assessAll}; default: the number of processors. */
        public Builder parallelism(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("parallelism must be between 1 and 256, but was " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /** Products per rule session in {@link OcopRules#assessAll}; default 512. */
        public Builder chunkSize(int products) {
            if (products < 1 || products > 100_000) {
                throw new IllegalArgumentException("chunkSize must be between 1 and 100000, but was " + products);
            }
            this.chunkSize = products;
            return this;
        }

        /** How many criteria a gap lists as "most points still available"; default 3. */
        public Builder gapCriteria(int count) {
            if (count < 0 || count > 50) {
                throw new IllegalArgumentException("gapCriteria must be between 0 and 50, but was " + count);
            }
            this.gapTop = count;
            return this;
        }

        /**
         * Told the id of every rule that fires, on the assessing thread (for coverage tools such as the
         * scenario runner); keep it cheap and thread-safe.
         */
        public Builder onRuleFired(Consumer<String> listener) {
            this.firedRules = listener;
            return this;
        }

        /**
         * Builds the rule base.
         *
         * @throws vn.ocop.core.rulebook.RulebookException listing every problem in the files
         */
        public OcopRules build() {
            return new OcopRules(this);
        }

        Set<String> ruleSets() {
            return ImmutableSet.copyOf(ruleSets);
        }
    }
}
