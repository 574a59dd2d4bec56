package vn.ocop.rules.scenario;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.core.Authority;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.rules.LifecycleState;
import vn.ocop.rules.Party;
import vn.ocop.rules.RatingOutcome;
import vn.ocop.rules.RevocationGround;
import vn.ocop.rules.UpgradePath;
import vn.ocop.rules.WindowState;
import vn.ocop.core.TraceabilityKind;
import vn.ocop.rules.ShelfProblem;
import vn.ocop.rules.TraceabilityProblem;

/**
 * What a scenario expects. Every field given is compared; a field left out is not. Lists of rule
 * ids and of missing minimums are compared as sets (the same elements, any order).
 */
public final class Expectations {
    private Expectations() {
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? null : ImmutableList.copyOf(l);
    }

    private static List<String> absentFields(List<String> names, List<String> allowed) {
        if (names == null) {
            return List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            if (!allowed.contains(names.get(i))) {
                throw new IllegalArgumentException("absent[" + i + "]: '" + names.get(i) + "' cannot be expected absent "
                        + "here; one of " + allowed);
            }
        }
        return ImmutableList.copyOf(names);
    }

    /**
     * The rating of one evaluation.
     *
     * @param evaluation         which evaluation (its id); when left out, the latest
     * @param rulebook           the rulebook applied
     * @param outcome            RATED, FORWARDED, REJECTED, NOT_ACHIEVED, NOT_RATED or PENDING
     * @param stars              the star awarded
     * @param bandStars          the band of the average
     * @param average            the council's average, as a decimal (e.g. 62.5); compared exactly to 2 decimals
     * @param certifiable        whether it can be certified
     * @param certifiedBy        who certifies it
     * @param forwardedTo        the level it goes to
     * @param missingMinimums    the starred minimums missing, as {@code criterion.option} (e.g. 3.5.b)
     * @param gap                what is missing for the next star
     * @param completionDeadline for a dossier in flight: the completion limit
     * @param rules              the ids of exactly the rules that fired for it
     * @param cites              citations that must appear among its reasons, each exactly
     * @param absent             fields that must have no value (e.g. {@code [stars, certifiedBy]})
     */
    public record Rating(Optional<String> evaluation, Optional<String> rulebook, Optional<RatingOutcome> outcome,
            Optional<Integer> stars, Optional<Integer> bandStars, Optional<BigDecimal> average,
            Optional<Boolean> certifiable, Optional<Authority> certifiedBy, Optional<EvaluationLevel> forwardedTo,
            List<String> missingMinimums, Optional<GapExpect> gap, Optional<LocalDate> completionDeadline,
            List<String> rules, List<String> cites, List<String> absent) {
        /** The fields {@code absent} may name. */
        public static final List<String> ABSENTABLE = List.of("stars", "average", "certifiedBy", "forwardedTo", "gap",
                "completionDeadline");

        public Rating {
            missingMinimums = list(missingMinimums);
            rules = list(rules);
            cites = list(cites);
            absent = absentFields(absent, ABSENTABLE);
        }
    }

    /**
     * The gap to the next star.
     *
     * @param target       the next star
     * @param pointsNeeded points still needed (2 decimals)
     * @param missing      starred minimums missing, as {@code criterion.option}
     * @param topCriteria  the criteria with the most points still available, in order
     */
    public record GapExpect(Optional<Integer> target, Optional<BigDecimal> pointsNeeded, List<String> missing,
            List<String> topCriteria) {
        public GapExpect {
            missing = list(missing);
            topCriteria = list(topCriteria);
        }
    }

    /**
     * A certificate's status.
     *
     * @param number            which certificate; when left out, the current one
     * @param state             VALID, IN_GRACE, EXPIRED, REVOKED, SUPERSEDED or NOT_YET_ISSUED
     * @param stars             its stars
     * @param issuedUnder       the rulebook it was issued under
     * @param inForce           the rulebook in force on the as-of date
     * @param expiryDate        the first day it is invalid by its term
     * @param lastValidDay      the last day it is valid by its term
     * @param daysLeft          days to the expiry date
     * @param window            the re-evaluation window's state
     * @param windowOpens       first filing day
     * @param windowCloses      last filing day
     * @param graceUntil        last day of grace
     * @param markUsable        whether the OCOP mark may be used
     * @param revokingAuthority who would revoke or re-evaluate it
     * @param supersededBy      the newer certificate
     * @param dueActions        exactly the actions due, any order
     * @param rules             the ids of exactly the rules that fired for it
     * @param cites             citations that must appear among its reasons
     * @param absent            fields that must have no value
     */
    public record Certificate(Optional<String> number, Optional<LifecycleState> state, Optional<Integer> stars,
            Optional<String> issuedUnder, Optional<String> inForce, Optional<LocalDate> expiryDate,
            Optional<LocalDate> lastValidDay, Optional<Long> daysLeft, Optional<WindowState> window,
            Optional<LocalDate> windowOpens, Optional<LocalDate> windowCloses, Optional<LocalDate> graceUntil,
            Optional<Boolean> markUsable, Optional<Authority> revokingAuthority, Optional<String> supersededBy,
            List<Action> dueActions, List<String> rules, List<String> cites, List<String> absent) {
        /** The fields {@code absent} may name. */
        public static final List<String> ABSENTABLE = List.of("windowOpens", "windowCloses", "graceUntil",
                "revokingAuthority", "supersededBy");

        public Certificate {
            dueActions = list(dueActions);
            rules = list(rules);
            cites = list(cites);
            absent = absentFields(absent, ABSENTABLE);
        }
    }

    /**
     * An action due.
     *
     * @param party     who acts
     * @param authority which authority, when an authority acts
     * @param from      first day, when there is one
     * @param by        last day, when there is one
     */
    public record Action(Party party, Optional<Authority> authority, Optional<LocalDate> from,
            Optional<LocalDate> by) {
    }

    /**
     * A revocation decision.
     *
     * @param finding     which finding (its id); when left out, the only decision
     * @param certificate which certificate (its number), to pick a decision without a finding (a practice
     *                    revocation of an expired certificate)
     * @param proposed    whether revocation is proposed
     * @param ground      the ground
     * @param authority   who decides
     * @param deadline    by when
     * @param rulebook    the rulebook applied
     * @param rules       the ids of exactly the rules that fired for it
     * @param cites       citations that must appear among its reasons
     * @param absent      fields that must have no value
     */
    public record Revocation(Optional<String> finding, Optional<String> certificate, Optional<Boolean> proposed,
            Optional<RevocationGround> ground, Optional<Authority> authority, Optional<LocalDate> deadline,
            Optional<String> rulebook, List<String> rules, List<String> cites, List<String> absent) {
        /** The fields {@code absent} may name. */
        public static final List<String> ABSENTABLE = List.of("ground", "authority", "deadline");

        public Revocation {
            rules = list(rules);
            cites = list(cites);
            absent = absentFields(absent, ABSENTABLE);
        }
    }

    /**
     * Upgrade eligibility.
     *
     * @param eligible whether an upgrade may be filed now
     * @param current  the stars of the certificate in force
     * @param target   the next star
     * @param path     the route
     * @param gap      what is missing for the target
     * @param rules    the ids of exactly the rules that fired for it
     * @param cites    citations that must appear among its reasons
     * @param absent   fields that must have no value
     */
    public record Upgrade(Optional<Boolean> eligible, Optional<Integer> current, Optional<Integer> target,
            Optional<UpgradePath> path, Optional<GapExpect> gap, List<String> rules, List<String> cites,
            List<String> absent) {
        /** The fields {@code absent} may name. */
        public static final List<String> ABSENTABLE = List.of("current", "target", "path", "gap");

        public Upgrade {
            rules = list(rules);
            cites = list(cites);
            absent = absentFields(absent, ABSENTABLE);
        }
    }

    /**
     * The evaluation round of a pending dossier (26/2026/QĐ-TTg Điều 5).
     *
     * @param evaluation which evaluation (its id); when left out, the only pending one
     * @param level      PROVINCE or CENTRAL
     * @param round      the round's number
     * @param year       the year it is held
     * @param heldBy     the last day it may be held
     * @param proposedOn the proposal date used
     * @param rules      the ids of exactly the rules that fired for it
     * @param cites      citations that must appear among its reasons
     */
    public record RoundExpect(Optional<String> evaluation, Optional<EvaluationLevel> level, Optional<Integer> round,
            Optional<Integer> year, Optional<LocalDate> heldBy, Optional<LocalDate> proposedOn, List<String> rules,
            List<String> cites) {
        public RoundExpect {
            rules = list(rules);
            cites = list(cites);
        }
    }

    /**
     * A traceability flag raised by a provincial rule set. The list in {@code traceability} must hold
     * exactly as many flags as the library raises ({@code []}: none).
     *
     * @param certificate the certificate (its number); when left out, not compared
     * @param kind        BARCODE or QR_CODE
     * @param problem     MISSING, LAPSES_BEFORE_CERTIFICATE or ACCOUNT_NOT_HANDED_OVER
     * @param rules       the ids of exactly the rules that raised it
     * @param cites       citations that must appear among its reasons
     */
    public record TraceabilityExpect(Optional<String> certificate, Optional<TraceabilityKind> kind,
            Optional<TraceabilityProblem> problem, List<String> rules, List<String> cites) {
        public TraceabilityExpect {
            rules = list(rules);
            cites = list(cites);
        }
    }

    /**
     * A CNNTTB award on the date.
     *
     * @param award           which award (its number)
     * @param valid           valid on the date
     * @param validUntil      its last valid day
     * @param lowerLevelValid whether the lower award it rests on was valid on its date
     * @param rules           the ids of exactly the rules that fired for it
     * @param cites           citations that must appear among its reasons
     * @param absent          fields that must have no value ({@code lowerLevelValid})
     */
    public record CnnttbExpect(String award, Optional<Boolean> valid, Optional<LocalDate> validUntil,
            Optional<Boolean> lowerLevelValid, List<String> rules, List<String> cites, List<String> absent) {
        /** The fields {@code absent} may name. */
        public static final List<String> ABSENTABLE = List.of("lowerLevelValid");

        public CnnttbExpect {
            vn.ocop.core.Check.notBlank(award, "award");
            rules = list(rules);
            cites = list(cites);
            absent = absentFields(absent, ABSENTABLE);
        }
    }

    /**
     * A product on a sales point's shelf on the date.
     *
     * @param salesPoint the sales point (its id); when left out, the product is looked for on every point
     * @param name       the product as shelved
     * @param qualifies  whether it qualifies
     * @param problem    why not
     * @param rules      the ids of exactly the rules that fired for it
     * @param cites      citations that must appear among its reasons
     */
    public record ShelfExpect(Optional<String> salesPoint, String name, Optional<Boolean> qualifies,
            Optional<ShelfProblem> problem, List<String> rules, List<String> cites) {
        public ShelfExpect {
            vn.ocop.core.Check.notBlank(name, "name");
            rules = list(rules);
            cites = list(cites);
        }
    }

    /**
     * A programme-level action scheduled on the date (the next round, a report due). The list in
     * {@code schedule} must hold exactly as many actions as the library schedules.
     *
     * @param rule      the id of the rule that scheduled it
     * @param party     who acts
     * @param authority which authority
     * @param by        the last day
     * @param cites     citations that must appear among its reasons
     */
    public record ScheduleExpect(String rule, Optional<Party> party, Optional<Authority> authority,
            Optional<LocalDate> by, List<String> cites) {
        public ScheduleExpect {
            vn.ocop.core.Check.notBlank(rule, "rule");
            cites = list(cites);
        }
    }

    /**
     * Everything a case may expect; at least one part must be given.
     *
     * @param rating        the latest rating (or the one named)
     * @param ratings       several ratings, each naming its evaluation; {@code []} expects none (left out: not compared)
     * @param certificate   the current certificate (or the one named)
     * @param certificates  several certificates, each naming its number; {@code []} expects none
     * @param revocation    the only revocation decision (or the one naming its finding)
     * @param revocations   several revocation decisions; the list must hold exactly as many as the library gives
     *                      ({@code []}: none)
     * @param upgrade       upgrade eligibility
     * @param rounds        the rounds of the pending dossiers; the list must hold exactly as many as the library
     *                      gives ({@code []}: none)
     * @param traceability  traceability flags (a provincial rule set); exactly as many as the library raises
     * @param cnnttb        CNNTTB awards of the case; exactly as many as the case gives (issued by the date)
     * @param shelf         products on the sales points of the case; exactly as many as are shelved at open points
     * @param schedule      programme-level actions (next rounds, reports); exactly as many as the library schedules
     */
    public record Expect(Optional<Rating> rating, List<Rating> ratings, Optional<Certificate> certificate,
            List<Certificate> certificates, Optional<Revocation> revocation, List<Revocation> revocations,
            Optional<Upgrade> upgrade, List<RoundExpect> rounds, List<TraceabilityExpect> traceability,
            List<CnnttbExpect> cnnttb, List<ShelfExpect> shelf, List<ScheduleExpect> schedule) {
        public Expect {
            ratings = list(ratings);
            certificates = list(certificates);
            revocations = list(revocations);
            rounds = list(rounds);
            traceability = list(traceability);
            cnnttb = list(cnnttb);
            shelf = list(shelf);
            schedule = list(schedule);
        }

        /** True when nothing is expected (an error in a scenario file). */
        public boolean isEmpty() {
            return rating.isEmpty() && ratings == null && certificate.isEmpty() && certificates == null
                    && revocation.isEmpty() && revocations == null && upgrade.isEmpty() && rounds == null
                    && traceability == null && cnnttb == null && shelf == null && schedule == null;
        }

        /** True when a programme-level result (awards, shelves, schedule) is expected. */
        public boolean needsProgramme() {
            return cnnttb != null || shelf != null || schedule != null;
        }
    }
}
