package vn.ocop.rules.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.scoring.Average;
import vn.ocop.rules.OcopRules;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.RatingOutcome;

/**
 * The rule bases the properties use, built once per JVM (building one takes about a second), and
 * helpers to read ratings.
 */
final class PropertyRules {
    /** The built-in rules, as a host builds them. */
    static final OcopRules DEFAULT = OcopRules.builder().build();
    static final LawfulGenerator GENERATOR = new LawfulGenerator(DEFAULT);

    private static OcopRules notAchieved;
    private static OcopRules majority;
    private static OcopRules everyMember;

    private PropertyRules() {
    }

    /** 26/2026 with {@code minimumPolicy: NOT_ACHIEVED} (the "what if" a rule author may configure). */
    static synchronized OcopRules notAchieved() {
        if (notAchieved == null) {
            notAchieved = overridden("{\"scoring\": {\"minimumPolicy\": \"NOT_ACHIEVED\"}}");
        }
        return notAchieved;
    }

    /** 26/2026 with {@code minimumConsensus: MAJORITY}. */
    static synchronized OcopRules majority() {
        if (majority == null) {
            majority = overridden("{\"scoring\": {\"minimumConsensus\": \"MAJORITY\"}}");
        }
        return majority;
    }

    /** 26/2026 with {@code minimumConsensus: EVERY_MEMBER}. */
    static synchronized OcopRules everyMember() {
        if (everyMember == null) {
            everyMember = overridden("{\"scoring\": {\"minimumConsensus\": \"EVERY_MEMBER\"}}");
        }
        return everyMember;
    }

    private static OcopRules overridden(String json) {
        try {
            return OcopRules.builder().overrideRulebook("QD26_2026", new ObjectMapper().readTree(json)).build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rating of one evaluation of a record on a date. */
    static RatingDecision rating(OcopRules rules, ProductRecord record, String evaluationId, LocalDate asOf) {
        List<RatingDecision> ratings = rules.assess(record, asOf).ratings();
        return ratings.stream().filter(r -> r.evaluationId().equals(evaluationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no rating of " + evaluationId + " among " + ratings));
    }

    static Rulebook rulebook(OcopRules rules, String id) {
        return rules.rulebooks().byId(id).orElseThrow().rulebook();
    }

    /**
     * How far a rating got, as a star: the star when {@link RatingOutcome#RATED}; for a dossier
     * {@link RatingOutcome#FORWARDED} to a higher level, the star whose band starts at this level's
     * forwarding threshold (4 for a 148 district council forwarding from 70, 5 for a province forwarding
     * from 90, 3 for a 1048 district forwarding from 50): the dossier reached at least that star, and
     * the level above decides; 0 for every other outcome (rejected, not achieved, not rated, pending).
     */
    static int reach(OcopRules rules, RatingDecision r) {
        if (r.outcome() == RatingOutcome.RATED) {
            return r.stars().orElseThrow();
        }
        if (r.outcome() == RatingOutcome.FORWARDED) {
            Rulebook rb = rulebook(rules, r.rulebookId());
            BigDecimal threshold = rb.certification().forwarding().stream().filter(f -> f.from() == r.level())
                    .findFirst().orElseThrow().minimumAverage();
            return rb.starsFor(Average.of(threshold));
        }
        return 0;
    }

    static boolean forwarded(RatingDecision r) {
        return r.outcome() == RatingOutcome.FORWARDED;
    }

    /** Certifiable at this level, or forwarded to the level above (which decides on certification). */
    static boolean onTrack(RatingDecision r) {
        return r.certifiable() || forwarded(r);
    }

    static boolean isCentral(RatingDecision r) {
        return r.level() == EvaluationLevel.CENTRAL;
    }
}
