package vn.ocop.core;

/** Who paid for an OCOP sales point, as provincial reports count them (seed 004: 9 state-supported, 14 private). */
public enum SalesPointFunding {
    /** Built with state support (the Ministry of Industry and Trade, the province or a district). */
    STATE_SUPPORTED,
    /** Fully privately funded ("xã hội hóa 100%"). */
    PRIVATE
}
