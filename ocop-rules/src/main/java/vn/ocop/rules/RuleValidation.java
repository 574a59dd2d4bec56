package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.io.SourceMap;
import vn.ocop.core.io.StrictReader;
import vn.ocop.core.io.StrictReader.Format;
import vn.ocop.core.rulebook.Changelog;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.Rulebooks;
import vn.ocop.rules.internal.RuleBase;
import vn.ocop.rules.internal.RuleBaseFactory;
import vn.ocop.rules.internal.RuleData;
import vn.ocop.rules.internal.RuleSources;

/**
 * Checks rule files the way a rule author needs before putting them into service: the schema of
 * every rulebook and criteria file, the sums of every sheet, every citation, the periods covering
 * every date from 21 August 2019 to 31 December 2030 exactly once, the references between files,
 * the changelog, and the DRL compiled. Every problem is reported, not just the first, each with
 * file, line and a hint.
 */
public final class RuleValidation {
    /** The first day any rulebook must cover (Decision 1048/QĐ-TTg). */
    public static final LocalDate COVERAGE_FROM = LocalDate.of(2019, 8, 21);
    /** The last day the rulebooks must cover. */
    public static final LocalDate COVERAGE_TO = LocalDate.of(2030, 12, 31);

    private RuleValidation() {
    }

    /**
     * What a validation found.
     *
     * @param origin    "built-in" or the directory checked
     * @param problems  every problem; empty when the files are good
     * @param rulebooks the number of rulebooks read
     * @param sheets    the number of criteria sheets read
     * @param drlFiles  the number of DRL files
     * @param rules     the number of rules compiled
     */
    public record Result(String origin, List<Problem> problems, int rulebooks, int sheets, int drlFiles, int rules) {
        public Result {
            problems = ImmutableList.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Validates the built-in files ({@code dir} empty) or a rules directory laid over them.
     *
     * @param allowDrl whether DRL files in the directory are accepted (they are code)
     */
    public static Result validate(Optional<Path> dir, boolean allowDrl) {
        RuleSources builtIn = RuleSources.builtIn();
        List<Problem> problems = new ArrayList<>();
        RuleSources sources = builtIn;
        if (dir.isPresent()) {
            try {
                sources = builtIn.overlay(dir.get());
            } catch (IllegalArgumentException e) {
                return new Result(dir.get().toString(), List.of(new Problem(dir.get().toString(), 0, "", e.getMessage())),
                        0, 0, 0, 0);
            } catch (InvalidInputException e) {
                return new Result(dir.get().toString(), e.problems(), 0, 0, 0, 0);
            }
            if (!sources.externalDrl().isEmpty() && !allowDrl) {
                for (String f : sources.external()) {
                    if (f.endsWith(".drl")) {
                        problems.add(new Problem(f, 0, "", "DRL is code and is refused unless allowed",
                                "run with --allow-drl if you mean to load rules from this directory"));
                    }
                }
                Map<String, String> files = new java.util.TreeMap<>(sources.files());
                files.keySet().removeIf(k -> k.endsWith(".drl"));
                files.putAll(builtIn.drl());
                sources = new RuleSources(files, sources.origin(), sources.external());
            }
        }
        int rules = 0;
        RuleData data = null;
        try {
            RuleBase rb = RuleBaseFactory.build(sources, builtIn, Set.of(), Map.of(), 0, 3, null);
            rules = rb.ruleIds().size();
            data = rb.data();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            data = RuleBaseFactory.loadData(sources, Set.of(), Map.of(), new ArrayList<>());
        }
        if (data != null) {
            // with a rulebook that could not be read, the periods are incomplete: checking their coverage or
            // the changelog's period ids would only report the broken file again, in other words
            boolean rulebookBroken = problems.stream().anyMatch(p -> p.source().startsWith("rulebooks/"));
            if (!rulebookBroken) {
                problems.addAll(coverage(data.rulebooks()));
            }
            problems.addAll(changelog(sources, builtIn, rulebookBroken ? null : data.rulebooks(), dir.isPresent()));
        }
        int rulebooks = data == null ? 0 : data.rulebooks().all().size();
        int sheets = data == null ? 0 : data.sheets().values().stream().mapToInt(Map::size).sum();
        return new Result(sources.origin(), problems, rulebooks, sheets, sources.drl().size(), rules);
    }

    /** Every date from {@link #COVERAGE_FROM} to {@link #COVERAGE_TO} must fall in exactly one period. */
    static List<Problem> coverage(Rulebooks rulebooks) {
        List<Problem> out = new ArrayList<>();
        LoadedRulebook first = rulebooks.all().get(0);
        LoadedRulebook last = rulebooks.all().get(rulebooks.all().size() - 1);
        if (first.rulebook().effectiveFrom().isAfter(COVERAGE_FROM)) {
            out.add(new Problem(first.source(), first.lines().line("effectiveFrom"), "effectiveFrom",
                    "the earliest period starts on " + first.rulebook().effectiveFrom() + ", after " + COVERAGE_FROM
                            + ": dates in between have no rules"));
        }
        if (last.rulebook().effectiveUntil().map(u -> u.isBefore(COVERAGE_TO)).orElse(false)) {
            out.add(new Problem(last.source(), last.lines().line("effectiveUntil"), "effectiveUntil",
                    "the latest period ends on " + last.rulebook().effectiveUntil().get() + ", before " + COVERAGE_TO
                            + ": dates after it have no rules", "remove effectiveUntil from the period in force"));
        }
        return out;
    }

    /** The changelog's entries checked against the files (and against the periods, unless {@code rulebooks} is null). */
    static List<Problem> changelog(RuleSources sources, RuleSources builtIn, Rulebooks rulebooks, boolean external) {
        List<Problem> out = new ArrayList<>();
        String text = sources.files().get("CHANGELOG.yaml");
        if (text == null) {
            out.add(new Problem("CHANGELOG.yaml", 0, "", "no CHANGELOG.yaml",
                    "record each change: date, decision, periods, files, summary (docs/rule-authoring.md)"));
            return out;
        }
        Changelog log;
        StrictReader reader = new StrictReader();
        try {
            log = reader.read("CHANGELOG.yaml", text, Format.YAML, Changelog.class);
        } catch (InvalidInputException e) {
            out.addAll(e.problems());
            return out;
        }
        SourceMap lines = SourceMap.of(text, reader.factory(Format.YAML));
        for (int i = 0; i < log.changes().size(); i++) {
            Changelog.Change c = log.changes().get(i);
            for (int j = 0; j < c.periods().size(); j++) {
                String p = c.periods().get(j);
                if (rulebooks != null && rulebooks.byId(p).isEmpty()) {
                    String path = "changes[" + i + "].periods[" + j + "]";
                    out.add(new Problem("CHANGELOG.yaml", lines.line(path), path, "no rulebook with id '" + p + "'",
                            "known: " + rulebooks.all().stream().map(LoadedRulebook::id).toList()));
                }
            }
            for (int j = 0; j < c.files().size(); j++) {
                String f = c.files().get(j);
                boolean exists = f.endsWith("/") ? sources.files().keySet().stream().anyMatch(k -> k.startsWith(f))
                        : sources.files().containsKey(f);
                if (!exists) {
                    String path = "changes[" + i + "].files[" + j + "]";
                    out.add(new Problem("CHANGELOG.yaml", lines.line(path), path, "no file or folder '" + f + "'",
                            "paths are relative to the rules folder, e.g. criteria/qd26-2026/10-gia-vi-khac.yaml"));
                }
            }
        }
        Iterable<String> toCover = external ? sources.external() : sources.files().keySet();
        // a directory's changes must be named by entries of its own, not by the built-in history
        List<Changelog.Change> entries = log.changes();
        if (external) {
            try {
                List<Changelog.Change> builtInEntries = reader.read("CHANGELOG.yaml",
                        builtIn.files().get("CHANGELOG.yaml"), Format.YAML, Changelog.class).changes();
                entries = entries.stream().filter(c -> !builtInEntries.contains(c)).toList();
            } catch (InvalidInputException e) {
                out.addAll(e.problems());
            }
        }
        for (String f : toCover) {
            if (f.equals("CHANGELOG.yaml")) {
                continue;
            }
            if (entries.stream().noneMatch(c -> c.covers(f))) {
                out.add(new Problem(f, 0, "", "changed, but no CHANGELOG.yaml entry names it",
                        "add an entry: date, decision, periods, files: [" + f + "], summary"));
            }
        }
        return out;
    }
}
