package vn.ocop.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The append-only record of what happened to certificates: nothing is deleted or overwritten,
 * and the state on any date is recomputed from the events dated on or before it. Instances are
 * immutable; {@link #append(CertificateEvent)} returns a new history.
 */
public final class CertificateHistory {
    private static final CertificateHistory EMPTY = new CertificateHistory(ImmutableList.of());

    private final ImmutableList<CertificateEvent> events;

    private CertificateHistory(ImmutableList<CertificateEvent> events) {
        this.events = events;
    }

    public static CertificateHistory empty() {
        return EMPTY;
    }

    public static CertificateHistory of(Collection<CertificateEvent> events) {
        return new CertificateHistory(ImmutableList.copyOf(Check.noNulls(events, "events")));
    }

    /** A new history with the event added at the end; this one is unchanged. */
    public CertificateHistory append(CertificateEvent event) {
        Check.notNull(event, "event");
        return new CertificateHistory(ImmutableList.<CertificateEvent>builderWithExpectedSize(events.size() + 1)
                .addAll(events).add(event).build());
    }

    /** Every event, in the order recorded. */
    public List<CertificateEvent> events() {
        return events;
    }

    /** The events of one certificate dated on or before {@code asOf}, in the order recorded. */
    public List<CertificateEvent> of(String certificateNumber, LocalDate asOf) {
        return events.stream()
                .filter(e -> e.certificateNumber().equals(certificateNumber) && !e.date().isAfter(asOf))
                .toList();
    }

    /** The latest (by date, then by record order) event of a kind for a certificate, on or before {@code asOf}. */
    public Optional<CertificateEvent> latest(String certificateNumber, EventKind kind, LocalDate asOf) {
        return latest(certificateNumber, asOf, e -> e.kind() == kind);
    }

    private Optional<CertificateEvent> latest(String certificateNumber, LocalDate asOf,
            Predicate<CertificateEvent> which) {
        CertificateEvent found = null;
        for (CertificateEvent e : events) {
            if (e.certificateNumber().equals(certificateNumber) && !e.date().isAfter(asOf) && which.test(e)
                    && (found == null || !e.date().isBefore(found.date()))) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateHistory h && h.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "CertificateHistory" + events;
    }
}
