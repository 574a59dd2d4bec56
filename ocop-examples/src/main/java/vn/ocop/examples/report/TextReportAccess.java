package vn.ocop.examples.report;

import vn.ocop.rules.DueAction;

/** Shared phrasing of due actions for the command line. */
public final class TextReportAccess {
    private TextReportAccess() {
    }

    public static String action(DueAction a) {
        return TextReport.action(a);
    }
}
