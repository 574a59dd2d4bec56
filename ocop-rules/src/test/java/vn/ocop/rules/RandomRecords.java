package vn.ocop.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Evaluation;
import vn.ocop.core.EvaluationKind;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.EventKind;
import vn.ocop.core.Finding;
import vn.ocop.core.FindingKind;
import vn.ocop.core.Locality;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ProductSet;

/** Random but lawful product records across all periods, for concurrency and agreement tests. */
final class RandomRecords {
    private RandomRecords() {
    }

    static List<ProductRecord> generate(int n, long seed) {
        Random rnd = new Random(seed);
        List<ProductRecord> out = new ArrayList<>(n);
        ProducerType[] types = ProducerType.values();
        ProductSet[] sets = ProductSet.values();
        LocalDate start = LocalDate.of(2019, 9, 1);
        for (int i = 0; i < n; i++) {
            ProducerType type = types[rnd.nextInt(6)];
            Producer producer = new Producer("P" + i, "Producer " + i, type);
            String code = "X-" + i;
            Product product = new Product(code, "Product " + i, sets[rnd.nextInt(sets.length)], "P" + i,
                    Locality.of("51", "Quảng Ngãi", String.valueOf(rnd.nextInt(30)), "Xã " + rnd.nextInt(30)),
                    rnd.nextBoolean());
            ProductRecord.Builder b = ProductRecord.builder(product, producer);
            LocalDate decided = start.plusDays(rnd.nextInt(2600));
            EvaluationLevel level = decided.isBefore(LocalDate.of(2025, 7, 1)) && rnd.nextBoolean()
                    ? EvaluationLevel.DISTRICT : EvaluationLevel.PROVINCE;
            double avg = 40 + rnd.nextInt(60) + rnd.nextInt(100) / 100.0;
            b.evaluation(Evaluation.builder("E" + i, code).level(level).filed(decided.minusDays(20 + rnd.nextInt(40)))
                    .decided(decided).memberTotals(avg, Math.min(100, avg + 1), Math.max(0, avg - 1)).build());
            int stars = avg >= 90 ? 5 : avg >= 70 ? 4 : 3;
            if (avg >= 50) {
                EvaluationLevel certLevel = stars == 5 ? EvaluationLevel.CENTRAL
                        : stars == 3 && level == EvaluationLevel.DISTRICT ? EvaluationLevel.DISTRICT
                        : EvaluationLevel.PROVINCE;
                Authority auth = certLevel == EvaluationLevel.CENTRAL ? Authority.MINISTER_OF_AGRICULTURE
                        : certLevel == EvaluationLevel.DISTRICT ? Authority.DISTRICT_PEOPLES_COMMITTEE
                        : Authority.PROVINCIAL_PEOPLES_COMMITTEE;
                String number = "C" + i;
                b.certificate(new Certificate(number, code, stars, certLevel, auth, i + "/QĐ-UBND", decided.plusDays(10)));
                if (rnd.nextInt(5) == 0) {
                    b.event(new CertificateEvent(number, EventKind.RE_EVALUATION_FILED,
                            decided.plusMonths(32 + rnd.nextInt(6))));
                }
                if (rnd.nextInt(8) == 0) {
                    b.event(new CertificateEvent(number, EventKind.NOTICE_SENT, decided.plusMonths(34)));
                }
                if (rnd.nextInt(6) == 0) {
                    FindingKind[] kinds = FindingKind.values();
                    b.finding(new Finding("F" + i, code, kinds[rnd.nextInt(kinds.length)], "Sở NN&MT",
                            decided.plusDays(100 + rnd.nextInt(900))));
                }
                if (rnd.nextInt(6) == 0) {
                    b.evaluation(Evaluation.builder("U" + i, code).kind(EvaluationKind.UPGRADE)
                            .level(EvaluationLevel.PROVINCE).filed(decided.plusDays(200 + rnd.nextInt(400)))
                            .memberTotals(60 + rnd.nextInt(40)).build());
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** A compact, complete description of the decisions of an assessment (not of its rule base). */
    static String signature(Assessment a) {
        StringBuilder sb = new StringBuilder(a.productCode()).append('|');
        for (RatingDecision r : a.ratings()) {
            sb.append(r.evaluationId()).append(':').append(r.rulebookId()).append(':').append(r.outcome()).append(':')
                    .append(r.stars().orElse(0)).append(':').append(r.certifiable()).append(':')
                    .append(r.certifyingAuthority().orElse(null)).append(':').append(r.forwardedTo().orElse(null))
                    .append(r.reasons().stream().map(Reason::ruleId).toList()).append(';');
        }
        for (LifecycleStatus c : a.certificates()) {
            sb.append(c.certificateNumber()).append(':').append(c.state()).append(':').append(c.expiryDate())
                    .append(':').append(c.window()).append(':').append(c.markUsable()).append(':')
                    .append(c.graceUntil().orElse(null)).append(':').append(c.revokingAuthority().orElse(null))
                    .append(c.dueActions().size()).append(c.reasons().stream().map(Reason::ruleId).toList()).append(';');
        }
        for (RevocationDecision r : a.revocations()) {
            sb.append(r.findingId().orElse("-")).append(':').append(r.proposed()).append(':')
                    .append(r.ground().orElse(null)).append(':').append(r.authority().orElse(null)).append(':')
                    .append(r.deadline().orElse(null)).append(r.reasons().stream().map(Reason::ruleId).toList());
        }
        UpgradeEligibility u = a.upgrade();
        sb.append('|').append(u.eligible()).append(':').append(u.targetStars().orElse(0)).append(':')
                .append(u.path().orElse(null)).append(u.reasons().stream().map(Reason::ruleId).toList());
        return sb.toString();
    }
}
