package vn.ocop.core.rulebook;

import vn.ocop.core.Check;
import vn.ocop.core.io.SourceMap;

/**
 * A rulebook with where it came from: the file name, its SHA-256 and its source map (for
 * pointing later checks at lines).
 *
 * @param rulebook the rulebook
 * @param source   the file it was read from
 * @param sha256   the hex SHA-256 of the file's bytes (UTF-8 text)
 * @param lines    line lookup for the file
 * @param overridden true when values were overridden after reading (a "what if")
 */
public record LoadedRulebook(Rulebook rulebook, String source, String sha256, SourceMap lines, boolean overridden) {
    public LoadedRulebook {
        Check.notNull(rulebook, "rulebook");
        Check.notBlank(source, "source");
        Check.notBlank(sha256, "sha256");
        Check.notNull(lines, "lines");
    }

    public String id() {
        return rulebook.id();
    }
}
