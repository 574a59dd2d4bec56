package vn.ocop.core.rulebook;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.core.Check;

/**
 * The record of changes to the rule files ({@code CHANGELOG.yaml} beside them): what changed,
 * under which decision, which regulation periods it affects, which files. {@code ocop validate}
 * checks that every changed file is named by an entry and that the periods and files exist.
 * Format in {@code docs/rule-authoring.md}.
 *
 * @param changes the entries, newest last
 */
public record Changelog(List<Change> changes) {
    public Changelog {
        changes = ImmutableList.copyOf(Check.notNull(changes, "changes"));
    }

    /**
     * One change.
     *
     * @param date     when the change was made
     * @param decision the decision (or other document) that requires it, e.g. {@code 26/2026/QĐ-TTg}
     * @param periods  the rulebook ids whose results it can change
     * @param files    the files (or folders, ending in {@code /}) it touches, relative to the rules folder
     * @param summary  what changed, in plain words
     */
    public record Change(LocalDate date, String decision, List<String> periods, List<String> files, String summary) {
        public Change {
            Check.notNull(date, "date");
            Check.notBlank(decision, "decision");
            periods = ImmutableList.copyOf(Check.notNull(periods, "periods"));
            files = ImmutableList.copyOf(Check.notNull(files, "files"));
            if (files.isEmpty()) {
                throw new IllegalArgumentException("files must name at least one file or folder, but was empty");
            }
            Check.notBlank(summary, "summary");
        }

        /** True when this entry names {@code file} or a folder containing it. */
        public boolean covers(String file) {
            return files.stream().anyMatch(f -> f.equals(file) || (f.endsWith("/") && file.startsWith(f)));
        }
    }
}
