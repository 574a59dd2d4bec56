package vn.ocop.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.ocop.rules.OcopRules;

/** Options shared by the commands that build a rule base. */
final class RuleOptions {
    @Option(names = "--rules-dir", paramLabel = "DIR",
            description = "Load rulebooks, criteria sheets and DRL from DIR over the built-in ones (same layout: "
                    + "rulebooks/, criteria/<period>/, rules/).")
    Path rulesDir;

    @Option(names = "--allow-drl", description = "Allow DRL files from --rules-dir (DRL is code: refused by default).")
    boolean allowDrl;

    @Option(names = "--rule-set", paramLabel = "NAME",
            description = "Switch on an optional rule set: provincial-practice-148 (revocation grounds used by "
                    + "provinces under 148/QĐ-TTg) or province-quang-ngai (Quảng Ngãi: traceability codes, report "
                    + "deadlines). Repeatable.")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads for batch assessment (default: all cores).")
    Integer threads;

    OcopRules.Builder builder() {
        OcopRules.Builder b = OcopRules.builder();
        if (rulesDir != null) {
            b.rulesDirectory(rulesDir).allowExternalDrl(allowDrl);
        }
        ruleSets.forEach(b::enableRuleSet);
        if (threads != null) {
            b.parallelism(threads);
        }
        return b;
    }

    OcopRules build() {
        return builder().build();
    }
}
