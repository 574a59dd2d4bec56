package vn.ocop.rules;

/** The route an upgrade dossier takes. */
public enum UpgradePath {
    /** Scored by the provincial council, certified by the provincial chairman (3★ → 4★). */
    PROVINCE,
    /** Provincial score of 90 or more, approved and sent to the central council (→ 5★). */
    PROVINCE_THEN_CENTRAL,
    /** 148 until 1 July 2025: re-scored by the district council, forwarded to the province at 70 or more. */
    DISTRICT_THEN_PROVINCE
}
