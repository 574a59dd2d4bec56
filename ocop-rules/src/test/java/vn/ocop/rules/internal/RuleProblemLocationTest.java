package vn.ocop.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.core.InvalidInputException.Problem;

/** Rule-file problems put at the line a rule author must edit, in plain words. */
class RuleProblemLocationTest {
    static final String DRL = String.join("\n",
            "package vn.ocop.rules;",                                  // 1
            "import vn.ocop.rules.internal.UpgradeFact;",              // 2
            "",                                                        // 3
            "rule \"Five stars is the top\"",                          // 4
            "    @id(\"UPG-TOP\")",                                    // 5
            "when",                                                    // 6
            "    $u : UpgradeFakt( stars == 5 )",                      // 7
            "then",                                                    // 8
            "    $u.decide(;",                                         // 9
            "end", "");

    @Test
    void should_move_a_consequence_error_from_the_rule_to_its_line() {
        // Drools: at the rule's first line, with a line counted from 'then'
        Problem p = RuleBaseFactory.located("rules/upgrade.drl", 4,
                "Unable to parse consequence caused by: (line 2,col 14) Parse error. Found \";\"", DRL);
        assertThat(p.line()).isEqualTo(9);
        assertThat(p.message()).isEqualTo("the rule's consequence (the Java after 'then') does not parse: "
                + "Parse error. Found \";\"");
    }

    @Test
    void should_find_the_line_of_a_type_drools_cannot_find() {
        Problem p = RuleBaseFactory.located("rules/upgrade.drl", 0, "Unable to find class: UpgradeFakt", DRL);
        assertThat(p.toString()).startsWith("rules/upgrade.drl:7: unknown type 'UpgradeFakt'");
        assertThat(p.hint()).contains("import lines");
    }

    @Test
    void should_leave_other_messages_as_they_are() {
        Problem p = RuleBaseFactory.located("rules/upgrade.drl", 5, "[ERR 102] Line 5:0 mismatched input", DRL);
        assertThat(p).isEqualTo(new Problem("rules/upgrade.drl", 5, "", "[ERR 102] Line 5:0 mismatched input"));
        assertThat(RuleBaseFactory.located("rules", 0, "Unable to find class: X", null).line()).isZero();
    }

    @Test
    void should_name_a_criteria_folder_no_rulebook_uses() {
        RuleSources sources = new RuleSources(Map.of("criteria/qd26-2026/10.yaml", "x", "criteria/qd26_2026/10.yaml",
                "x", "criteria/qd26_2026/11.yaml", "x"), "dir", List.of());
        assertThat(RuleBaseFactory.unusedCriteriaFolders(sources, Set.of("qd26-2026"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.source()).isEqualTo("criteria/qd26_2026/10.yaml");
                    assertThat(p.message()).startsWith("no rulebook uses the criteria folder 'qd26_2026'");
                    assertThat(p.hint()).startsWith("did you mean criteria/qd26-2026/?");
                });
        assertThat(RuleBaseFactory.unusedCriteriaFolders(sources, Set.of("qd26-2026", "qd26_2026"))).isEmpty();
    }
}
