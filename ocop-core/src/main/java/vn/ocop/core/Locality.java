package vn.ocop.core;

import java.util.Optional;

/**
 * Where a product or producer is: province and commune, and for records before 1 July 2025
 * (when the district level was abolished) the district. Codes are the administrative unit
 * codes (26/2026 sheets cite Quyết định 19/2025/QĐ-TTg for the post-reform codes); names
 * are for reports.
 *
 * @param provinceCode  province code, e.g. {@code "51"}
 * @param provinceName  province name, e.g. {@code "Quảng Ngãi"}
 * @param districtCode  district code, for records before 1 July 2025
 * @param districtName  district name
 * @param communeCode   commune code
 * @param communeName   commune name
 */
public record Locality(String provinceCode, String provinceName, Optional<String> districtCode,
        Optional<String> districtName, String communeCode, String communeName) {

    public Locality {
        Check.notBlank(provinceCode, "locality.provinceCode");
        Check.notBlank(provinceName, "locality.provinceName");
        districtCode = districtCode == null ? Optional.empty() : districtCode;
        districtName = districtName == null ? Optional.empty() : districtName;
        Check.notBlank(communeCode, "locality.communeCode");
        Check.notBlank(communeName, "locality.communeName");
        if (districtName.isPresent() && districtCode.isEmpty()) {
            throw new IllegalArgumentException(
                    "locality.districtCode is required when districtName is given ('" + districtName.get() + "')");
        }
    }

    /** A locality after the 2025 reform: province and commune only. */
    public static Locality of(String provinceCode, String provinceName, String communeCode, String communeName) {
        return new Locality(provinceCode, provinceName, Optional.empty(), Optional.empty(), communeCode, communeName);
    }

    /** A locality before the 2025 reform, with its district. */
    public static Locality withDistrict(String provinceCode, String provinceName, String districtCode,
            String districtName, String communeCode, String communeName) {
        return new Locality(provinceCode, provinceName, Optional.of(districtCode), Optional.of(districtName),
                communeCode, communeName);
    }
}
