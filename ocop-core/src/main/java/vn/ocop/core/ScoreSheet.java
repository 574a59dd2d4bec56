package vn.ocop.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * One council member's filled-in sheet (phiếu đánh giá): the choice made on each criterion,
 * keyed by criterion id ({@code "1.1"}, {@code "6.2"} …). A criterion left out scores 0.
 *
 * @param member  who scored (a name or an anonymous label such as {@code "member 3"})
 * @param choices criterion id → choice
 */
public record ScoreSheet(String member, Map<String, Choice> choices) {
    public ScoreSheet {
        Check.notBlank(member, "sheet.member");
        Check.notNull(choices, "sheet.choices");
        choices.forEach((k, v) -> {
            Check.notBlank(k, "sheet.choices key");
            Check.notNull(v, "sheet.choices['" + k + "']");
        });
        choices = ImmutableMap.copyOf(choices);
    }
}
