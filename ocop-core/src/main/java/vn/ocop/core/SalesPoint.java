package vn.ocop.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An OCOP sales point (điểm giới thiệu và bán sản phẩm OCOP) under Decision 950/QĐ-BCT: where it
 * is, who paid for it, and what it sells.
 *
 * @param id          the host system's identifier
 * @param name        its name
 * @param address     where it is, free text
 * @param category    the kind of place (Decision 950/QĐ-BCT lists busy places)
 * @param funding     state-supported or fully private
 * @param supportedBy for state-supported points: who supported it (e.g. "Bộ Công Thương"); may be empty
 * @param openedOn    when it opened; a point opened after a report's date is not counted
 * @param closedOn    when it closed, if it did
 * @param items       the products it sells
 */
public record SalesPoint(String id, String name, String address, SalesPointCategory category, SalesPointFunding funding,
        Optional<String> supportedBy, LocalDate openedOn, Optional<LocalDate> closedOn, List<ShelfItem> items) {

    public SalesPoint {
        Check.notBlank(id, "salesPoint.id");
        Check.notBlank(name, "salesPoint.name");
        address = address == null ? "" : address;
        Check.notNull(category, "salesPoint.category");
        Check.notNull(funding, "salesPoint.funding");
        supportedBy = supportedBy == null ? Optional.empty() : supportedBy;
        if (funding == SalesPointFunding.PRIVATE && supportedBy.isPresent()) {
            throw new IllegalArgumentException("salesPoint.supportedBy: a privately funded point names no supporter, "
                    + "but names '" + supportedBy.get() + "'");
        }
        Check.notNull(openedOn, "salesPoint.openedOn");
        closedOn = closedOn == null ? Optional.empty() : closedOn;
        if (closedOn.isPresent() && closedOn.get().isBefore(openedOn)) {
            throw new IllegalArgumentException("salesPoint.closedOn must not be before openedOn " + openedOn
                    + ", but was " + closedOn.get());
        }
        items = ImmutableList.copyOf(Check.noNulls(items == null ? List.of() : items, "salesPoint.items"));
    }

    /** True when the point is open on {@code date}. */
    public boolean openOn(LocalDate date) {
        return !date.isBefore(openedOn) && closedOn.map(c -> date.isBefore(c)).orElse(true);
    }
}
