package vn.ocop.core.rulebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.ProductSet;
import vn.ocop.core.io.SourceMap;
import vn.ocop.core.io.StrictReader;
import vn.ocop.core.io.StrictReader.Format;
import vn.ocop.core.rulebook.CriteriaSheet.Criterion;
import vn.ocop.core.rulebook.CriteriaSheet.Discrepancy;
import vn.ocop.core.rulebook.CriteriaSheet.KnockOut;
import vn.ocop.core.rulebook.CriteriaSheet.Option;
import vn.ocop.core.rulebook.CriteriaSheet.Section;
import vn.ocop.core.rulebook.CriteriaSheet.SheetPart;

/**
 * Reads criteria sheet files ({@code ocop-criteria/1}) and checks them against the law's
 * arithmetic: each option's points at most its criterion's, the best option equal to it,
 * criteria adding up to their section, sections to their part, parts to the rulebook's maxima
 * (A 40, B 25, C 35 under 26/2026) and to the total. A figure that does not add up is an error
 * unless the file records it under {@code discrepancies} (the legal text disagreeing with itself
 * is recorded, never fixed silently). Every problem is reported with file, line and key.
 */
public final class CriteriaLoader {
    private final StrictReader reader;

    public CriteriaLoader() {
        this(new StrictReader());
    }

    public CriteriaLoader(StrictReader reader) {
        this.reader = reader;
    }

    /**
     * Reads and checks one sheet.
     *
     * @param rulebook the rulebook the sheet belongs to (for its part maxima and total)
     * @throws RulebookException listing every problem
     */
    public LoadedSheet load(String source, String text, Rulebook rulebook) {
        return load(source, text, rulebook, Set.of());
    }

    /**
     * Reads and checks one sheet of a folder that several periods share: a new period that keeps the
     * criteria of the one before names the same folder, and the sheets, which say the period that
     * issued them, are checked against the new period's figures too.
     *
     * @param rulebook the rulebook the sheet is loaded for (for its part maxima and total)
     * @param sharing  the ids of the other rulebooks that use the same folder; the sheet's
     *                 {@code rulebook} may name any of them
     * @throws RulebookException listing every problem
     */
    public LoadedSheet load(String source, String text, Rulebook rulebook, Set<String> sharing) {
        CriteriaSheet sheet;
        try {
            sheet = reader.read(source, text, Format.YAML, CriteriaSheet.class);
        } catch (InvalidInputException e) {
            throw new RulebookException(e.problems());
        }
        SourceMap lines = SourceMap.of(text, reader.factory(Format.YAML));
        List<Problem> problems = check(sheet, rulebook, source, lines, sharing);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return new LoadedSheet(sheet, source, RulebookLoader.sha256(text), lines);
    }

    /** Every problem with a bound sheet, without throwing. */
    public static List<Problem> check(CriteriaSheet sheet, Rulebook rulebook, String source, SourceMap lines) {
        return check(sheet, rulebook, source, lines, Set.of());
    }

    /** Like {@link #check(CriteriaSheet, Rulebook, String, SourceMap)}, for a folder shared with {@code sharing}. */
    public static List<Problem> check(CriteriaSheet sheet, Rulebook rulebook, String source, SourceMap lines,
            Set<String> sharing) {
        List<Problem> out = new ArrayList<>();
        Map<String, Discrepancy> discrepancies = new HashMap<>();
        for (int i = 0; i < sheet.discrepancies().size(); i++) {
            Discrepancy d = sheet.discrepancies().get(i);
            if (discrepancies.put(d.at(), d) != null) {
                out.add(problem(source, lines, "discrepancies[" + i + "].at", "two discrepancies recorded at '"
                        + d.at() + "'"));
            }
        }
        Set<String> usedDiscrepancies = new HashSet<>();

        if (!sheet.rulebook().equals(rulebook.id()) && !sharing.contains(sheet.rulebook())) {
            out.add(problem(source, lines, "rulebook", "the sheet says rulebook '" + sheet.rulebook()
                    + "', but it is loaded for " + rulebook.id(), sharing.isEmpty() ? ""
                    : "rulebooks sharing this folder: " + new java.util.TreeSet<>(sharing)));
        }
        ProductSet set = sheet.productSet();
        if (set.number() != sheet.number()) {
            out.add(problem(source, lines, "number", "product set " + set.code() + " is sheet number " + set.number()
                    + ", but the file says " + sheet.number()));
        }
        if (set.sector() != sheet.sector()) {
            out.add(problem(source, lines, "sector", "product set " + set.code() + " is in sector " + set.sector()
                    + ", but the file says " + sheet.sector()));
        }
        if (!set.leadAgencies().equals(sheet.leadAgencies())) {
            out.add(problem(source, lines, "leadAgencies", "Phụ lục I names " + set.leadAgencies() + " for "
                    + set.code() + ", but the file says " + sheet.leadAgencies()));
        }

        Set<Part> partsSeen = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        int total = 0;
        for (int pi = 0; pi < sheet.parts().size(); pi++) {
            SheetPart part = sheet.parts().get(pi);
            String pp = "parts[" + pi + "]";
            if (!partsSeen.add(part.id())) {
                out.add(problem(source, lines, pp + ".id", "part " + part.id() + " appears twice"));
            }
            total += part.points();
            Integer max = rulebook.scoring().parts().get(part.id());
            if (max != null && max != part.points()) {
                checkRecorded(out, source, lines, pp + ".points", part.id().name(), max, part.points(),
                        "part " + part.id() + " is worth " + max + " under " + rulebook.id() + ", but the sheet gives "
                                + part.points(), discrepancies, usedDiscrepancies);
            }
            int partSum = 0;
            for (int si = 0; si < part.sections().size(); si++) {
                Section section = part.sections().get(si);
                String sp = pp + ".sections[" + si + "]";
                if (!sectionIds.add(section.id())) {
                    out.add(problem(source, lines, sp + ".id", "section id '" + section.id() + "' appears twice"));
                }
                partSum += section.points();
                int sectionSum = 0;
                for (int ci = 0; ci < section.criteria().size(); ci++) {
                    Criterion c = section.criteria().get(ci);
                    String cp = sp + ".criteria[" + ci + "]";
                    if (!criterionIds.add(c.id())) {
                        out.add(problem(source, lines, cp + ".id", "criterion id '" + c.id() + "' appears twice"));
                    }
                    sectionSum += c.points();
                    checkCriterion(out, source, lines, cp, c, discrepancies, usedDiscrepancies);
                }
                if (sectionSum != section.points()) {
                    checkRecorded(out, source, lines, sp + ".points", section.id(), sectionSum, section.points(),
                            "the criteria of section " + section.id() + " add up to " + sectionSum
                                    + ", but the section is worth " + section.points(),
                            discrepancies, usedDiscrepancies);
                }
            }
            if (partSum != part.points()) {
                checkRecorded(out, source, lines, pp + ".points", part.id().name(), partSum, part.points(),
                        "the sections of part " + part.id() + " add up to " + partSum + ", but the part is worth "
                                + part.points(), discrepancies, usedDiscrepancies);
            }
        }
        for (Part p : Part.values()) {
            if (!partsSeen.contains(p)) {
                out.add(problem(source, lines, "parts", "part " + p + " is missing"));
            }
        }
        if (total != rulebook.scoring().total()) {
            out.add(problem(source, lines, "parts", "the parts add up to " + total + ", but the total is "
                    + rulebook.scoring().total()));
        }
        Set<String> knockOutIds = new HashSet<>();
        for (int ki = 0; ki < sheet.knockOuts().size(); ki++) {
            KnockOut k = sheet.knockOuts().get(ki);
            if (!knockOutIds.add(k.id())) {
                out.add(problem(source, lines, "knockOuts[" + ki + "].id", "knock-out id '" + k.id()
                        + "' appears twice"));
            }
            if (k.criterion().isPresent() && !criterionIds.contains(k.criterion().get())) {
                out.add(problem(source, lines, "knockOuts[" + ki + "].criterion", "no criterion '"
                        + k.criterion().get() + "' in this sheet"));
            }
        }
        for (int i = 0; i < sheet.discrepancies().size(); i++) {
            Discrepancy d = sheet.discrepancies().get(i);
            boolean known = d.at().equals("A") || d.at().equals("B") || d.at().equals("C")
                    || sectionIds.contains(d.at()) || criterionIds.contains(d.at());
            if (!known) {
                out.add(problem(source, lines, "discrepancies[" + i + "].at", "no part, section or criterion '"
                        + d.at() + "' in this sheet"));
            }
        }
        return out;
    }

    private static void checkCriterion(List<Problem> out, String source, SourceMap lines, String cp, Criterion c,
            Map<String, Discrepancy> discrepancies, Set<String> used) {
        Set<String> optionIds = new HashSet<>();
        int best = -1;
        for (int oi = 0; oi < c.options().size(); oi++) {
            Option o = c.options().get(oi);
            String op = cp + ".options[" + oi + "]";
            if (!optionIds.add(o.id())) {
                out.add(problem(source, lines, op + ".id", "option id '" + o.id() + "' appears twice in criterion "
                        + c.id()));
            }
            int points = o.points();
            if (o.points() > c.points()) {
                Optional<Discrepancy> d = Optional.ofNullable(discrepancies.get(c.id()))
                        .filter(x -> x.option().filter(o.id()::equals).isPresent());
                if (d.isEmpty()) {
                    out.add(problem(source, lines, op + ".points", "option " + c.id() + "." + o.id() + " gives "
                            + o.points() + " points, more than the criterion's maximum " + c.points(),
                            "if the legal text prints it so, record it under 'discrepancies' with option: " + o.id()
                                    + " and the points the library applies (applies: …)"));
                } else if (d.get().applies().orElseThrow() > c.points()) {
                    out.add(problem(source, lines, op + ".points", "the discrepancy recorded for option " + c.id() + "."
                            + o.id() + " applies " + d.get().applies().get() + " points, more than the criterion's "
                            + "maximum " + c.points()));
                } else {
                    used.add(c.id());
                    points = d.get().applies().get();
                }
            }
            best = Math.max(best, points);
        }
        if (best >= 0 && best != c.points()) {
            checkRecorded(out, source, lines, cp + ".points", c.id(), best, c.points(), "the best option of criterion "
                    + c.id() + " gives " + best + " points, but the criterion is worth " + c.points(), discrepancies,
                    used);
        }
    }

    private static void checkRecorded(List<Problem> out, String source, SourceMap lines, String path, String at,
            int sum, int points, String message, Map<String, Discrepancy> discrepancies, Set<String> used) {
        Discrepancy d = discrepancies.get(at);
        if (d != null && (d.sum() == sum || d.stated() == points)) {
            used.add(at);
            return;
        }
        out.add(problem(source, lines, path, message + (d == null ? "; if the legal text itself says so, record it"
                + " under 'discrepancies' (at: " + at + ")" : "; the discrepancy recorded at '" + at
                + "' gives other figures")));
    }

    private static Problem problem(String source, SourceMap lines, String path, String message) {
        return new Problem(source, lines.line(path), path, message);
    }

    private static Problem problem(String source, SourceMap lines, String path, String message, String hint) {
        return new Problem(source, lines.line(path), path, message, hint);
    }
}
