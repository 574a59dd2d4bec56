package vn.ocop.core;

/**
 * A product (sản phẩm) registered in the programme.
 *
 * @param code        product code (mã số sản phẩm), e.g. {@code 51-21001-003-2024}; unique in a portfolio
 * @param name        product name
 * @param productSet  the set it is scored on (bộ sản phẩm)
 * @param producerId  the {@link Producer#id()} of its producer
 * @param locality    where it is produced
 * @param onEcommerce listed on an e-commerce platform (provincial reports count these)
 */
public record Product(String code, String name, ProductSet productSet, String producerId, Locality locality,
        boolean onEcommerce) {

    /** For JSON: {@code onEcommerce} may be left out (false). */
    @com.fasterxml.jackson.annotation.JsonCreator
    static Product json(@com.fasterxml.jackson.annotation.JsonProperty("code") String code,
            @com.fasterxml.jackson.annotation.JsonProperty("name") String name,
            @com.fasterxml.jackson.annotation.JsonProperty("productSet") ProductSet productSet,
            @com.fasterxml.jackson.annotation.JsonProperty("producerId") String producerId,
            @com.fasterxml.jackson.annotation.JsonProperty("locality") Locality locality,
            @com.fasterxml.jackson.annotation.JsonProperty("onEcommerce") Boolean onEcommerce) {
        return new Product(code, name, productSet, producerId, locality, onEcommerce != null && onEcommerce);
    }

    public Product {
        Check.notBlank(code, "product.code");
        Check.notBlank(name, "product.name");
        Check.notNull(productSet, "product.productSet");
        Check.notBlank(producerId, "product.producerId");
        Check.notNull(locality, "product.locality");
    }
}
