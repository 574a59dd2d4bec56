package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RoundAssignment;

/**
 * A pending dossier and the evaluation round its proposal date places it in, under the calendar
 * of the rulebook that governs the dossier (26/2026/QĐ-TTg Điều 5). The round is the first whose
 * proposal cut-off falls after the proposal date; {@code calendar.drl} assigns it and explains it.
 */
public final class RoundFact implements Explained {
    private final Evaluation evaluation;
    private final Rulebook rulebook;
    private final Rulebook.LevelRounds rounds;
    private final LocalDate proposedOn;
    private final boolean assumed;
    private final Rulebook.Round round;
    private final LocalDate cutOff;
    private final LocalDate heldBy;
    private boolean assigned;
    private final List<Reason> reasons = new ArrayList<>(2);

    private RoundFact(Evaluation evaluation, Rulebook rulebook, Rulebook.LevelRounds rounds) {
        this.evaluation = evaluation;
        this.rulebook = rulebook;
        this.rounds = rounds;
        this.assumed = evaluation.proposedOn().isEmpty();
        this.proposedOn = evaluation.proposedOn().orElse(evaluation.filingDate());
        Next next = next(rounds, proposedOn);
        this.round = next.round;
        this.cutOff = next.cutOff;
        this.heldBy = next.heldBy;
    }

    /**
     * The round fact of a pending evaluation, when the rulebook governing it fixes rounds for its level.
     *
     * @param asOf      the date judged: a dossier decided after it is still pending then
     * @param governing the rulebook that governs the dossier (chosen by its filing date)
     */
    public static Optional<RoundFact> of(Evaluation evaluation, LocalDate asOf, Rulebook governing) {
        boolean decided = evaluation.decisionDate().filter(d -> !d.isAfter(asOf)).isPresent();
        if (decided || governing.calendar().isEmpty()) {
            return Optional.empty();
        }
        Rulebook.LevelRounds r = governing.calendar().get().rounds().get(evaluation.level());
        return r == null ? Optional.empty() : Optional.of(new RoundFact(evaluation, governing, r));
    }

    /** A round and its dates. */
    record Next(Rulebook.Round round, LocalDate cutOff, LocalDate heldBy) {
    }

    /**
     * The first round whose cut-off is after {@code date} ("proposed before 30 April": the 30th is too late),
     * and the last day it may be held (the day before its deadline, in the first year the deadline follows the
     * cut-off).
     */
    static Next next(Rulebook.LevelRounds rounds, LocalDate date) {
        Next best = null;
        for (Rulebook.Round r : rounds.rounds()) {
            LocalDate cut = firstAfter(r.proposedBeforeDay(), date);
            LocalDate deadline = firstAfter(r.heldBeforeDay(), cut.minusDays(1));
            if (best == null || cut.isBefore(best.cutOff)) {
                best = new Next(r, cut, deadline.minusDays(1));
            }
        }
        return best;
    }

    /** The first {@code day} of the year after {@code date} (never {@code date} itself). */
    static LocalDate firstAfter(MonthDay day, LocalDate date) {
        LocalDate d = day.atYear(date.getYear());
        return d.isAfter(date) ? d : day.atYear(date.getYear() + 1);
    }

    // ------------------------------------------------------------------ facts read by the rules

    public String getEvaluationId() {
        return evaluation.id();
    }

    public EvaluationLevel getLevel() {
        return evaluation.level();
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    /** No proposal date was recorded: the filing date stands in for it. */
    public boolean isProposalDateAssumed() {
        return assumed;
    }

    public int getRound() {
        return round.round();
    }

    public int getYear() {
        return heldBy.getYear();
    }

    /** The last day before the round's proposal cut-off. */
    public LocalDate getProposalsBy() {
        return cutOff.minusDays(1);
    }

    public LocalDate getHeldBy() {
        return heldBy;
    }

    public LegalBasis getBasis() {
        return rounds.basis();
    }

    // ------------------------------------------------------------------ decisions

    /** Called by the rule that places the dossier. */
    public void assign() {
        assigned = true;
    }

    public Optional<RoundAssignment> toAssignment() {
        if (!assigned) {
            return Optional.empty();
        }
        return Optional.of(new RoundAssignment(evaluation.id(), evaluation.level(), round.round(), heldBy.getYear(),
                proposedOn, heldBy, reasons));
    }

    @Override
    public Rulebook rulebook() {
        return rulebook;
    }

    @Override
    public void explain(Reason reason) {
        reasons.add(reason);
    }

    @Override
    public Map<String, Object> messageValues() {
        return Map.of("evaluation", evaluation.id(), "levelVi", Levels.vi(evaluation.level()), "levelEn",
                Levels.en(evaluation.level()));
    }
}
