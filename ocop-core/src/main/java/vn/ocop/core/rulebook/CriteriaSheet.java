package vn.ocop.core.rulebook;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Check;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.Ministry;
import vn.ocop.core.ProductSet;
import vn.ocop.core.Sector;

/**
 * One product set's scoring sheet (phiếu đánh giá, Phụ lục II of 26/2026/QĐ-TTg): parts →
 * sections → criteria → options with points, the starred minimums and the knock-out
 * conditions, with the Vietnamese text verbatim and a short English label. The file format is
 * {@code ocop-criteria/1}, described in {@code docs/criteria-format.md}.
 *
 * <p>Construction checks only what each element needs; the sums are checked by
 * {@link CriteriaLoader}, which knows the file's lines.
 */
public record CriteriaSheet(String schema, String rulebook, ProductSet productSet, int number, LocalizedText name,
        Sector sector, LocalizedText group, List<Ministry> leadAgencies, SheetSource source, List<KnockOut> knockOuts,
        List<SheetPart> parts, List<Discrepancy> discrepancies) {

    public static final String SCHEMA = "ocop-criteria/1";

    public CriteriaSheet {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema must be '" + SCHEMA + "', but was '" + schema + "'");
        }
        Check.notBlank(rulebook, "rulebook");
        Check.notNull(productSet, "productSet");
        Check.between(number, 1, 99, "number");
        Check.notNull(name, "name");
        Check.notNull(sector, "sector");
        Check.notNull(group, "group");
        leadAgencies = ImmutableList.copyOf(Check.noNulls(Check.notNull(leadAgencies, "leadAgencies"), "leadAgencies"));
        Check.notNull(source, "source");
        knockOuts = knockOuts == null ? List.of() : ImmutableList.copyOf(knockOuts);
        parts = ImmutableList.copyOf(Check.noNulls(Check.notNull(parts, "parts"), "parts"));
        discrepancies = discrepancies == null ? List.of() : ImmutableList.copyOf(discrepancies);
    }

    /**
     * Lookups derived from a sheet, built once per sheet instance (sheets are immutable) and held
     * as long as the sheet is: scoring reads them for every member's sheet. Keys are compared by
     * identity, so a lookup never hashes a whole sheet.
     */
    private static final LoadingCache<CriteriaSheet, Index> INDEXES = CacheBuilder.newBuilder().weakKeys()
            .build(CacheLoader.from(Index::new));

    private static final class Index {
        final ImmutableMap<String, Criterion> criteria;
        final ImmutableMap<String, Part> parts;
        final ImmutableMap<String, Section> sections;
        final ImmutableList<StarredOption> starred;

        Index(CriteriaSheet sheet) {
            Map<String, Criterion> c = new LinkedHashMap<>();
            Map<String, Part> p = new LinkedHashMap<>();
            Map<String, Section> s = new LinkedHashMap<>();
            List<StarredOption> st = new ArrayList<>();
            for (SheetPart part : sheet.parts()) {
                for (Section section : part.sections()) {
                    for (Criterion criterion : section.criteria()) {
                        c.putIfAbsent(criterion.id(), criterion);
                        p.putIfAbsent(criterion.id(), part.id());
                        s.putIfAbsent(criterion.id(), section);
                        for (Option o : criterion.options()) {
                            o.minimumFor().ifPresent(star -> st.add(new StarredOption(criterion, o, star)));
                        }
                    }
                }
            }
            this.criteria = ImmutableMap.copyOf(c);
            this.parts = ImmutableMap.copyOf(p);
            this.sections = ImmutableMap.copyOf(s);
            this.starred = ImmutableList.copyOf(st);
        }
    }

    private Index index() {
        return INDEXES.getUnchecked(this);
    }

    /** Every criterion, in sheet order, keyed by id (read-only). */
    public Map<String, Criterion> criteria() {
        return index().criteria;
    }

    /** The part a criterion belongs to. */
    public Optional<Part> partOf(String criterionId) {
        return Optional.ofNullable(index().parts.get(criterionId));
    }

    /** The section a criterion belongs to. */
    public Optional<Section> sectionOf(String criterionId) {
        return Optional.ofNullable(index().sections.get(criterionId));
    }

    /** The knock-out with the given id. */
    public Optional<KnockOut> knockOut(String id) {
        return knockOuts.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** The starred options, in sheet order (read-only). */
    public List<StarredOption> starredOptions() {
        return index().starred;
    }

    /** The sum of the parts' points (100 for a consistent sheet). */
    public int total() {
        return parts.stream().mapToInt(SheetPart::points).sum();
    }

    // ------------------------------------------------------------------ nested records

    /** Where the sheet is in the legal text. */
    public record SheetSource(String document, List<Integer> lines) {
        public SheetSource {
            Check.notBlank(document, "source.document");
            lines = ImmutableList.copyOf(Check.notNull(lines, "source.lines"));
            if (lines.size() != 2 || lines.get(0) > lines.get(1)) {
                throw new IllegalArgumentException("source.lines must be [first, last], but was " + lines);
            }
        }
    }

    /** Whether a knock-out rejects the dossier or only stops the scoring of a section. */
    public enum KnockOutScope {
        /** "Hồ sơ bị loại" — the dossier is rejected whatever the score. */
        DOSSIER,
        /** "Không xem xét các chỉ tiêu khác" — the section's other criteria are not scored (count 0). */
        SECTION
    }

    /** A knock-out condition. */
    public record KnockOut(String id, KnockOutScope scope, Optional<String> criterion, String vi, String en, int line) {
        public KnockOut {
            Check.notBlank(id, "knockOut.id");
            Check.notNull(scope, "knockOut.scope");
            criterion = criterion == null ? Optional.empty() : criterion;
            Check.notBlank(vi, "knockOut.vi");
            Check.notBlank(en, "knockOut.en");
            Check.atLeast(line, 1, "knockOut.line");
            if (scope == KnockOutScope.SECTION && criterion.isEmpty()) {
                throw new IllegalArgumentException("knockOut.criterion is required for a SECTION knock-out ('" + id + "')");
            }
        }

        public LocalizedText text() {
            return LocalizedText.of(vi, en);
        }
    }

    /** Part A, B or C. */
    public record SheetPart(Part id, String vi, String en, int points, int line, List<Section> sections) {
        public SheetPart {
            Check.notNull(id, "part.id");
            Check.notBlank(vi, "part.vi");
            Check.notBlank(en, "part.en");
            Check.between(points, 0, 100, "part.points");
            Check.atLeast(line, 1, "part.line");
            sections = ImmutableList.copyOf(Check.noNulls(Check.notNull(sections, "part.sections"), "part.sections"));
        }
    }

    /** A numbered section (1. TỔ CHỨC SẢN XUẤT …). */
    public record Section(String id, String vi, String en, int points, int line, List<Criterion> criteria) {
        public Section {
            Check.notBlank(id, "section.id");
            Check.notBlank(vi, "section.vi");
            Check.notBlank(en, "section.en");
            Check.between(points, 0, 100, "section.points");
            Check.atLeast(line, 1, "section.line");
            criteria = ImmutableList.copyOf(Check.noNulls(Check.notNull(criteria, "section.criteria"),
                    "section.criteria"));
        }

        public LocalizedText label() {
            return LocalizedText.of(vi, en);
        }
    }

    /** A criterion (tiêu chí) with its maximum and its options. */
    public record Criterion(String id, String vi, String en, int points, int line, List<Note> notes,
            List<Option> options) {
        public Criterion {
            Check.notBlank(id, "criterion.id");
            Check.notBlank(vi, "criterion.vi");
            Check.notBlank(en, "criterion.en");
            Check.between(points, 0, 100, "criterion.points");
            Check.atLeast(line, 1, "criterion.line");
            notes = notes == null ? List.of() : ImmutableList.copyOf(notes);
            options = options == null ? List.of() : ImmutableList.copyOf(options);
        }

        public LocalizedText label() {
            return LocalizedText.of(vi, en);
        }

        /** The option with the given id. */
        public Optional<Option> option(String optionId) {
            for (Option o : options) {
                if (o.id().equals(optionId)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /** A note printed under a criterion ("Yêu cầu: …", "Ghi chú: …"). */
    public record Note(String vi, int line) {
        public Note {
            Check.notBlank(vi, "note.vi");
            Check.atLeast(line, 1, "note.line");
        }
    }

    /** A tick-box option (□) and its points; {@code minimumFor} when it is marked with stars. */
    public record Option(String id, String vi, String en, int points, Optional<Integer> minimumFor, int line) {
        public Option {
            Check.notBlank(id, "option.id");
            Check.notBlank(vi, "option.vi");
            Check.notBlank(en, "option.en");
            Check.between(points, 0, 100, "option.points");
            minimumFor = minimumFor == null ? Optional.empty() : minimumFor;
            minimumFor.ifPresent(s -> Check.between(s, 3, 5, "option.minimumFor"));
            Check.atLeast(line, 1, "option.line");
        }

        public LocalizedText label() {
            return LocalizedText.of(vi, en);
        }
    }

    /**
     * A figure the legal text states differently from what its items add up to, or an option printed
     * with more points than its criterion allows.
     *
     * @param at      the part, section or criterion id
     * @param option  for a misprinted option: its id
     * @param stated  the figure printed in the heading (or the criterion's maximum, for an option)
     * @param sum     what the items add up to (or the option's printed points)
     * @param applies for a misprinted option: the points the library scores instead (never more than the
     *                criterion's maximum); every rating that uses it says so
     * @param line    the line in the legal text
     * @param note    the explanation
     */
    public record Discrepancy(String at, Optional<String> option, int stated, int sum, Optional<Integer> applies,
            int line, String note) {
        public Discrepancy {
            Check.notBlank(at, "discrepancy.at");
            option = option == null ? Optional.empty() : option;
            applies = applies == null ? Optional.empty() : applies;
            Check.atLeast(line, 1, "discrepancy.line");
            Check.notBlank(note, "discrepancy.note");
            if (applies.isPresent() != option.isPresent()) {
                throw new IllegalArgumentException("discrepancy.applies and discrepancy.option go together: a "
                        + "misprinted option names its id and the points the library applies");
            }
        }
    }

    /** The points the library applies for an option printed with a misprint, if the file records one. */
    public Optional<Discrepancy> misprint(String criterionId, String optionId) {
        for (Discrepancy d : discrepancies) {
            if (d.option().isPresent() && d.at().equals(criterionId) && d.option().get().equals(optionId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A starred option with its criterion. */
    public record StarredOption(Criterion criterion, Option option, int minimumFor) {
    }
}
