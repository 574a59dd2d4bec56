package vn.ocop.core.rulebook;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * The regulation periods the library knows, in order, with no gap and no overlap: every date
 * from the first period's start on falls in exactly one. Looking up a date before the first
 * period is an error ({@link NoRulebookException}), never a default.
 */
public final class Rulebooks {
    private final ImmutableList<LoadedRulebook> periods;
    private final Map<String, LoadedRulebook> byId;

    private Rulebooks(List<LoadedRulebook> periods) {
        this.periods = ImmutableList.copyOf(periods);
        this.byId = new HashMap<>();
        periods.forEach(p -> byId.put(p.id(), p));
    }

    /**
     * Checks and orders a set of rulebooks.
     *
     * @throws RulebookException on a duplicate id, a gap or an overlap between periods, or an
     *                           open-ended period that is not the last
     */
    public static Rulebooks of(List<LoadedRulebook> rulebooks) {
        List<LoadedRulebook> sorted = new ArrayList<>(rulebooks);
        sorted.sort(Comparator.comparing(r -> r.rulebook().effectiveFrom()));
        List<Problem> problems = new ArrayList<>();
        if (sorted.isEmpty()) {
            problems.add(new Problem("rulebooks", 0, "", "no rulebook was given"));
        }
        Map<String, LoadedRulebook> seen = new HashMap<>();
        for (LoadedRulebook r : sorted) {
            LoadedRulebook other = seen.put(r.id(), r);
            if (other != null) {
                problems.add(new Problem(r.source(), r.lines().line("id"), "id",
                        "duplicate rulebook id '" + r.id() + "' (also in " + other.source() + ")"));
            }
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            LoadedRulebook a = sorted.get(i);
            LoadedRulebook b = sorted.get(i + 1);
            Optional<LocalDate> until = a.rulebook().effectiveUntil();
            LocalDate nextFrom = b.rulebook().effectiveFrom();
            if (until.isEmpty()) {
                problems.add(new Problem(a.source(), a.lines().line("effectiveFrom"), "effectiveUntil",
                        a.id() + " has no end date, but " + b.id() + " (" + b.source() + ") starts on " + nextFrom
                                + ": set effectiveUntil: " + nextFrom.minusDays(1)));
            } else if (!until.get().plusDays(1).equals(nextFrom)) {
                boolean overlap = !until.get().isBefore(nextFrom);
                problems.add(new Problem(a.source(), a.lines().line("effectiveUntil"), "effectiveUntil",
                        (overlap ? "overlap: " : "gap: ") + a.id() + " ends on " + until.get() + " but " + b.id()
                                + " (" + b.source() + ") starts on " + nextFrom + "; expected effectiveUntil: "
                                + nextFrom.minusDays(1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return new Rulebooks(sorted);
    }

    /** Every period, oldest first. */
    public List<LoadedRulebook> all() {
        return periods;
    }

    /** The rulebook with the given id. */
    public Optional<LoadedRulebook> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The rulebook in force on {@code date}.
     *
     * @throws NoRulebookException when the date is before the first period
     */
    public LoadedRulebook forDate(LocalDate date) {
        Optional<LoadedRulebook> covering = covering(date);
        if (covering.isPresent()) {
            return covering.get();
        }
        LoadedRulebook first = periods.get(0);
        LoadedRulebook last = periods.get(periods.size() - 1);
        if (date.isBefore(first.rulebook().effectiveFrom())) {
            throw new NoRulebookException(date, "no rulebook covers " + date + ": the earliest, " + first.id() + " ("
                    + first.rulebook().decision() + "), takes effect on " + first.rulebook().effectiveFrom());
        }
        throw new NoRulebookException(date, "no rulebook covers " + date + ": the latest, " + last.id()
                + ", ends on " + last.rulebook().effectiveUntil().map(String::valueOf).orElse("?"));
    }

    /** The rulebook in force on {@code date}, or empty when no period covers it. */
    public Optional<LoadedRulebook> covering(LocalDate date) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            LoadedRulebook p = periods.get(i);
            if (p.rulebook().covers(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The period before {@code rulebook}, if any. */
    public Optional<LoadedRulebook> previous(Rulebook rulebook) {
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).rulebook().id().equals(rulebook.id())) {
                return Optional.of(periods.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The same set with one rulebook replaced (used for "what if" overrides). */
    public Rulebooks replace(LoadedRulebook replacement) {
        List<LoadedRulebook> out = new ArrayList<>();
        boolean found = false;
        for (LoadedRulebook p : periods) {
            if (p.id().equals(replacement.id())) {
                out.add(replacement);
                found = true;
            } else {
                out.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no rulebook with id '" + replacement.id() + "' to replace; known: "
                    + byId.keySet());
        }
        return of(out);
    }
}
