package vn.ocop.rules.internal;

import vn.ocop.core.EvaluationLevel;

/** Names of evaluation levels for messages. */
final class Levels {
    private Levels() {
    }

    static String vi(EvaluationLevel level) {
        return switch (level) {
            case DISTRICT -> "Hội đồng cấp huyện";
            case PROVINCE -> "Hội đồng cấp tỉnh";
            case CENTRAL -> "Hội đồng cấp trung ương";
            default -> level.name();
        };
    }

    static String en(EvaluationLevel level) {
        return switch (level) {
            case DISTRICT -> "the district council";
            case PROVINCE -> "the provincial council";
            case CENTRAL -> "the central council";
            default -> level.name();
        };
    }
}
