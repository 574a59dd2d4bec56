package vn.ocop.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation of a product by a council (or a producer's self-assessment): the dossier's
 * kind, the level, its dates, and the scores, given either as each member's total
 * ({@link #memberTotals()}) or as each member's full sheet ({@link #sheets()}), never both.
 *
 * @param id            the host system's identifier
 * @param productCode   the {@link Product#code()} evaluated
 * @param kind          first evaluation, upgrade, re-evaluation or self-assessment
 * @param level         where it is evaluated
 * @param filingDate    when the producer filed the dossier (ngày nộp hồ sơ); selects the rules for dossiers in
 *                      flight across a change of decision (26/2026/QĐ-TTg Điều 12.2)
 * @param decisionDate  when the council scored it / the competent body decided; empty while pending
 * @param memberTotals  each council member's total score (0–100), when sheets are not given
 * @param sheets        each member's sheet, option by option (26/2026 onwards)
 * @param knockOuts     ids of knock-out conditions found (e.g. {@code falsified-dossier}); see the criteria sheets;
 *                      kept sorted
 * @param minimumsMet   for evaluations given by totals only: the star levels whose starred minimums the council
 *                      confirmed as met (e.g. {@code [3, 4]}), kept sorted; empty when not stated
 * @param proposedOn    when the body below proposed the dossier for this level's round: the commune's People's
 *                      Committee for a provincial evaluation, the province's for a central one (26/2026/QĐ-TTg
 *                      Điều 5 places the dossier in a round by it); empty when not recorded (the filing date is then
 *                      used, an assumption the reasons name)
 */
public record Evaluation(String id, String productCode, EvaluationKind kind, EvaluationLevel level,
        LocalDate filingDate, Optional<LocalDate> decisionDate, List<BigDecimal> memberTotals, List<ScoreSheet> sheets,
        Set<String> knockOuts, Optional<Set<Integer>> minimumsMet, Optional<LocalDate> proposedOn) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * The most decimals a member total may have. Councils score in whole and half points; the limit
     * is far above what any double or written score needs and only refuses exponents such as
     * {@code 1e-999999999}, whose exact sums would run to a billion digits.
     */
    public static final int MAX_DECIMALS = 100;

    public Evaluation {
        Check.notBlank(id, "evaluation.id");
        Check.notBlank(productCode, "evaluation.productCode");
        Check.notNull(kind, "evaluation.kind");
        Check.notNull(level, "evaluation.level");
        Check.notNull(filingDate, "evaluation.filingDate");
        decisionDate = decisionDate == null ? Optional.empty() : decisionDate;
        memberTotals = memberTotals == null ? List.of() : ImmutableList.copyOf(Check.noNulls(memberTotals,
                "evaluation.memberTotals"));
        sheets = sheets == null ? List.of() : ImmutableList.copyOf(Check.noNulls(sheets, "evaluation.sheets"));
        // sets are kept in sorted order: what is written, and the order of the messages that name them, does not
        // depend on how the set was built (Set.of, a file read into a HashSet)
        knockOuts = knockOuts == null ? Set.of()
                : ImmutableSortedSet.copyOf(Check.noNulls(knockOuts, "evaluation.knockOuts"));
        minimumsMet = minimumsMet == null ? Optional.empty()
                : minimumsMet.map(m -> ImmutableSortedSet.copyOf(Check.noNulls(m, "evaluation.minimumsMet")));
        proposedOn = proposedOn == null ? Optional.empty() : proposedOn;
        if (proposedOn.isPresent() && decisionDate.isPresent() && decisionDate.get().isBefore(proposedOn.get())) {
            throw new IllegalArgumentException("evaluation.proposedOn must not be after decisionDate "
                    + decisionDate.get() + ", but was " + proposedOn.get());
        }
        if (decisionDate.isPresent() && decisionDate.get().isBefore(filingDate)) {
            throw new IllegalArgumentException("evaluation.decisionDate must not be before filingDate " + filingDate
                    + ", but was " + decisionDate.get());
        }
        for (int i = 0; i < memberTotals.size(); i++) {
            BigDecimal t = memberTotals.get(i);
            // 1e999999999 written out is a billion digits: such a value is shown as written
            String shown = Math.abs(t.scale()) > MAX_DECIMALS ? t.toString() : t.toPlainString();
            if (t.signum() < 0 || t.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException(
                        "evaluation.memberTotals[" + i + "] must be between 0 and 100, but was " + shown);
            }
            // an exponent such as 1e-999999999 would make every sum a number of a billion digits
            if (t.scale() > MAX_DECIMALS && t.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new IllegalArgumentException("evaluation.memberTotals[" + i + "] must have at most "
                        + MAX_DECIMALS + " decimals, but was " + shown);
            }
        }
        if (!memberTotals.isEmpty() && !sheets.isEmpty()) {
            throw new IllegalArgumentException(
                    "evaluation " + id + " gives both memberTotals and sheets; give one or the other");
        }
        if (minimumsMet.isPresent()) {
            for (Integer s : minimumsMet.get()) {
                Check.between(s == null ? 0 : s, 3, 5, "evaluation.minimumsMet entry");
            }
            if (!sheets.isEmpty()) {
                throw new IllegalArgumentException("evaluation " + id
                        + " gives minimumsMet and sheets; with sheets the minimums are read from the chosen options");
            }
        }
    }

    /** An evaluation without a recorded proposal date (the form used before proposal dates were kept). */
    public Evaluation(String id, String productCode, EvaluationKind kind, EvaluationLevel level, LocalDate filingDate,
            Optional<LocalDate> decisionDate, List<BigDecimal> memberTotals, List<ScoreSheet> sheets,
            Set<String> knockOuts, Optional<Set<Integer>> minimumsMet) {
        this(id, productCode, kind, level, filingDate, decisionDate, memberTotals, sheets, knockOuts, minimumsMet,
                Optional.empty());
    }

    /** True when the scores are given as full sheets. */
    public boolean scoredBySheets() {
        return !sheets.isEmpty();
    }

    /** True when neither totals nor sheets are given (e.g. a dossier filed and not yet scored). */
    public boolean unscored() {
        return memberTotals.isEmpty() && sheets.isEmpty();
    }

    /** A builder, for readable construction in host code and tests. */
    public static Builder builder(String id, String productCode) {
        return new Builder(id, productCode);
    }

    /** Builds an {@link Evaluation}; everything but id and product code has a default. */
    public static final class Builder {
        private final String id;
        private final String productCode;
        private EvaluationKind kind = EvaluationKind.FIRST;
        private EvaluationLevel level = EvaluationLevel.PROVINCE;
        private LocalDate filingDate;
        private LocalDate decisionDate;
        private final ImmutableList.Builder<BigDecimal> totals = ImmutableList.builder();
        private final ImmutableList.Builder<ScoreSheet> sheets = ImmutableList.builder();
        private final ImmutableSet.Builder<String> knockOuts = ImmutableSet.builder();
        private Set<Integer> minimumsMet;
        private LocalDate proposedOn;

        private Builder(String id, String productCode) {
            this.id = id;
            this.productCode = productCode;
        }

        public Builder kind(EvaluationKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder level(EvaluationLevel level) {
            this.level = level;
            return this;
        }

        public Builder filed(LocalDate date) {
            this.filingDate = date;
            return this;
        }

        /** The decision (council) date; when no filing date is set it is used as the filing date too. */
        public Builder decided(LocalDate date) {
            this.decisionDate = date;
            return this;
        }

        /** Adds one member total per argument. */
        public Builder memberTotals(double... totals) {
            for (double t : totals) {
                this.totals.add(BigDecimal.valueOf(t));
            }
            return this;
        }

        public Builder memberTotals(List<BigDecimal> totals) {
            this.totals.addAll(totals);
            return this;
        }

        public Builder sheet(ScoreSheet sheet) {
            this.sheets.add(sheet);
            return this;
        }

        public Builder knockOut(String id) {
            this.knockOuts.add(id);
            return this;
        }

        public Builder minimumsMet(Integer... stars) {
            this.minimumsMet = Set.of(stars);
            return this;
        }

        /** When the body below proposed the dossier for this level (26/2026/QĐ-TTg Điều 5). */
        public Builder proposed(LocalDate date) {
            this.proposedOn = date;
            return this;
        }

        public Evaluation build() {
            LocalDate filed = filingDate != null ? filingDate : decisionDate;
            return new Evaluation(id, productCode, kind, level, filed, Optional.ofNullable(decisionDate),
                    totals.build(), sheets.build(), knockOuts.build(), Optional.ofNullable(minimumsMet),
                    Optional.ofNullable(proposedOn));
        }
    }
}
