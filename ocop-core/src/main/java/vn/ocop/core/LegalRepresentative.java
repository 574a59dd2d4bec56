package vn.ocop.core;

/**
 * The producer's legal representative (đại diện pháp luật), as far as the criteria care:
 * criterion 3.2 of the 26/2026 sheets gives one point when the representative is a woman, an
 * ethnic-minority person or a person with a disability.
 *
 * @param woman          the representative is a woman (nữ)
 * @param ethnicMinority the representative belongs to an ethnic minority (đồng bào dân tộc thiểu số)
 * @param disability     the representative is a person with a disability (người khuyết tật)
 */
public record LegalRepresentative(boolean woman, boolean ethnicMinority, boolean disability) {

    public static final LegalRepresentative NONE = new LegalRepresentative(false, false, false);

    /** For JSON: each flag may be left out (false). */
    @com.fasterxml.jackson.annotation.JsonCreator
    static LegalRepresentative json(@com.fasterxml.jackson.annotation.JsonProperty("woman") Boolean woman,
            @com.fasterxml.jackson.annotation.JsonProperty("ethnicMinority") Boolean ethnicMinority,
            @com.fasterxml.jackson.annotation.JsonProperty("disability") Boolean disability) {
        return new LegalRepresentative(Boolean.TRUE.equals(woman), Boolean.TRUE.equals(ethnicMinority),
                Boolean.TRUE.equals(disability));
    }

    /** True when any of the three flags that score under criterion 3.2 is set. */
    public boolean qualifiesForInclusionPoint() {
        return woman || ethnicMinority || disability;
    }
}
