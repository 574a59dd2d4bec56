package vn.ocop.core.rulebook;

import vn.ocop.core.LocalizedText;

/** The three parts of the criteria (26/2026/QĐ-TTg Điều 3.1). */
public enum Part {
    /** Sản phẩm và sức mạnh cộng đồng. */
    A("Sản phẩm và sức mạnh cộng đồng", "Product and community strength"),
    /** Khả năng tiếp thị. */
    B("Khả năng tiếp thị", "Marketing capacity"),
    /** Chất lượng sản phẩm. */
    C("Chất lượng sản phẩm", "Product quality");

    private final LocalizedText label;

    Part(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    public LocalizedText label() {
        return label;
    }
}
