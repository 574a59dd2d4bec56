package vn.ocop.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ocop.core.rulebook.RulebookFiles.lineOf;
import static vn.ocop.core.rulebook.RulebookFiles.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.core.InvalidInputException.Problem;
import vn.ocop.core.ProductSet;

class CriteriaLoaderTest {
    final CriteriaLoader loader = new CriteriaLoader();
    final Rulebook qd26 = new RulebookLoader().load("qd26-2026.yaml", read("rulebooks/qd26-2026.yaml")).rulebook();
    final String garlic = read("criteria/qd26-2026/10-gia-vi-khac.yaml");

    @Test
    void should_load_all_26_sheets_each_adding_up_to_100() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(RulebookFiles.BASE.resolve("criteria/qd26-2026"))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(26);
        java.util.Set<ProductSet> sets = java.util.EnumSet.noneOf(ProductSet.class);
        for (Path f : files) {
            CriteriaSheet sheet = loader.load(f.getFileName().toString(), Files.readString(f), qd26).sheet();
            assertThat(sheet.total()).as(f.toString()).isEqualTo(100);
            assertThat(sheet.parts()).extracting(CriteriaSheet.SheetPart::points).as(f.toString())
                    .containsExactly(40, 25, 35);
            sets.add(sheet.productSet());
        }
        assertThat(sets).containsExactlyInAnyOrder(ProductSet.values());
    }

    @Test
    void should_read_the_starred_minimums_of_the_garlic_sheet() {
        CriteriaSheet s = loader.load("10-gia-vi-khac.yaml", garlic, qd26).sheet();
        assertThat(s.productSet()).isEqualTo(ProductSet.OTHER_SPICES);
        assertThat(s.criteria().get("2.2").option("c").orElseThrow().minimumFor()).contains(3);
        assertThat(s.criteria().get("4.1").option("d").orElseThrow().minimumFor()).contains(5);
        assertThat(s.knockOut("falsified-dossier")).isPresent();
        assertThat(s.starredOptions()).isNotEmpty();
    }

    @Test
    void should_name_the_line_of_an_option_worth_more_than_its_criterion() {
        // criterion 1.7 is worth 1 point; its option b is corrupted to 5
        String bad = garlic.replaceFirst("(?s)(id: \"1\\.7\".*?id: b.*?points: )1", "$15");
        Problem p = catchThrowableOfType(RulebookException.class, () -> loader.load("10-gia-vi-khac.yaml", bad, qd26))
                .problems().get(0);
        assertThat(p.source()).isEqualTo("10-gia-vi-khac.yaml");
        assertThat(p.message()).contains("option 1.7.b gives 5 points, more than the criterion's maximum 1");
        assertThat(p.line()).isGreaterThan(lineOf(bad, "id: \"1.7\""));
    }

    @Test
    void should_report_a_criterion_that_breaks_its_section_sum_with_every_other_problem() {
        String bad = garlic.replaceFirst("(?s)(id: \"1\\.1\"\\n.*?\\n {6}points: )3", "$14");
        List<Problem> problems = catchThrowableOfType(RulebookException.class,
                () -> loader.load("10-gia-vi-khac.yaml", bad, qd26)).problems();
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("the criteria of section 1 add up to 19, but the section is "
                        + "worth 18"))
                .anySatisfy(m -> assertThat(m).contains("the best option of criterion 1.1 gives 3 points, but the "
                        + "criterion is worth 4"));
    }

    @Test
    void should_accept_a_discrepancy_recorded_in_the_file() {
        String tourism = read("criteria/qd26-2026/26-du-lich-cong-dong.yaml");
        CriteriaSheet s = loader.load("26-du-lich-cong-dong.yaml", tourism, qd26).sheet();
        assertThat(s.discrepancies()).anySatisfy(d -> {
            assertThat(d.at()).isEqualTo("A");
            assertThat(d.stated()).isEqualTo(35);
            assertThat(d.sum()).isEqualTo(40);
        });
    }

    @Test
    void should_refuse_a_sheet_of_another_rulebook() {
        String bad = garlic.replace("rulebook: QD26_2026", "rulebook: QD148_2023");
        Problem p = catchThrowableOfType(RulebookException.class, () -> loader.load("x.yaml", bad, qd26)).problems()
                .get(0);
        assertThat(p.field()).isEqualTo("rulebook");
        assertThat(p.line()).isEqualTo(lineOf(bad, "rulebook: QD148_2023"));
    }

    @Test
    void should_refuse_a_sheet_file_that_is_just_null() {
        // found by fuzzing (CriteriaFuzzTest): a NullPointerException escaped from the sums check
        Problem p = catchThrowableOfType(RulebookException.class, () -> loader.load("99-x.yaml", "~\n", qd26))
                .problems().get(0);
        assertThat(p.toString())
                .isEqualTo("99-x.yaml:1: expected a CriteriaSheet (a mapping of keys to values), but the document is null");
    }
}
