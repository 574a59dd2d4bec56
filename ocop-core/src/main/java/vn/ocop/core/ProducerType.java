package vn.ocop.core;

/**
 * Type of producer (loại hình chủ thể OCOP). Which types may apply depends on the regulation
 * period: 26/2026/QĐ-TTg Điều 2.3 admits cooperatives, cooperative groups, small and medium
 * enterprises, farms and households with business registration; for tourism products also
 * associations and operating centres. Large enterprises ({@link #OTHER_ENTERPRISE}) were
 * admitted under earlier decisions and may still hold certificates.
 */
public enum ProducerType {
    /** Hợp tác xã. */
    COOPERATIVE("Hợp tác xã", "Cooperative", ReportGroup.COOPERATIVE),
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group", ReportGroup.COOPERATIVE),
    /** Doanh nghiệp nhỏ và vừa. */
    SMALL_MEDIUM_ENTERPRISE("Doanh nghiệp nhỏ và vừa", "Small or medium enterprise", ReportGroup.ENTERPRISE),
    /** Doanh nghiệp khác (không phải nhỏ và vừa). */
    OTHER_ENTERPRISE("Doanh nghiệp khác", "Other (large) enterprise", ReportGroup.ENTERPRISE),
    /** Trang trại. */
    FARM("Trang trại", "Farm", ReportGroup.HOUSEHOLD),
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh (cơ sở sản xuất, hộ kinh doanh). */
    HOUSEHOLD("Hộ sản xuất, hộ gia đình có đăng ký kinh doanh", "Household business with business registration",
            ReportGroup.HOUSEHOLD),
    /** Hội, hiệp hội — tourism products only. */
    ASSOCIATION("Hội, hiệp hội", "Association (tourism only)", ReportGroup.OTHER),
    /** Trung tâm điều hành hoặc tổ chức tương đương — tourism products only. */
    OPERATING_CENTRE("Trung tâm điều hành hoặc tổ chức tương đương", "Operating centre or equivalent (tourism only)",
            ReportGroup.OTHER);

    /**
     * The three groups provincial reports count producers in ("Doanh nghiệp", "Hợp tác xã",
     * "Cơ sở sản xuất/hộ kinh doanh"), plus the tourism organisations.
     */
    public enum ReportGroup {
        ENTERPRISE("Doanh nghiệp", "Enterprises"),
        COOPERATIVE("Hợp tác xã, tổ hợp tác", "Cooperatives and cooperative groups"),
        HOUSEHOLD("Cơ sở sản xuất/hộ kinh doanh", "Household businesses and farms"),
        OTHER("Tổ chức khác", "Other organisations");

        private final LocalizedText label;

        ReportGroup(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    private final LocalizedText label;
    private final ReportGroup reportGroup;

    ProducerType(String vi, String en, ReportGroup reportGroup) {
        this.label = LocalizedText.of(vi, en);
        this.reportGroup = reportGroup;
    }

    public LocalizedText label() {
        return label;
    }

    public ReportGroup reportGroup() {
        return reportGroup;
    }
}
