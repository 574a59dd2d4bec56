package vn.ocop.core.rulebook;

import vn.ocop.core.Check;
import vn.ocop.core.io.SourceMap;

/**
 * A criteria sheet with where it came from.
 *
 * @param sheet  the sheet
 * @param source the file it was read from
 * @param sha256 the hex SHA-256 of the file's text
 * @param lines  line lookup for the file
 */
public record LoadedSheet(CriteriaSheet sheet, String source, String sha256, SourceMap lines) {
    public LoadedSheet {
        Check.notNull(sheet, "sheet");
        Check.notBlank(source, "source");
        Check.notBlank(sha256, "sha256");
        Check.notNull(lines, "lines");
    }
}
