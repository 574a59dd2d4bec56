package vn.ocop.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.core.rulebook.CriteriaSheet.Criterion;
import vn.ocop.core.rulebook.CriteriaSheet.KnockOut;
import vn.ocop.core.rulebook.CriteriaSheet.KnockOutScope;
import vn.ocop.core.rulebook.CriteriaSheet.Option;
import vn.ocop.core.rulebook.CriteriaSheet.Section;
import vn.ocop.core.rulebook.CriteriaSheet.SheetPart;
import vn.ocop.core.rulebook.CriteriaSheet.StarredOption;
import vn.ocop.core.rulebook.Part;
import vn.ocop.core.rulebook.Rulebook;
import vn.ocop.core.rulebook.Rulebook.MinimumConsensus;

/**
 * Adds up score sheets option by option (pure arithmetic: no legal judgement is made here;
 * the rules decide what the numbers mean). Criteria left out of a member's sheet score 0; a
 * section knocked out by a {@link KnockOutScope#SECTION} condition (hazardous impurities in the
 * sensory tests) scores 0 for every member.
 */
public final class SheetScorer {
    private SheetScorer() {
    }

    /**
     * Scores an evaluation given by sheets.
     *
     * @param source for error messages: where the evaluation came from
     * @throws InvalidInputException naming each unknown criterion or option and each point value above a maximum
     */
    public static CouncilScore score(CriteriaSheet sheet, Evaluation evaluation, String source) {
        if (!evaluation.scoredBySheets()) {
            throw new IllegalArgumentException("evaluation " + evaluation.id() + " is not scored by sheets");
        }
        Map<String, Criterion> criteria = sheet.criteria();
        Set<String> zeroed = zeroedCriteria(sheet, evaluation);
        List<Problem> problems = new ArrayList<>();
        List<MemberScore> members = new ArrayList<>();
        java.util.Set<CouncilScore.Correction> corrections = new java.util.LinkedHashSet<>();
        for (int mi = 0; mi < evaluation.sheets().size(); mi++) {
            ScoreSheet s = evaluation.sheets().get(mi);
            Map<String, Integer> points = new LinkedHashMap<>();
            for (Map.Entry<String, Choice> e : s.choices().entrySet()) {
                Criterion c = criteria.get(e.getKey());
                if (c == null) {
                    problems.add(new Problem(source, 0, path(evaluation, mi, e.getKey()), "no criterion '" + e.getKey() + "' on sheet "
                            + sheet.number() + " (" + sheet.name().vi() + ")", "criteria: " + criteria.keySet()));
                    continue;
                }
                int p = pointsOf(sheet, c, e.getValue(), evaluation, mi, source, problems, corrections);
                if (p >= 0) {
                    points.put(c.id(), zeroed.contains(c.id()) ? 0 : p);
                }
            }
            Map<Part, Integer> parts = new EnumMap<>(Part.class);
            int total = 0;
            for (SheetPart part : sheet.parts()) {
                int sum = 0;
                for (Section sec : part.sections()) {
                    for (Criterion c : sec.criteria()) {
                        sum += points.getOrDefault(c.id(), 0);
                    }
                }
                parts.put(part.id(), sum);
                total += sum;
            }
            members.add(new MemberScore(s.member(), points, parts, total));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return council(sheet, members, List.copyOf(corrections));
    }

    /** The points an option scores: as printed, or as the sheet's recorded misprint applies. */
    public static int points(CriteriaSheet sheet, Criterion c, Option o) {
        return sheet.misprint(c.id(), o.id()).flatMap(d -> d.applies()).orElse(o.points());
    }

    private static Set<String> zeroedCriteria(CriteriaSheet sheet, Evaluation evaluation) {
        Set<String> zeroed = new HashSet<>();
        for (String id : evaluation.knockOuts()) {
            Optional<KnockOut> k = sheet.knockOut(id);
            if (k.isPresent() && k.get().scope() == KnockOutScope.SECTION && k.get().criterion().isPresent()) {
                sheet.sectionOf(k.get().criterion().get())
                        .ifPresent(sec -> sec.criteria().forEach(c -> zeroed.add(c.id())));
            }
        }
        return zeroed;
    }

    /** Where a choice is, for error messages only (built when there is an error to report). */
    private static String path(Evaluation evaluation, int member, String criterionId) {
        return "evaluations[" + evaluation.id() + "].sheets[" + member + "].choices." + criterionId;
    }

    /** The points of one choice, or -1 after adding the problem with it to {@code problems}. */
    private static int pointsOf(CriteriaSheet sheet, Criterion c, Choice choice, Evaluation evaluation, int member,
            String source, List<Problem> problems, java.util.Set<CouncilScore.Correction> corrections) {
        if (choice.optionId().isPresent()) {
            String id = choice.optionId().get();
            Optional<Option> o = c.option(id);
            if (o.isEmpty()) {
                problems.add(new Problem(source, 0, path(evaluation, member, c.id()), "criterion " + c.id() + " has no option '" + id + "'",
                        c.options().isEmpty() ? "it has no options: give the points (0 to " + c.points() + ")"
                                : "options: " + c.options().stream().map(op -> op.id() + "=" + op.points()).toList()));
                return -1;
            }
            // a misprinted option is scored at the points its sheet records under 'applies', and says so
            sheet.misprint(c.id(), id).ifPresent(d -> corrections.add(new CouncilScore.Correction(c.id(), id,
                    o.get().points(), d.applies().orElseThrow(), d.line(), d.note())));
            return points(sheet, c, o.get());
        }
        int p = choice.givenPoints().orElseThrow();
        if (p > c.points()) {
            problems.add(new Problem(source, 0, path(evaluation, member, c.id()), "criterion " + c.id() + " is worth at most " + c.points()
                    + " points, but " + p + " was given"));
            return -1;
        }
        if (!c.options().isEmpty() && c.options().stream().noneMatch(o -> points(sheet, c, o) == p)) {
            problems.add(new Problem(source, 0, path(evaluation, member, c.id()), "no option of criterion " + c.id() + " gives " + p + " points",
                    "options: " + c.options().stream().map(op -> op.id() + "=" + op.points()).toList()));
            return -1;
        }
        return p;
    }

    private static CouncilScore council(CriteriaSheet sheet, List<MemberScore> members,
            List<CouncilScore.Correction> corrections) {
        List<BigDecimal> totals = members.stream().map(m -> BigDecimal.valueOf(m.total())).toList();
        Map<Part, Average> parts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            parts.put(p, Average.of(members.stream().map(m -> BigDecimal.valueOf(m.parts().getOrDefault(p, 0)))
                    .toList()));
        }
        Map<String, Average> criteria = new LinkedHashMap<>();
        for (String id : sheet.criteria().keySet()) {
            criteria.put(id, Average.of(members.stream()
                    .map(m -> BigDecimal.valueOf(m.points().getOrDefault(id, 0))).toList()));
        }
        return new CouncilScore(members, Average.of(totals), parts, criteria, corrections);
    }

    /**
     * The starred minimums for {@code stars} (and every lower star) that the council's sheets do not
     * meet, judged by {@code consensus}.
     */
    public static List<MissingMinimum> missingMinimums(CriteriaSheet sheet, CouncilScore score, int stars,
            MinimumConsensus consensus) {
        List<MissingMinimum> out = new ArrayList<>();
        for (StarredOption so : sheet.starredOptions()) {
            if (so.minimumFor() > stars) {
                continue;
            }
            String cid = so.criterion().id();
            int required = points(sheet, so.criterion(), so.option());
            Average avg = score.criterionAverages().get(cid);
            boolean met = switch (consensus) {
                case AVERAGE_POINTS -> avg.atLeast(BigDecimal.valueOf(required));
                case MAJORITY -> 2 * count(score, cid, required) > score.members().size();
                case EVERY_MEMBER -> count(score, cid, required) == score.members().size();
            };
            if (!met) {
                out.add(new MissingMinimum(cid, so.criterion().label(), so.option().id(), so.option().label(),
                        so.minimumFor(), required, avg));
            }
        }
        return out;
    }

    private static int count(CouncilScore score, String criterionId, int required) {
        int n = 0;
        for (MemberScore m : score.members()) {
            if (m.points().getOrDefault(criterionId, 0) >= required) {
                n++;
            }
        }
        return n;
    }

    /**
     * The highest star from 3 to 5 whose starred minimums are all met, or 0 when even the 3★
     * minimums are not.
     */
    public static int highestStarWithMinimumsMet(CriteriaSheet sheet, CouncilScore score,
            MinimumConsensus consensus) {
        int best = 0;
        for (int s = 3; s <= 5; s++) {
            if (missingMinimums(sheet, score, s, consensus).isEmpty()) {
                best = s;
            } else {
                break;
            }
        }
        return best;
    }

    /**
     * The gap from a scored sheet to {@code targetStars}: points still needed to reach the band,
     * starred minimums missing, and the {@code top} criteria with the most points still available.
     */
    public static Gap gap(CriteriaSheet sheet, CouncilScore score, Rulebook rulebook, int targetStars, int top) {
        BigDecimal needed = score.average().shortOf(rulebook.bandFrom(targetStars));
        List<MissingMinimum> missing = missingMinimums(sheet, score, targetStars,
                rulebook.scoring().minimumConsensus());
        List<Gap.Opportunity> opportunities = new ArrayList<>();
        for (Criterion c : sheet.criteria().values()) {
            Average achieved = score.criterionAverages().get(c.id());
            BigDecimal available = BigDecimal.valueOf(c.points()).multiply(BigDecimal.valueOf(achieved.count()))
                    .subtract(achieved.sum()).divide(BigDecimal.valueOf(achieved.count()), 2, RoundingMode.HALF_UP);
            if (available.signum() > 0) {
                opportunities.add(new Gap.Opportunity(c.id(), c.label(), c.points(), achieved, available));
            }
        }
        opportunities.sort(Comparator.comparing(Gap.Opportunity::available).reversed());
        return new Gap(targetStars, needed, missing, opportunities.subList(0, Math.min(top, opportunities.size())));
    }
}
