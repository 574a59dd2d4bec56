package vn.ocop.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.Choice;
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
import vn.ocop.core.ScoreSheet;
import vn.ocop.core.rulebook.CriteriaSheet;
import vn.ocop.rules.OcopRules;

/**
 * A synthetic national registry for benchmarks: product {@code i} is generated from {@code i}
 * alone (any slice can be made on any thread, the same every time), with the mix a real registry
 * has: certificates of every period and star, re-evaluations filed, notices, revocations,
 * findings of every kind, upgrade dossiers and self-assessments, and about one evaluation in
 * twenty scored option by option on its 26/2026 sheet.
 */
public final class SyntheticRegistry {
    private static final LocalDate FIRST = LocalDate.of(2019, 9, 1);
    private static final int SPAN_DAYS = 2600;
    private static final ProducerType[] TYPES = {ProducerType.COOPERATIVE, ProducerType.HOUSEHOLD,
        ProducerType.HOUSEHOLD, ProducerType.SMALL_MEDIUM_ENTERPRISE, ProducerType.COOPERATIVE_GROUP, ProducerType.FARM,
        ProducerType.OTHER_ENTERPRISE};
    private static final FindingKind[] FINDINGS = FindingKind.values();

    private final long seed;
    private final Map<ProductSet, CriteriaSheet> sheets = new LinkedHashMap<>();

    /** A registry whose sheet-scored evaluations use the 26/2026 sheets of {@code rules}. */
    public SyntheticRegistry(OcopRules rules, long seed) {
        this.seed = seed;
        for (ProductSet s : ProductSet.values()) {
            rules.criteriaSheet(s, LocalDate.of(2026, 6, 1)).ifPresent(c -> sheets.put(s, c));
        }
    }

    /** Products {@code from} (inclusive) to {@code to} (exclusive). */
    public List<ProductRecord> slice(int from, int to) {
        List<ProductRecord> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(product(i));
        }
        return out;
    }

    /** Product number {@code i}. */
    public ProductRecord product(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        ProducerType type = TYPES[rnd.nextInt(TYPES.length)];
        ProductSet set = ProductSet.values()[rnd.nextInt(26)];
        String code = "SYN-" + i;
        Producer producer = new Producer("PR-" + i, "Chủ thể " + i, type);
        Locality locality = Locality.of(String.valueOf(1 + rnd.nextInt(34)), "Tỉnh " + rnd.nextInt(34),
                String.valueOf(10_000 + rnd.nextInt(3000)), "Xã " + rnd.nextInt(3000));
        Product product = new Product(code, "Sản phẩm " + i, set, producer.id(), locality, rnd.nextInt(3) > 0);
        ProductRecord.Builder b = ProductRecord.builder(product, producer);

        LocalDate decided = FIRST.plusDays(rnd.nextInt(SPAN_DAYS));
        boolean sheet = decided.isAfter(LocalDate.of(2026, 8, 15)) && rnd.nextInt(4) == 0 && sheets.containsKey(set);
        double avg = 35 + rnd.nextInt(6000) / 100.0;
        EvaluationLevel level = decided.isBefore(LocalDate.of(2025, 6, 30)) && rnd.nextInt(3) == 0
                ? EvaluationLevel.DISTRICT : EvaluationLevel.PROVINCE;
        Evaluation.Builder eb = Evaluation.builder("E-" + i, code).level(level)
                .filed(decided.minusDays(20 + rnd.nextInt(60))).decided(decided);
        if (sheet) {
            CriteriaSheet cs = sheets.get(set);
            for (int m = 0; m < 3; m++) {
                eb.sheet(sheet(cs, rnd, m));
            }
        } else {
            eb.memberTotals(avg, Math.min(100, avg + rnd.nextInt(3)), Math.max(0, avg - rnd.nextInt(3)));
        }
        if (rnd.nextInt(60) == 0 && set != ProductSet.COMMUNITY_TOURISM) {
            eb.knockOut("falsified-dossier"); // the tourism sheet lists no knock-out
        }
        b.evaluation(eb.build());

        int stars = avg >= 90 ? 5 : avg >= 70 ? 4 : 3;
        if (avg >= 50 && !sheet) {
            EvaluationLevel certLevel = stars == 5 ? EvaluationLevel.CENTRAL
                    : stars == 3 && level == EvaluationLevel.DISTRICT ? EvaluationLevel.DISTRICT : EvaluationLevel.PROVINCE;
            Authority authority = certLevel == EvaluationLevel.CENTRAL ? Authority.MINISTER_OF_AGRICULTURE
                    : certLevel == EvaluationLevel.DISTRICT ? Authority.DISTRICT_PEOPLES_COMMITTEE
                    : Authority.PROVINCIAL_PEOPLES_COMMITTEE;
            String number = "GCN-" + i;
            LocalDate issued = decided.plusDays(5 + rnd.nextInt(20));
            b.certificate(new Certificate(number, code, stars, certLevel, authority, i + "/QĐ-UBND", issued));
            int r = rnd.nextInt(20);
            if (r < 4) {
                b.event(new CertificateEvent(number, EventKind.RE_EVALUATION_FILED,
                        issued.plusMonths(30 + rnd.nextInt(7))));
            } else if (r == 4) {
                b.event(new CertificateEvent(number, EventKind.REVOKED, issued.plusDays(200 + rnd.nextInt(600))));
            } else if (r == 5) {
                b.event(new CertificateEvent(number, EventKind.NOTICE_SENT, issued.plusMonths(34)));
            }
            if (rnd.nextInt(15) == 0) {
                b.finding(new Finding("F-" + i, code, Optional.empty(), FINDINGS[rnd.nextInt(FINDINGS.length)],
                        "Sở Nông nghiệp và Môi trường", issued.plusDays(60 + rnd.nextInt(900)), ""));
            }
            if (rnd.nextInt(8) == 0) {
                b.evaluation(Evaluation.builder("U-" + i, code).kind(EvaluationKind.UPGRADE)
                        .level(EvaluationLevel.PROVINCE).filed(issued.plusDays(100 + rnd.nextInt(500)))
                        .memberTotals(60 + rnd.nextInt(40)).build());
            }
        }
        return b.build();
    }

    private static ScoreSheet sheet(CriteriaSheet cs, SplittableRandom rnd, int member) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (CriteriaSheet.Criterion c : cs.criteria().values()) {
            if (c.options().isEmpty()) {
                choices.put(c.id(), Choice.points(rnd.nextInt(c.points() + 1)));
            } else {
                // councils mostly tick the upper options of a reasonable product
                int n = c.options().size();
                int pick = Math.max(0, n - 1 - rnd.nextInt(Math.min(n, 3)));
                choices.put(c.id(), Choice.option(c.options().get(pick).id()));
            }
        }
        return new ScoreSheet("thành viên " + (member + 1), choices);
    }
}
