package vn.ocop.core;

/**
 * Why a product may be sold at an OCOP sales point (Decision 950/QĐ-BCT): an OCOP product of 3
 * stars or more, or one of the listed alternatives.
 */
public enum ShelfBasis {
    /** An OCOP product of 3 stars or more: needs a certificate valid on the date. */
    OCOP,
    /** A rural industrial product (CNNTTB): needs an award valid on the date. */
    CNNTTB,
    /** One of the province's key products (sản phẩm chủ lực). */
    PROVINCIAL_KEY_PRODUCT,
    /** A typical agricultural product (sản phẩm nông nghiệp tiêu biểu). */
    TYPICAL_AGRICULTURAL,
    /** A local speciality (đặc sản địa phương). */
    LOCAL_SPECIALITY
}
