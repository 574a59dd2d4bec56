package vn.ocop.rules;

/** Where the as-of date stands against the re-evaluation filing window (26/2026 Điều 7.6.a). */
public enum WindowState {
    /** The period in force sets no filing window (before 26/2026), or the certificate no longer stands. */
    NOT_APPLICABLE,
    /** Before the window opens (more than 180 days before expiry). */
    NOT_YET_OPEN,
    /** Inside the window. */
    OPEN,
    /** The window has closed (less than 120 days before expiry) and nothing was filed in it. */
    CLOSED,
    /** A re-evaluation dossier has been filed. */
    FILED
}
