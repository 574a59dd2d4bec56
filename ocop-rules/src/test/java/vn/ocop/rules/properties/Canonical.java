package vn.ocop.rules.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ocop.core.scoring.CouncilScore;
import vn.ocop.core.scoring.Gap;
import vn.ocop.core.scoring.MemberScore;
import vn.ocop.core.scoring.MissingMinimum;
import vn.ocop.rules.Assessment;
import vn.ocop.rules.DueAction;
import vn.ocop.rules.LifecycleStatus;
import vn.ocop.rules.RatingDecision;
import vn.ocop.rules.Reason;
import vn.ocop.rules.RevocationDecision;
import vn.ocop.rules.UpgradeEligibility;

/**
 * An assessment written out completely as text, so that two assessments can be compared and their
 * difference shown line by line. Every decision of every kind, every field of it, every reason with
 * its rule id, topic, citation, assumptions and both messages, is written.
 *
 * <p>Two forms:
 * <ul>
 *   <li>{@link #ordered} keeps every list in the order the library gives it: "identical".</li>
 *   <li>{@link #orderFree} writes the lists whose order carries no meaning as sorted multisets: the
 *       ratings (one per evaluation, keyed by its id), the certificates (keyed by number), the
 *       revocations, and within each decision its reasons, its due actions and its council's member
 *       scores (the members of a council are not ranked). The same elements must be there the same
 *       number of times; only their order may differ. Which rating is the latest
 *       ({@link Assessment#latestRating()}) and which certificate stands for the product
 *       ({@link Assessment#currentCertificate()}) are written too: they are answers of the public API.</li>
 * </ul>
 */
final class Canonical {
    private Canonical() {
    }

    static String ordered(Assessment a) {
        return of(a, false);
    }

    static String orderFree(Assessment a) {
        return of(a, true);
    }

    private static String of(Assessment a, boolean sort) {
        StringBuilder sb = new StringBuilder();
        sb.append("product ").append(a.productCode()).append(" as of ").append(a.asOf()).append('\n');
        lines(sb, a.ratings(), r -> rating(r, sort), sort);
        lines(sb, a.certificates(), c -> certificate(c, sort), sort);
        lines(sb, a.revocations(), v -> revocation(v, sort), sort);
        sb.append(upgrade(a.upgrade(), sort)).append('\n');
        sb.append("latest rating: ").append(a.latestRating().map(RatingDecision::evaluationId).orElse("—")).append('\n');
        sb.append("current certificate: ").append(a.currentCertificate().map(LifecycleStatus::certificateNumber)
                .orElse("—")).append('\n');
        return sb.toString();
    }

    private static <T> void lines(StringBuilder sb, List<T> items, Function<T, String> f, boolean sort) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(f.apply(i)));
        if (sort) {
            Collections.sort(out);
        }
        out.forEach(s -> sb.append(s).append('\n'));
    }

    private static String list(List<String> items, boolean sort) {
        List<String> out = new ArrayList<>(items);
        if (sort) {
            Collections.sort(out);
        }
        return String.join("\n      ", out);
    }

    static String reason(Reason r) {
        return r.ruleId() + " {" + r.topic() + "} [" + r.citation() + "] " + r.assumptions() + " vi=" + r.message().vi()
                + " | en=" + r.message().en();
    }

    private static String reasons(List<Reason> reasons, boolean sort) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(reason(r)));
        return "\n    reasons:\n      " + list(out, sort);
    }

    private static String opt(Optional<?> o) {
        return o.map(String::valueOf).orElse("—");
    }

    static String rating(RatingDecision r, boolean sort) {
        return "rating " + r.evaluationId() + ": rulebook=" + r.rulebookId() + " level=" + r.level() + " outcome="
                + r.outcome() + " stars=" + opt(r.stars()) + " band=" + r.bandStars() + " average="
                + opt(r.average()) + " sheets=" + r.sheetBased() + " certifiable=" + r.certifiable() + " by="
                + opt(r.certifyingAuthority()) + " forwardedTo=" + opt(r.forwardedTo()) + " missing="
                + missing(r.missingMinimums()) + " gap=" + r.gapToNextStar().map(Canonical::gap).orElse("—")
                + " completionDeadline=" + opt(r.completionDeadline()) + " score="
                + r.score().map(s -> score(s, sort)).orElse("—") + reasons(r.reasons(), sort);
    }

    private static String missing(List<MissingMinimum> m) {
        List<String> out = new ArrayList<>();
        m.forEach(x -> out.add(x.reference() + " needs " + x.requiredPoints() + " got " + x.achieved()));
        return out.toString();
    }

    private static String gap(Gap g) {
        List<String> top = new ArrayList<>();
        g.opportunities().forEach(o -> top.add(o.criterionId() + "/" + o.maximum() + "/" + o.achieved() + "/"
                + o.available().toPlainString()));
        return "{target " + g.targetStars() + ", needs " + g.pointsNeeded().toPlainString() + ", missing "
                + missing(g.missingMinimums()) + ", top " + top + "}";
    }

    private static String score(CouncilScore s, boolean sort) {
        List<String> members = new ArrayList<>();
        for (MemberScore m : s.members()) {
            members.add(m.member() + "=" + m.total() + " " + m.parts() + " " + new TreeMap<>(m.points()));
        }
        if (sort) {
            Collections.sort(members);
        }
        Map<String, String> criteria = new TreeMap<>();
        s.criterionAverages().forEach((k, v) -> criteria.put(k, v.toString()));
        return "{average " + s.average() + ", parts " + s.partAverages() + ", criteria " + criteria + ", corrections "
                + s.corrections() + ", members " + members + "}";
    }

    static String certificate(LifecycleStatus c, boolean sort) {
        List<String> due = new ArrayList<>();
        for (DueAction d : c.dueActions()) {
            due.add(d.party() + "/" + opt(d.authority()) + " " + d.action().vi() + " | " + d.action().en() + " from "
                    + opt(d.from()) + " by " + opt(d.by()) + " [" + d.basis() + "]");
        }
        return "certificate " + c.certificateNumber() + ": stars=" + c.stars() + " issuedUnder=" + c.issuedUnder()
                + " inForce=" + c.inForce() + " state=" + c.state() + " expiry=" + c.expiryDate() + " daysLeft="
                + c.daysLeft() + " window=" + c.window() + " opens=" + opt(c.windowOpens()) + " closes="
                + opt(c.windowCloses()) + " graceUntil=" + opt(c.graceUntil()) + " mark=" + c.markUsable()
                + " authority=" + opt(c.revokingAuthority()) + " supersededBy=" + opt(c.supersededBy())
                + "\n    due:\n      " + list(due, sort) + reasons(c.reasons(), sort);
    }

    static String revocation(RevocationDecision v, boolean sort) {
        return "revocation finding=" + opt(v.findingId()) + " certificate=" + opt(v.certificateNumber()) + " proposed="
                + v.proposed() + " ground=" + opt(v.ground()) + " authority=" + opt(v.authority()) + " deadline="
                + opt(v.deadline()) + " rulebook=" + v.rulebookId() + reasons(v.reasons(), sort);
    }

    static String upgrade(UpgradeEligibility u, boolean sort) {
        return "upgrade: eligible=" + u.eligible() + " current=" + opt(u.currentStars()) + " target="
                + opt(u.targetStars()) + " path=" + opt(u.path()) + " gap=" + u.gap().map(Canonical::gap).orElse("—")
                + reasons(u.reasons(), sort);
    }

    /** The first lines where two texts differ, with a little context, for failure messages. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n");
        String[] b = actual.split("\n");
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(a.length, b.length) && shown < 6; i++) {
            String x = i < a.length ? a[i] : "<none>";
            String y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) {
                sb.append("  line ").append(i + 1).append("\n    expected: ").append(x).append("\n    actual:   ")
                        .append(y).append('\n');
                shown++;
            }
        }
        return sb.toString();
    }
}
