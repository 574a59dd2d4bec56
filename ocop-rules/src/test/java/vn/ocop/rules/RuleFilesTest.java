package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.core.rulebook.LoadedRulebook;
import vn.ocop.core.rulebook.Rulebooks;

/** The built-in files: listed in the index, valid, and covering every date exactly once. */
class RuleFilesTest {
    static final Path BASE = Path.of("src/main/resources/vn/ocop");

    @Test
    void should_list_every_built_in_rule_file_in_the_index() throws IOException {
        List<String> index = Files.readAllLines(BASE.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        List<String> files;
        try (Stream<Path> walk = Files.walk(BASE)) {
            files = walk.filter(Files::isRegularFile).map(p -> BASE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.txt")).sorted().toList();
        }
        assertThat(index).as("vn/ocop/index.txt lists exactly the files under vn/ocop/").isEqualTo(files);
    }

    @Test
    void should_validate_the_built_in_files_without_a_problem() {
        RuleValidation.Result r = RuleValidation.validate(Optional.empty(), false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rulebooks()).isEqualTo(4);
        assertThat(r.sheets()).isEqualTo(26);
        assertThat(r.rules()).isGreaterThan(60);
    }

    @Test
    void should_cover_every_date_from_2019_08_21_to_2030_12_31_with_exactly_one_period() {
        Rulebooks rulebooks = OcopRules.builder().build().rulebooks();
        List<String> problems = new ArrayList<>();
        for (LocalDate d = RuleValidation.COVERAGE_FROM; !d.isAfter(RuleValidation.COVERAGE_TO); d = d.plusDays(1)) {
            LocalDate day = d;
            long n = rulebooks.all().stream().map(LoadedRulebook::rulebook).filter(r -> r.covers(day)).count();
            if (n != 1) {
                problems.add(day + " is covered by " + n + " periods");
            }
            if (n == 1 && !rulebooks.forDate(day).rulebook().covers(day)) {
                problems.add(day + ": forDate disagrees with covers");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rulebooks.forDate(RuleValidation.COVERAGE_FROM).id()).isEqualTo("QD1048_2019");
        assertThat(rulebooks.forDate(RuleValidation.COVERAGE_TO).id()).isEqualTo("QD26_2026");
    }
}
