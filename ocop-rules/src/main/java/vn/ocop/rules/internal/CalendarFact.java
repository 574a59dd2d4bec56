package vn.ocop.rules.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.core.Authority;
import vn.ocop.core.LegalBasis;
import vn.ocop.core.LocalizedText;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.Party;
import vn.ocop.rules.Reason;
import vn.ocop.rules.ScheduledAction;

/**
 * The programme's calendar on a date: {@code calendar.drl} schedules the next evaluation rounds
 * from the rulebook's calendar ({@link NextRound} facts), and a provincial rule set the reports it
 * requires ({@link #dueBefore}).
 */
public final class CalendarFact implements Explained {
    private final LocalDate asOf;
    private final Rulebook rulebook;
    private final List<ScheduledAction> actions = new ArrayList<>(2);
    /** The action the rule firing now schedules; its reason, which comes right after, completes it. */
    private DueAction pending;
    private final boolean quangNgai;

    /**
     * @param asOf      the date
     * @param rulebook  the rulebook in force on it
     * @param quangNgai whether Quảng Ngãi's rule set is switched on
     */
    public CalendarFact(LocalDate asOf, Rulebook rulebook, boolean quangNgai) {
        this.asOf = asOf;
        this.rulebook = rulebook;
        this.quangNgai = quangNgai;
    }

    /** Quảng Ngãi's rule set is switched on. */
    public boolean isQuangNgai() {
        return quangNgai;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * The last day before the next {@code day}/{@code month} on or after the as-of date ("before 20 June" is due
     * by 19 June; on 20 June the next one is a year away).
     */
    public static LocalDate nextBefore(LocalDate asOf, int month, int day) {
        return RoundFact.firstAfter(MonthDay.of(month, day), asOf).minusDays(1);
    }

    /** Schedules an action due before the next {@code day}/{@code month}; the rule's citation is its basis. */
    public void dueBefore(int month, int day, Party party, Authority authority, String vi, String en,
            LegalBasis basis) {
        pending = new DueAction(party, java.util.Optional.ofNullable(authority), LocalizedText.of(vi, en),
                java.util.Optional.empty(), java.util.Optional.of(nextBefore(asOf, month, day)), basis);
    }

    /** The actions scheduled, each with the reason of the rule that scheduled it. */
    public List<ScheduledAction> toActions() {
        return actions;
    }

    @Override
    public Rulebook rulebook() {
        return rulebook;
    }

    @Override
    public void explain(Reason reason) {
        if (pending != null) {
            actions.add(new ScheduledAction(pending, List.of(reason)));
            pending = null;
        }
    }

    /** The next round of one level on a date, from the rulebook's calendar. */
    public static final class NextRound implements Explained {
        private final Rulebook rulebook;
        private final vn.ocop.core.EvaluationLevel level;
        private final Rulebook.LevelRounds rounds;
        private final RoundFact.Next next;
        private ScheduledAction action;
        private DueAction pending;

        public NextRound(LocalDate asOf, Rulebook rulebook, vn.ocop.core.EvaluationLevel level,
                Rulebook.LevelRounds rounds) {
            this.rulebook = rulebook;
            this.level = level;
            this.rounds = rounds;
            this.next = RoundFact.next(rounds, asOf);
        }

        public vn.ocop.core.EvaluationLevel getLevel() {
            return level;
        }

        public int getRound() {
            return next.round().round();
        }

        public int getYear() {
            return next.heldBy().getYear();
        }

        /** The last day to propose a dossier for the round. */
        public LocalDate getProposalsBy() {
            return next.cutOff().minusDays(1);
        }

        public LocalDate getHeldBy() {
            return next.heldBy();
        }

        public LegalBasis getBasis() {
            return rounds.basis();
        }

        /** Called by the rule: the body that holds the round must hold it by {@link #getHeldBy()}. */
        public void schedule(Authority who, String vi, String en) {
            pending = new DueAction(Party.AUTHORITY, java.util.Optional.ofNullable(who), LocalizedText.of(vi, en),
                    java.util.Optional.empty(), java.util.Optional.of(next.heldBy()), rounds.basis());
        }

        public java.util.Optional<ScheduledAction> toAction() {
            return java.util.Optional.ofNullable(action);
        }

        @Override
        public Rulebook rulebook() {
            return rulebook;
        }

        @Override
        public void explain(Reason reason) {
            if (pending != null) {
                action = new ScheduledAction(pending, List.of(reason));
            }
        }

        @Override
        public Map<String, Object> messageValues() {
            return Map.of("levelVi", Levels.vi(level), "levelEn", Levels.en(level));
        }
    }
}
