package vn.ocop.core.rulebook;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.Authority;
import vn.ocop.core.Check;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.ProducerType;
import vn.ocop.core.scoring.Average;

/**
 * The rules of one regulation period, as data: when it is in force, how scores map to stars,
 * who certifies and revokes each star, the certificate term, the re-evaluation timings, the
 * transition rules, and the explicit choices the project made where the law is silent. One
 * YAML file per period under {@code vn/ocop/rulebooks/}; see {@code docs/rulebook-format.md}.
 *
 * <p>Every figure carries its legal basis. The constructor checks the file's internal
 * consistency (bands contiguous, parts adding up, windows ordered) and reports every problem.
 *
 * @param schema         always {@code ocop-rulebook/1}
 * @param id             stable id, e.g. {@code QD26_2026}
 * @param decision       the governing instrument(s), e.g. {@code 148/QĐ-TTg + 1489/QĐ-TTg}
 * @param title          what the period is
 * @param signed         the decision's date
 * @param effectiveFrom  first day the period applies
 * @param effectiveUntil last day the period applies (inclusive); empty for the period in force
 * @param source         how sure we are of the text behind this file
 * @param scoring        score → star
 * @param levels         the evaluation levels that exist in the period, each with the provision that sets it up
 * @param districtLevelUntil the last day district People's Committees existed, when the period spans it
 * @param certification  who certifies which star, forwarding, producers admitted
 * @param certificate    the certificate's term
 * @param reEvaluation   notice, filing window, decision time and grace
 * @param upgrade        upgrade rules
 * @param revocation     who revokes which star and by when
 * @param transition     how dossiers and certificates cross into this period
 * @param assumptions    choices made where the law is silent or unconfirmed
 * @param calendar       the evaluation rounds the decision fixes, when it fixes them (26/2026 Điều 5)
 */
public record Rulebook(String schema, String id, String decision, LocalizedText title, LocalDate signed,
        LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil, Source source, Scoring scoring,
        Map<EvaluationLevel, LegalBasis> levels, Optional<LocalDate> districtLevelUntil, Certification certification,
        CertificateTerm certificate, ReEvaluation reEvaluation, Upgrade upgrade, Revocation revocation,
        Transition transition, List<Assumption> assumptions, Optional<Calendar> calendar) {

    public static final String SCHEMA = "ocop-rulebook/1";

    public Rulebook {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema must be '" + SCHEMA + "', but was '" + schema + "'");
        }
        Check.notBlank(id, "id");
        if (!id.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("id must be upper-case letters, digits and '_' (e.g. QD26_2026), but was '"
                    + id + "'");
        }
        Check.notBlank(decision, "decision");
        Check.notNull(title, "title");
        Check.notNull(signed, "signed");
        Check.notNull(effectiveFrom, "effectiveFrom");
        effectiveUntil = effectiveUntil == null ? Optional.empty() : effectiveUntil;
        Check.notNull(source, "source");
        Check.notNull(scoring, "scoring");
        levels = ImmutableMap.copyOf(new EnumMap<>(Check.notNull(levels, "levels")));
        districtLevelUntil = districtLevelUntil == null ? Optional.empty() : districtLevelUntil;
        Check.notNull(certification, "certification");
        Check.notNull(certificate, "certificate");
        Check.notNull(reEvaluation, "reEvaluation");
        Check.notNull(upgrade, "upgrade");
        Check.notNull(revocation, "revocation");
        Check.notNull(transition, "transition");
        assumptions = assumptions == null ? List.of() : ImmutableList.copyOf(assumptions);
        calendar = calendar == null ? Optional.empty() : calendar;

        List<String> problems = new ArrayList<>();
        if (effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom)) {
            problems.add("effectiveUntil: must not be before effectiveFrom " + effectiveFrom + ", but was "
                    + effectiveUntil.get());
        }
        if (levels.isEmpty()) {
            problems.add("levels: at least one evaluation level is required");
        }
        if (districtLevelUntil.isPresent() && !levels.containsKey(EvaluationLevel.DISTRICT)) {
            problems.add("districtLevelUntil: given, but levels does not include DISTRICT");
        }
        for (Map.Entry<Integer, CertifyingBody> e : certification.byStars().entrySet()) {
            if (e.getKey() < certification.minimumStars() || e.getKey() > 5) {
                problems.add("certification.byStars." + e.getKey() + ": only stars " + certification.minimumStars()
                        + " to 5 are certified");
            }
            if (!levels.containsKey(e.getValue().level())) {
                problems.add("certification.byStars." + e.getKey() + ".level: " + e.getValue().level()
                        + " is not one of this period's levels " + levels.keySet());
            }
        }
        for (int s = certification.minimumStars(); s <= 5; s++) {
            if (!certification.byStars().containsKey(s)) {
                problems.add("certification.byStars: no certifying body for " + s + " stars");
            }
            if (!revocation.byStars().containsKey(s)) {
                problems.add("revocation.byStars: no revoking authority for " + s + " stars");
            }
        }
        for (Forwarding f : certification.forwarding()) {
            if (!levels.containsKey(f.from()) || !levels.containsKey(f.to())) {
                problems.add("certification.forwarding: " + f.from() + " → " + f.to()
                        + " names a level this period does not have " + levels.keySet());
            }
            if (f.minimumAverage().compareTo(BigDecimal.valueOf(scoring.total())) > 0) {
                problems.add("certification.forwarding: minimumAverage " + f.minimumAverage()
                        + " is above the total " + scoring.total());
            }
        }
        for (String p : scoring.problems()) {
            problems.add("scoring." + p);
        }
        if (calendar.isPresent()) {
            for (EvaluationLevel l : calendar.get().rounds().keySet()) {
                if (!levels.containsKey(l)) {
                    problems.add("calendar.rounds." + l + ": " + l + " is not one of this period's levels "
                            + levels.keySet());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** True when {@code date} falls in this period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveUntil.map(u -> !date.isAfter(u)).orElse(true);
    }

    /** The star band an exact average falls in (1 to 5), after the rulebook's rounding if any. */
    public int starsFor(Average average) {
        return BandTable.of(this).starsFor(average);
    }

    /** The lower limit of the band for {@code stars}. */
    public BigDecimal bandFrom(int stars) {
        Band b = scoring.bands().get(stars);
        if (b == null) {
            throw new IllegalArgumentException("stars must be between 1 and 5, but was " + stars);
        }
        return b.from();
    }

    /** The assumption with the given id, if this rulebook records it. */
    public Optional<Assumption> assumption(String assumptionId) {
        return assumptions.stream().filter(a -> a.id().equals(assumptionId)).findFirst();
    }

    /** Whether criteria sheets are used (otherwise the period rates by average total only). */
    public boolean hasCriteriaSheets() {
        return scoring.criteria().isPresent();
    }

    // ------------------------------------------------------------------ nested records

    /** Where the rulebook's facts come from and how sure we are. */
    public record Source(Confidence confidence, String note) {
        public Source {
            Check.notNull(confidence, "source.confidence");
            Check.notBlank(note, "source.note");
        }
    }

    /** How an average is rounded before it is compared with the bands. */
    public enum Rounding {
        /** Compared exactly (26/2026 states no rounding). */
        NONE(-1),
        HALF_UP_0(0),
        HALF_UP_1(1),
        HALF_UP_2(2);

        private final int decimals;

        Rounding(int decimals) {
            this.decimals = decimals;
        }

        public Average apply(Average a) {
            return decimals < 0 ? a : a.rounded(decimals);
        }
    }

    /** What happens when the score reaches a band but a starred minimum of that band is missing. */
    public enum MinimumPolicy {
        /** Award the highest star whose starred minimums are all met (and whose band the score reaches). */
        HIGHEST_STAR_MET,
        /** The product is "không đạt" (not achieved) at that level: no star is awarded. */
        NOT_ACHIEVED
    }

    /** How a starred minimum is judged met when council members chose differently on its criterion. */
    public enum MinimumConsensus {
        /** Met when the members' average points on the criterion reach the starred option's points. */
        AVERAGE_POINTS,
        /** Met when more than half of the members chose the starred option or a better one. */
        MAJORITY,
        /** Met only when every member chose the starred option or a better one. */
        EVERY_MEMBER
    }

    /**
     * A star band, a half-open interval {@code [from, below)}; the top band has no {@code below} and
     * runs to the total.
     */
    public record Band(BigDecimal from, Optional<BigDecimal> below) {
        public Band {
            Check.notNull(from, "from");
            below = below == null ? Optional.empty() : below;
        }
    }

    /** How scores become stars. */
    public record Scoring(Map<Part, Integer> parts, int total, Rounding rounding,
            java.util.SortedMap<Integer, Band> bands, LegalBasis basis, Optional<String> criteria,
            MinimumPolicy minimumPolicy, MinimumConsensus minimumConsensus, Optional<LegalBasis> minimumBasis,
            Optional<LegalBasis> knockOutBasis) {

        public Scoring {
            knockOutBasis = knockOutBasis == null ? Optional.empty() : knockOutBasis;
            Check.notNull(parts, "scoring.parts");
            parts = ImmutableMap.copyOf(new EnumMap<>(parts));
            Check.notNull(rounding, "scoring.rounding");
            Check.notNull(bands, "scoring.bands");
            bands = ImmutableSortedMap.copyOf(bands);
            Check.notNull(basis, "scoring.basis");
            criteria = criteria == null ? Optional.empty() : criteria;
            Check.notNull(minimumPolicy, "scoring.minimumPolicy");
            Check.notNull(minimumConsensus, "scoring.minimumConsensus");
            minimumBasis = minimumBasis == null ? Optional.empty() : minimumBasis;
        }

        /** Internal-consistency problems as {@code "<key>: <message>"}; empty when consistent. */
        List<String> problems() {
            List<String> out = new ArrayList<>();
            for (Part p : Part.values()) {
                if (!parts.containsKey(p)) {
                    out.add("parts: no maximum for part " + p);
                }
            }
            int sum = parts.values().stream().mapToInt(Integer::intValue).sum();
            if (sum != total) {
                out.add("parts: " + parts + " add up to " + sum + ", but total is " + total);
            }
            for (int s = 1; s <= 5; s++) {
                if (!bands.containsKey(s)) {
                    out.add("bands: no band for " + s + " stars");
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            BigDecimal expectedFrom = BigDecimal.ZERO;
            for (Map.Entry<Integer, Band> e : bands.entrySet()) {
                int s = e.getKey();
                Band b = e.getValue();
                if (s < 1 || s > 5) {
                    out.add("bands." + s + ": stars must be between 1 and 5");
                    continue;
                }
                if (b.from().compareTo(expectedFrom) != 0) {
                    out.add("bands." + s + ".from: must be " + expectedFrom.toPlainString()
                            + " (where the band below ends) so that no score falls in a gap or two bands, but was "
                            + b.from().toPlainString());
                }
                if (s < 5) {
                    if (b.below().isEmpty()) {
                        out.add("bands." + s + ".below: required for every band but the top one");
                        expectedFrom = b.from();
                    } else {
                        if (b.below().get().compareTo(b.from()) <= 0) {
                            out.add("bands." + s + ".below: must be above from " + b.from().toPlainString()
                                    + ", but was " + b.below().get().toPlainString());
                        }
                        expectedFrom = b.below().get();
                    }
                } else if (b.below().isPresent()) {
                    out.add("bands.5.below: the top band runs to the total " + total + "; remove 'below'");
                } else if (b.from().compareTo(BigDecimal.valueOf(total)) > 0) {
                    out.add("bands.5.from: must not be above the total " + total);
                }
            }
            return out;
        }
    }

    /** Who certifies a star: the level and the authority. */
    public record CertifyingBody(EvaluationLevel level, Authority authority, LegalBasis basis) {
        public CertifyingBody {
            Check.notNull(level, "level");
            Check.notNull(authority, "authority");
            Check.notNull(basis, "basis");
        }
    }

    /** A level forwarding products that reach a score to the next level. */
    public record Forwarding(EvaluationLevel from, EvaluationLevel to, BigDecimal minimumAverage, LegalBasis basis,
            Optional<Confidence> confidence) {
        public Forwarding {
            Check.notNull(from, "from");
            Check.notNull(to, "to");
            Check.notNull(minimumAverage, "minimumAverage");
            Check.notNull(basis, "basis");
            confidence = confidence == null ? Optional.empty() : confidence;
        }
    }

    /** Producers admitted to apply. */
    public record Producers(Set<ProducerType> eligible, Set<ProducerType> tourismOnly, LegalBasis basis) {
        public Producers {
            eligible = ImmutableSet.copyOf(Check.notNull(eligible, "producers.eligible"));
            tourismOnly = tourismOnly == null ? Set.of() : ImmutableSet.copyOf(tourismOnly);
            Check.notNull(basis, "producers.basis");
        }
    }

    /** Certification: minimum star, who certifies, forwarding between levels, producers admitted. */
    public record Certification(int minimumStars, LegalBasis basis, java.util.SortedMap<Integer, CertifyingBody> byStars,
            List<Forwarding> forwarding, Optional<LegalBasis> centralFallback, Producers producers) {
        public Certification {
            Check.between(minimumStars, 1, 5, "certification.minimumStars");
            Check.notNull(basis, "certification.basis");
            byStars = ImmutableSortedMap.copyOf(Check.notNull(byStars, "certification.byStars"));
            forwarding = forwarding == null ? List.of() : ImmutableList.copyOf(forwarding);
            centralFallback = centralFallback == null ? Optional.empty() : centralFallback;
            Check.notNull(producers, "certification.producers");
        }
    }

    /** The certificate's term. */
    public record CertificateTerm(int termMonths, LegalBasis basis) {
        public CertificateTerm {
            Check.between(termMonths, 1, 120, "certificate.termMonths");
            Check.notNull(basis, "certificate.basis");
        }
    }

    /** A number of days with its basis. */
    public record Days(int days, LegalBasis basis) {
        public Days {
            Check.between(days, 0, 3650, "days");
            Check.notNull(basis, "basis");
        }
    }

    /** The issuing body's notice to the producer before expiry (148/QĐ-TTg). */
    public record Notice(int daysBeforeExpiry, LegalBasis basis, Optional<Confidence> confidence) {
        public Notice {
            Check.between(daysBeforeExpiry, 1, 3650, "notice.daysBeforeExpiry");
            Check.notNull(basis, "notice.basis");
            confidence = confidence == null ? Optional.empty() : confidence;
        }
    }

    /** When a re-evaluation dossier may be filed, counted back from the expiry date (26/2026 Điều 7.6.a). */
    public record FilingWindow(int earliestDaysBeforeExpiry, int latestDaysBeforeExpiry, LegalBasis basis) {
        public FilingWindow {
            Check.between(latestDaysBeforeExpiry, 0, 3650, "filingWindow.latestDaysBeforeExpiry");
            if (earliestDaysBeforeExpiry <= latestDaysBeforeExpiry) {
                throw new IllegalArgumentException("filingWindow.earliestDaysBeforeExpiry must be more than "
                        + "latestDaysBeforeExpiry " + latestDaysBeforeExpiry + ", but was " + earliestDaysBeforeExpiry);
            }
            Check.notNull(basis, "filingWindow.basis");
        }
    }

    /** Which late filers the grace covers. */
    public enum GraceScope {
        /**
         * Only certificates whose filing window had already closed when the period took effect (reading
         * 26/2026 Điều 12.3 as the transitional clause it is placed in).
         */
        WINDOW_CLOSED_BEFORE_EFFECTIVE,
        /** Every certificate whose re-evaluation was filed after its window closed. */
        ANY_LATE_FILING
    }

    /** Validity kept while a late-filed re-evaluation is pending (26/2026 Điều 12.3). */
    public record Grace(int maxDaysAfterExpiry, GraceScope appliesTo, LegalBasis basis) {
        public Grace {
            Check.between(maxDaysAfterExpiry, 1, 3650, "grace.maxDaysAfterExpiry");
            Check.notNull(appliesTo, "grace.appliesTo");
            Check.notNull(basis, "grace.basis");
        }
    }

    /** Re-evaluation timings; each is absent when the period does not set it. */
    public record ReEvaluation(Optional<Notice> notice, Optional<FilingWindow> filingWindow,
            Optional<Days> decisionDays, Optional<Grace> grace) {
        public ReEvaluation {
            notice = notice == null ? Optional.empty() : notice;
            filingWindow = filingWindow == null ? Optional.empty() : filingWindow;
            decisionDays = decisionDays == null ? Optional.empty() : decisionDays;
            grace = grace == null ? Optional.empty() : grace;
        }
    }

    /**
     * The evaluation rounds a decision fixes, by level: e.g. under 26/2026 Điều 5.1 the province holds round 1
     * before 30 June for dossiers the commune proposed before 30 April, round 2 before 30 December for those
     * proposed before 30 October.
     *
     * @param rounds the rounds of each level
     */
    public record Calendar(Map<EvaluationLevel, LevelRounds> rounds) {
        public Calendar {
            rounds = ImmutableMap.copyOf(new EnumMap<>(Check.notNull(rounds, "calendar.rounds")));
            if (rounds.isEmpty()) {
                throw new IllegalArgumentException("calendar.rounds: at least one level is required");
            }
        }
    }

    /**
     * The rounds of one level in a year, and the provision that fixes them.
     *
     * @param basis  the provision, e.g. {@code 26/2026/QĐ-TTg, Điều 5.1}
     * @param rounds the rounds, each with its proposal cut-off and its deadline
     */
    public record LevelRounds(LegalBasis basis, List<Round> rounds) {
        public LevelRounds {
            Check.notNull(basis, "basis");
            rounds = ImmutableList.copyOf(Check.noNulls(Check.notNull(rounds, "rounds"), "rounds"));
            if (rounds.isEmpty()) {
                throw new IllegalArgumentException("rounds: at least one round is required");
            }
            java.util.Set<java.time.MonthDay> cutOffs = new java.util.HashSet<>();
            for (Round r : rounds) {
                if (!cutOffs.add(r.proposedBeforeDay())) {
                    throw new IllegalArgumentException("rounds: two rounds share the cut-off " + r.proposedBefore());
                }
            }
        }
    }

    /**
     * One round: dossiers proposed before {@code proposedBefore} (day and month, {@code MM-DD}) are
     * evaluated in the round held before {@code heldBefore}, the first such day after the cut-off.
     *
     * @param round          the round's number in the decision (1, 2, …)
     * @param proposedBefore the proposal cut-off, {@code MM-DD}, e.g. {@code 04-30} for "before 30 April"
     * @param heldBefore     the round's deadline, {@code MM-DD}, e.g. {@code 06-30} for "before 30 June"
     */
    public record Round(int round, String proposedBefore, String heldBefore) {
        public Round {
            Check.between(round, 1, 12, "round");
            monthDay(proposedBefore, "proposedBefore");
            monthDay(heldBefore, "heldBefore");
        }

        /** The cut-off as a {@link java.time.MonthDay}. */
        public java.time.MonthDay proposedBeforeDay() {
            return monthDay(proposedBefore, "proposedBefore");
        }

        /** The deadline as a {@link java.time.MonthDay}. */
        public java.time.MonthDay heldBeforeDay() {
            return monthDay(heldBefore, "heldBefore");
        }

        private static java.time.MonthDay monthDay(String text, String field) {
            Check.notBlank(text, field);
            try {
                java.time.MonthDay d = java.time.MonthDay.parse("--" + text);
                if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29) {
                    throw new IllegalArgumentException(field + ": 02-29 does not occur every year; choose another day");
                }
                return d;
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(field + " must be a day of the year written MM-DD (e.g. 04-30 for "
                        + "30 April), but was '" + text + "'");
            }
        }
    }

    /** Upgrade rules: the basis, and a holding period (none found in any decision: 0). */
    public record Upgrade(int minimumMonthsHeld, LegalBasis basis) {
        public Upgrade {
            Check.between(minimumMonthsHeld, 0, 120, "upgrade.minimumMonthsHeld");
            Check.notNull(basis, "upgrade.basis");
        }
    }

    /** Who may revoke a star. */
    public record RevokingBody(Authority authority, LegalBasis basis, Optional<Confidence> confidence) {
        public RevokingBody {
            Check.notNull(authority, "authority");
            Check.notNull(basis, "basis");
            confidence = confidence == null ? Optional.empty() : confidence;
        }
    }

    /** How the revoking authority is found. */
    public enum RevokingRule {
        /** From the table by stars ({@code byStars}), whoever issued the certificate (26/2026 Điều 8.2). */
        BY_STARS,
        /**
         * The body that issued the certificate revokes it (provincial practice before 26/2026); the
         * {@code byStars} table is used when the issuer is unknown.
         */
        ISSUING_BODY
    }

    /** Revocation: the national grounds (when the period has them), who revokes, and by when. */
    public record Revocation(boolean nationalGrounds, RevokingRule authority, Optional<Days> deadline,
            java.util.SortedMap<Integer, RevokingBody> byStars) {
        public Revocation {
            Check.notNull(authority, "revocation.authority");
            deadline = deadline == null ? Optional.empty() : deadline;
            byStars = ImmutableSortedMap.copyOf(Check.notNull(byStars, "revocation.byStars"));
        }
    }

    /** Which date selects the rules for a dossier filed before this period and decided in it. */
    public enum DossierSelection {
        /** The rules in force when the dossier was filed (26/2026 Điều 12.2). */
        FILING_DATE,
        /** The rules in force when the council decides. */
        DECISION_DATE
    }

    /** Dossiers filed under the previous period and decided in this one. */
    public record InFlight(DossierSelection selectBy, Optional<Integer> firstOrUpgradeDays,
            Optional<Integer> reEvaluationDays, LegalBasis basis, Optional<Confidence> confidence) {
        public InFlight {
            Check.notNull(selectBy, "inFlight.selectBy");
            firstOrUpgradeDays = firstOrUpgradeDays == null ? Optional.empty() : firstOrUpgradeDays;
            reEvaluationDays = reEvaluationDays == null ? Optional.empty() : reEvaluationDays;
            Check.notNull(basis, "inFlight.basis");
            confidence = confidence == null ? Optional.empty() : confidence;
        }
    }

    /** How the period treats what started before it. */
    public record Transition(InFlight inFlight, LegalBasis existingCertificates) {
        public Transition {
            Check.notNull(inFlight, "transition.inFlight");
            Check.notNull(existingCertificates, "transition.existingCertificates");
        }
    }

    /**
     * A choice the project made where the law is silent, ambiguous or unconfirmed; reasons that
     * rely on it name it.
     *
     * @param id      stable id, e.g. {@code month-end}
     * @param text    what was chosen and why
     * @param setting the rulebook key that configures it, if it is configurable
     */
    public record Assumption(String id, LocalizedText text, Optional<String> setting) {
        public Assumption {
            Check.notBlank(id, "assumption.id");
            Check.notNull(text, "assumption.text");
            setting = setting == null ? Optional.empty() : setting;
        }
    }
}
