package vn.ocop.rules.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.ocop.core.Certificate;
import vn.ocop.core.CertificateEvent;
import vn.ocop.core.CertificateHistory;
import vn.ocop.core.Choice;
import vn.ocop.core.Evaluation;
import vn.ocop.core.Finding;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductRecord;
import vn.ocop.core.ScoreSheet;

/**
 * Shrinking steps: smaller variants of inputs, lazily, most drastic first. A variant is only a
 * proposal; {@link PropertyRunner} keeps it only when the property still fails the same way.
 */
final class Shrink {
    private Shrink() {
    }

    /** Lazily concatenated candidate streams (each part is only asked for when the ones before are used up). */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    static <T> Stream<T> concat(Supplier<Stream<T>>... parts) {
        return Stream.of(parts).flatMap(Supplier::get);
    }

    static <T> List<T> without(List<T> list, int i) {
        List<T> out = new ArrayList<>(list);
        out.remove(i);
        return out;
    }

    // ------------------------------------------------------------------ evaluations

    static Evaluation with(Evaluation e, List<BigDecimal> totals, List<ScoreSheet> sheets, Set<String> knockOuts,
            Optional<Set<Integer>> minimums) {
        return new Evaluation(e.id(), e.productCode(), e.kind(), e.level(), e.filingDate(), e.decisionDate(), totals,
                sheets, knockOuts, minimums);
    }

    static Evaluation withTotals(Evaluation e, List<BigDecimal> totals) {
        return with(e, totals, e.sheets(), e.knockOuts(), e.minimumsMet());
    }

    static Evaluation withSheets(Evaluation e, List<ScoreSheet> sheets) {
        return with(e, e.memberTotals(), sheets, e.knockOuts(), e.minimumsMet());
    }

    static Evaluation withKnockOuts(Evaluation e, Set<String> knockOuts) {
        return with(e, e.memberTotals(), e.sheets(), knockOuts, e.minimumsMet());
    }

    static Evaluation withMinimums(Evaluation e, Optional<Set<Integer>> minimums) {
        return with(e, e.memberTotals(), e.sheets(), e.knockOuts(), minimums);
    }

    static Evaluation withDates(Evaluation e, LocalDate filed, Optional<LocalDate> decided) {
        return new Evaluation(e.id(), e.productCode(), e.kind(), e.level(), filed, decided, e.memberTotals(), e.sheets(),
                e.knockOuts(), e.minimumsMet());
    }

    /** A sheet without one criterion (it then scores 0). */
    static ScoreSheet withoutCriterion(ScoreSheet s, String criterion) {
        Map<String, Choice> c = new LinkedHashMap<>(s.choices());
        c.remove(criterion);
        return new ScoreSheet(s.member(), c);
    }

    static ScoreSheet withChoice(ScoreSheet s, String criterion, Choice choice) {
        Map<String, Choice> c = new LinkedHashMap<>(s.choices());
        c.put(criterion, choice);
        return new ScoreSheet(s.member(), c);
    }

    /** Smaller variants of one evaluation on its own: fewer members, no knock-outs, no stated minimums. */
    static Stream<Evaluation> evaluation(Evaluation e) {
        return concat(
                () -> e.knockOuts().isEmpty() ? Stream.empty() : Stream.of(withKnockOuts(e, Set.of())),
                () -> e.memberTotals().size() <= 1 ? Stream.empty()
                        : IntStream.range(0, e.memberTotals().size()).mapToObj(i -> withTotals(e, without(e.memberTotals(), i))),
                () -> e.sheets().size() <= 1 ? Stream.empty()
                        : IntStream.range(0, e.sheets().size()).mapToObj(i -> withSheets(e, without(e.sheets(), i))),
                () -> e.minimumsMet().isEmpty() ? Stream.empty() : Stream.of(withMinimums(e, Optional.empty())));
    }

    // ------------------------------------------------------------------ records

    static ProductRecord record(ProductRecord r, List<Evaluation> evaluations, List<Certificate> certificates,
            List<Finding> findings, List<CertificateEvent> events) {
        return new ProductRecord(r.product(), r.producer(), evaluations, certificates, findings,
                CertificateHistory.of(events));
    }

    static ProductRecord withoutCertificate(ProductRecord r, int i) {
        Certificate c = r.certificates().get(i);
        List<Finding> findings = r.findings().stream()
                .map(f -> f.certificateNumber().filter(c.number()::equals).isPresent()
                        ? new Finding(f.id(), f.productCode(), Optional.empty(), f.kind(), f.body(), f.date(),
                                f.description())
                        : f)
                .toList();
        List<CertificateEvent> events = r.history().events().stream()
                .filter(e -> !e.certificateNumber().equals(c.number())).toList();
        return record(r, r.evaluations(), without(r.certificates(), i), findings, events);
    }

    static ProductRecord withEvaluation(ProductRecord r, int i, Evaluation e) {
        List<Evaluation> list = new ArrayList<>(r.evaluations());
        list.set(i, e);
        return record(r, list, r.certificates(), r.findings(), r.history().events());
    }

    /**
     * Smaller variants of a product's record: without a certificate (and its events), an evaluation, a
     * finding, an event; with smaller evaluations; with a plain producer and product.
     */
    static Stream<ProductRecord> record(ProductRecord r) {
        List<CertificateEvent> events = r.history().events();
        return concat(
                () -> IntStream.range(0, r.certificates().size()).mapToObj(i -> withoutCertificate(r, i)),
                () -> IntStream.range(0, r.evaluations().size()).mapToObj(i -> record(r,
                        without(r.evaluations(), i), r.certificates(), r.findings(), events)),
                () -> IntStream.range(0, r.findings().size()).mapToObj(i -> record(r, r.evaluations(),
                        r.certificates(), without(r.findings(), i), events)),
                () -> IntStream.range(0, events.size()).mapToObj(i -> record(r, r.evaluations(), r.certificates(),
                        r.findings(), without(events, i))),
                () -> IntStream.range(0, r.evaluations().size()).boxed().flatMap(i -> evaluation(r.evaluations().get(i))
                        .map(e -> withEvaluation(r, i, e))),
                () -> plain(r).equals(r) ? Stream.empty() : Stream.of(plain(r)));
    }

    /** The same facts with a plain cooperative producer and plain names. */
    static ProductRecord plain(ProductRecord r) {
        Producer p = new Producer(r.producer().id(), "Chủ thể", ProducerType.COOPERATIVE);
        Product q = new Product(r.product().code(), "Sản phẩm", r.product().productSet(), p.id(),
                r.product().locality(), false);
        return new ProductRecord(q, p, r.evaluations(), r.certificates(), r.findings(), r.history());
    }

    /** Candidates for a list, each element shrunk by {@code one} in turn, or removed. */
    static <T> Stream<List<T>> list(List<T> list, Function<T, Stream<T>> one, int minSize) {
        return concat(
                () -> list.size() <= minSize ? Stream.empty()
                        : IntStream.range(0, list.size()).mapToObj(i -> without(list, i)),
                () -> IntStream.range(0, list.size()).boxed().flatMap(i -> one.apply(list.get(i)).map(x -> {
                    List<T> out = new ArrayList<>(list);
                    out.set(i, x);
                    return out;
                })));
    }
}
