package vn.ocop.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import vn.ocop.core.SalesPointCategory;
import vn.ocop.core.SalesPointFunding;

/**
 * An OCOP sales point on a date: open or not, and whether each product it sells qualifies.
 *
 * @param id       the sales point
 * @param name     its name
 * @param category the kind of place
 * @param funding  state-supported or private
 * @param supportedBy who supported a state-supported point, when recorded
 * @param open     open on the date
 * @param items    each product on its shelf, in the order given
 */
public record SalesPointStatus(String id, String name, SalesPointCategory category, SalesPointFunding funding,
        java.util.Optional<String> supportedBy, boolean open, List<ShelfStatus> items) {

    public SalesPointStatus {
        items = ImmutableList.copyOf(items);
    }

    /** The items that do not qualify on the date. */
    public List<ShelfStatus> flagged() {
        return items.stream().filter(i -> !i.qualifies()).toList();
    }
}
