package vn.ocop.rules.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * difference shown line by line: every decision of every kind, every field of it, every reason with
 * its rule id, topic, citation, assumptions and both messages, every list in the order the library
 * gives it, and which rating is the latest and which certificate stands for the product (answers of
 * the public API).
 */
final class Canonical {
    private Canonical() {
    }

    static String assessment(Assessment a) {
        StringBuilder sb = new StringBuilder();
        sb.append("product ").append(a.productCode()).append(" as of ").append(a.asOf()).append('\n');
        a.ratings().forEach(r -> sb.append(rating(r)).append('\n'));
        a.certificates().forEach(c -> sb.append(certificate(c)).append('\n'));
        a.revocations().forEach(v -> sb.append(revocation(v)).append('\n'));
        sb.append(upgrade(a.upgrade())).append('\n');
        sb.append("latest rating: ").append(a.latestRating().map(RatingDecision::evaluationId).orElse("—")).append('\n');
        sb.append("current certificate: ").append(a.currentCertificate().map(LifecycleStatus::certificateNumber)
                .orElse("—")).append('\n');
        return sb.toString();
    }

    private static String list(List<String> items) {
        return String.join("\n      ", items);
    }

    static String reason(Reason r) {
        return r.ruleId() + " {" + r.topic() + "} [" + r.citation() + "] " + r.assumptions() + " vi=" + r.message().vi()
                + " | en=" + r.message().en();
    }

    private static String reasons(List<Reason> reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(reason(r)));
        return "\n    reasons:\n      " + list(out);
    }

    private static String opt(Optional<?> o) {
        return o.map(String::valueOf).orElse("—");
    }

    static String rating(RatingDecision r) {
        return "rating " + r.evaluationId() + ": rulebook=" + r.rulebookId() + " level=" + r.level() + " outcome="
                + r.outcome() + " stars=" + opt(r.stars()) + " band=" + r.bandStars() + " average="
                + opt(r.average()) + " sheets=" + r.sheetBased() + " certifiable=" + r.certifiable() + " by="
                + opt(r.certifyingAuthority()) + " forwardedTo=" + opt(r.forwardedTo()) + " missing="
                + missing(r.missingMinimums()) + " gap=" + r.gapToNextStar().map(Canonical::gap).orElse("—")
                + " completionDeadline=" + opt(r.completionDeadline()) + " score="
                + r.score().map(Canonical::score).orElse("—") + reasons(r.reasons());
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

    private static String score(CouncilScore s) {
        List<String> members = new ArrayList<>();
        for (MemberScore m : s.members()) {
            members.add(m.member() + "=" + m.total() + " " + m.parts() + " " + new TreeMap<>(m.points()));
        }
        Map<String, String> criteria = new TreeMap<>();
        s.criterionAverages().forEach((k, v) -> criteria.put(k, v.toString()));
        return "{average " + s.average() + ", parts " + s.partAverages() + ", criteria " + criteria + ", corrections "
                + s.corrections() + ", members " + members + "}";
    }

    static String certificate(LifecycleStatus c) {
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
                + "\n    due:\n      " + list(due) + reasons(c.reasons());
    }

    static String revocation(RevocationDecision v) {
        return "revocation finding=" + opt(v.findingId()) + " certificate=" + opt(v.certificateNumber()) + " proposed="
                + v.proposed() + " ground=" + opt(v.ground()) + " authority=" + opt(v.authority()) + " deadline="
                + opt(v.deadline()) + " rulebook=" + v.rulebookId() + reasons(v.reasons());
    }

    static String upgrade(UpgradeEligibility u) {
        return "upgrade: eligible=" + u.eligible() + " current=" + opt(u.currentStars()) + " target="
                + opt(u.targetStars()) + " path=" + opt(u.path()) + " gap=" + u.gap().map(Canonical::gap).orElse("—")
                + reasons(u.reasons());
    }

    /**
     * Where two texts differ, for failure messages: the common first and last lines are left out, and the
     * lines in between are shown from each text (up to 12 of each), so that an inserted or missing line
     * reads as such instead of shifting every line after it.
     */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("  from line ").append(head + 1).append(head > 0 ? " (after: " + a[head - 1].strip() + ")" : "")
                .append('\n');
        block(sb, "expected", a, head, a.length - tail);
        block(sb, "actual", b, head, b.length - tail);
        return sb.toString();
    }

    private static void block(StringBuilder sb, String label, String[] lines, int from, int to) {
        sb.append("    ").append(label).append(':').append(from == to ? " (no lines)" : "").append('\n');
        for (int i = from; i < Math.min(to, from + 12); i++) {
            sb.append("      ").append(lines[i]).append('\n');
        }
        if (to - from > 12) {
            sb.append("      … ").append(to - from - 12).append(" more lines\n");
        }
    }
}
