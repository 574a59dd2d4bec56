package vn.ocop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ocop.core.Authority;
import vn.ocop.core.Certificate;
import vn.ocop.core.EvaluationLevel;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.Locality;
import vn.ocop.core.Portfolio;
import vn.ocop.core.Producer;
import vn.ocop.core.ProducerType;
import vn.ocop.core.Product;
import vn.ocop.core.ProductSet;

class StrictReaderTest {
    static final PortfolioIO IO = new PortfolioIO();

    static String json() {
        Producer p = new Producer("P-1", "HTX Tỏi", ProducerType.COOPERATIVE);
        Product product = new Product("A", "Tỏi", ProductSet.OTHER_SPICES, "P-1",
                Locality.of("51", "Quảng Ngãi", "22001", "Lý Sơn"), true);
        Certificate c = new Certificate("C-1", "A", 3, EvaluationLevel.PROVINCE, Authority.PROVINCIAL_PEOPLES_COMMITTEE,
                "1898/QĐ-UBND", LocalDate.of(2025, 10, 15));
        return IO.toJson(new Portfolio("QN", List.of(p), List.of(product), List.of(), List.of(c), List.of(), List.of(),
                Optional.empty()));
    }

    static InvalidInputException.Problem problem(String text) {
        try {
            IO.read("p.json", text);
        } catch (InvalidInputException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("no error for:\n" + text);
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @Test
    void should_read_back_what_it_writes() {
        Portfolio p = IO.read("p.json", json());
        assertThat(IO.toJson(p)).isEqualTo(json());
    }

    @Test
    void should_name_a_misspelled_key_its_line_and_the_closest_known_key() {
        String bad = json().replace("\"onEcommerce\"", "\"onEcomerce\"");
        InvalidInputException.Problem p = problem(bad);
        assertThat(p.line()).isEqualTo(lineOf(bad, "onEcomerce"));
        assertThat(p.field()).isEqualTo("products[0].onEcomerce");
        assertThat(p.message()).isEqualTo("unknown key 'onEcomerce'");
        assertThat(p.hint()).startsWith("did you mean 'onEcommerce'?");
    }

    @Test
    void should_report_a_misspelled_key_rather_than_the_missing_one() {
        String bad = json().replace("\"stars\"", "\"strs\"");
        InvalidInputException.Problem p = problem(bad);
        assertThat(p.message()).isEqualTo("unknown key 'strs'");
        assertThat(p.hint()).startsWith("did you mean 'stars'?");
        assertThat(p.line()).isEqualTo(lineOf(bad, "strs"));
    }

    @Test
    void should_refuse_an_impossible_date() {
        String bad = json().replace("2025-10-15", "2025-02-30");
        InvalidInputException.Problem p = problem(bad);
        assertThat(p.field()).isEqualTo("certificates[0].decisionDate");
        assertThat(p.line()).isEqualTo(lineOf(bad, "2025-02-30"));
        assertThat(p.message()).contains("not a real date");
    }

    @Test
    void should_refuse_a_date_with_a_time_of_day_instead_of_cutting_it() {
        String bad = json().replace("2025-10-15", "2025-10-15T10:00:00");
        InvalidInputException.Problem p = problem(bad);
        assertThat(p.field()).isEqualTo("certificates[0].decisionDate");
        assertThat(p.line()).isEqualTo(lineOf(bad, "2025-10-15T10:00:00"));
        assertThat(p.message()).contains("expected a date in the form YYYY-MM-DD").contains("'2025-10-15T10:00:00'");
        assertThat(p.hint()).isEqualTo("a date has no time of day: 2025-10-15");
    }

    @Test
    void should_list_the_allowed_values_of_an_enum() {
        InvalidInputException.Problem p = problem(json().replace("\"COOPERATIVE\"", "\"COOP\""));
        assertThat(p.field()).isEqualTo("producers[0].type");
        assertThat(p.message()).contains("one of [COOPERATIVE, COOPERATIVE_GROUP").contains("but was 'COOP'");
    }

    @Test
    void should_point_a_model_rule_at_the_line_of_its_field() {
        String bad = json().replace("\"stars\" : 3", "\"stars\" : 7");
        InvalidInputException.Problem p = problem(bad);
        assertThat(p.message()).isEqualTo("certificate.stars must be between 3 and 5, but was 7");
        assertThat(p.line()).isEqualTo(lineOf(bad, "\"stars\" : 7"));
    }

    @Test
    void should_point_a_dangling_reference_at_its_line() {
        String bad = json().replace("\"producerId\" : \"P-1\"", "\"producerId\" : \"P-9\"");
        InvalidInputException.Problem p = problem(bad);
        assertThat(p.field()).isEqualTo("products[0].producerId");
        assertThat(p.line()).isEqualTo(lineOf(bad, "P-9"));
        assertThat(p.message()).isEqualTo("no producer with id 'P-9'");
    }

    @Test
    void should_refuse_a_wrong_type_a_duplicate_key_and_trailing_content() {
        assertThat(problem(json().replace("\"stars\" : 3", "\"stars\" : \"three\"")).message())
                .startsWith("expected a whole number");
        InvalidInputException.Problem twice = problem(json().replace("\"stars\" : 3", "\"stars\" : 3, \"stars\" : 4"));
        assertThat(twice.message()).isEqualTo("the key 'stars' appears twice in the same mapping");
        assertThat(twice.field()).isEqualTo("certificates[0].stars");
        assertThat(problem(json() + " {}").message()).contains("unexpected content after the end of the document");
        assertThat(problem(json() + "}").message()).startsWith("syntax error");
    }

    @Test
    void should_read_yaml_by_extension_with_the_same_strictness() {
        String yaml = "name: QN\nproducers:\n  - id: P-1\n    name: HTX\n    type: COOPERATIVE\n    typo: 1\n";
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> IO.read("p.yaml", yaml));
        assertThat(e.problems().get(0).line()).isEqualTo(6);
        assertThat(e.problems().get(0).toString()).startsWith("p.yaml:6: producers[0].typo: unknown key 'typo'");
    }

    @Test
    void should_map_paths_to_lines() {
        SourceMap m = SourceMap.of("a:\n  b:\n    - x: 1\n    - x: 2\n      y: 3\n", Mappers.yaml().getFactory());
        assertThat(m.line("a.b[1].y")).isEqualTo(5);
        assertThat(m.line("a.b[0].x")).isEqualTo(3);
        assertThat(m.line("a.b[1].missing")).isEqualTo(4);
    }

    @Test
    void should_refuse_an_empty_file() {
        assertThatThrownBy(() -> IO.read("p.json", "  ")).hasMessage("p.json:1: the file is empty");
    }

    @Test
    void should_say_a_list_was_expected_without_java_type_names() {
        String text = json().replaceFirst("\"certificates\" : \\[", "\"certificates\" : {\"x\": [")
                .replaceFirst("\\]\\s*,\\s*\"findings\"", "]}, \"findings\"");
        InvalidInputException.Problem p = problem(text);
        assertThat(p.field()).isEqualTo("certificates");
        assertThat(p.message()).isEqualTo("expected a list, but got a mapping of keys to values");
        assertThat(p.toString()).doesNotContain("java.").doesNotContain("ArrayList");
    }

    @Test
    void should_suggest_a_decimal_point_for_a_number_written_with_a_comma() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new StrictReader().read("a.yaml", "v: \"72,4\"\n", StrictReader.Format.YAML, Holder.class));
        InvalidInputException.Problem p = e.problems().get(0);
        assertThat(p.message()).isEqualTo("expected a number, but got the text '72,4'");
        assertThat(p.hint()).isEqualTo("write the decimal with a point: 72.4");
    }

    @Test
    void should_suggest_quotes_for_a_value_with_a_colon() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new StrictReader().readTree("a.yaml", "name: Trà: hoa vàng\n", StrictReader.Format.YAML));
        InvalidInputException.Problem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).startsWith("syntax error: mapping values are not allowed here");
        assertThat(p.hint()).contains("must be in quotes");
    }

    @Test
    void should_find_decimal_commas_in_one_line_lists_of_totals_only_where_items_are_spaced() {
        String text = "a:\n  memberTotals: [74, 71,5, 73]\n  b: {memberTotals: [74,71.5,73]}\n"
                + "  \"memberTotals\": [80, 90,25]\n";
        assertThat(DecimalCommas.find("t.yaml", text, "memberTotals")).extracting(InvalidInputException.Problem::line)
                .containsExactly(2, 4);
        assertThat(DecimalCommas.find("t.yaml", "memberTotals: [74, 71.5, 73]\n", "memberTotals")).isEmpty();
    }

    @Test
    void should_refuse_documents_beyond_the_limits_with_a_message_and_no_exhaustion() {
        StrictReader r = new StrictReader();
        String deep = "{\"x\": " + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> r.readTree("d.json", deep, StrictReader.Format.JSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.message()).isEqualTo("the document is refused: Document nesting depth (65) "
                                    + "exceeds the maximum allowed (64)");
                            assertThat(p.hint()).contains("nested at most 64 levels deep");
                        }));
        String longText = "{\"name\": \"" + "x".repeat(Mappers.MAX_STRING_CHARS + 1) + "\"}";
        assertThatThrownBy(() -> IO.read("s.json", longText)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).message()).startsWith("the document is refused: String value "
                        + "length").doesNotContain("StreamReadConstraints"));
        String longNumber = "{\"x\": 1" + "0".repeat(100) + "}";
        assertThatThrownBy(() -> r.readTree("n.json", longNumber, StrictReader.Format.JSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("the document is refused: Number value length (101)"));
        assertThatThrownBy(() -> r.readTree("d.yaml", "x: " + "[".repeat(100) + "]".repeat(100) + "\n",
                StrictReader.Format.YAML)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void should_read_yaml_as_plain_data_without_types_or_expanding_aliases() {
        StrictReader r = new StrictReader();
        // a tag naming a Java class creates nothing: the value is read as plain data
        assertThat(r.readTree("t.yaml", "x: !!java.io.File [/tmp]\n", StrictReader.Format.YAML).get("x").isArray())
                .isTrue();
        // an "alias bomb" (each key three aliases of the one before) is not expanded
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 20; i++) {
            char k = (char) ('b' + i);
            char prev = (char) ('a' + i);
            bomb.append(k).append(": &").append(k).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append("]\n");
        }
        // an "alias bomb" (each key three aliases of the one before) is refused, not expanded
        assertThatThrownBy(() -> r.readTree("bomb.yaml", bomb.toString(), StrictReader.Format.YAML))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'*a' is a YAML alias");
    }

    @Test
    void should_refuse_a_yaml_alias_instead_of_reading_it_as_the_text_of_its_name() {
        // Jackson reads an alias as the text of its name: name: *n would silently be "n"
        String yaml = "name: &n QN\nproducers:\n  - id: P-1\n    name: *n\n    type: COOPERATIVE\n";
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> IO.read("p.yaml", yaml));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("producers[0].name");
            assertThat(p.message()).startsWith("'*n' is a YAML alias");
            assertThat(p.hint()).contains("write the value out in full");
        });
        // an asterisk in a text is not an alias
        assertThat(IO.read("p.yaml", yaml.replace("*n", "\"*n\"")).producers().get(0).name()).isEqualTo("*n");
    }

    @Test
    void should_put_parser_errors_in_plain_words_at_the_line_of_the_problem() {
        // SnakeYAML: a tab, at the line of the tab (not of the token before it)
        InvalidInputException.Problem tab = yamlProblem("name: QN\nproducers:\n  - id: P-1\n\t name: HTX\n");
        assertThat(tab.line()).isEqualTo(4);
        assertThat(tab.message()).isEqualTo("syntax error: a tab character, where YAML allows only spaces");
        assertThat(tab.hint()).isEqualTo("indent with spaces, not tabs");
        // Jackson: NaN, a file cut short
        assertThat(problem(json().replace("\"stars\" : 3", "\"stars\" : NaN")).message())
                .isEqualTo("'NaN' is not a number");
        InvalidInputException.Problem cut = problem(json().substring(0, json().indexOf("1898")));
        assertThat(cut.message()).startsWith("syntax error: the file ends in the middle of the document")
                .doesNotContain("end-of-input");
        // a YAML file holding only comments is empty, whatever Jackson calls it
        assertThat(yamlProblem("# nothing yet\n").toString()).isEqualTo("p.yaml:1: the file is empty");
    }

    @Test
    void should_say_how_to_write_a_date_written_day_first_or_without_leading_zeros() {
        assertThat(problem(json().replace("2025-10-15", "15/10/2025")).hint())
                .isEqualTo("write the year first: 2025-10-15 (if 15/10/2025 is day/month/year)");
        InvalidInputException.Problem unpadded = problem(json().replace("2025-10-15", "2025-1-5"));
        assertThat(unpadded.message()).isEqualTo("expected a date in the form YYYY-MM-DD, but was '2025-1-5'");
        assertThat(unpadded.hint()).isEqualTo("months and days have two digits: 2025-01-05");
    }

    @Test
    void should_find_decimal_commas_in_one_line_mappings_but_not_in_quotes_or_comments() {
        String text = "bands:\n  4: {from: 70, below: 89,5}   # {below: 89,5}\n  5: {from: 89.5, note: \"{a: 1,5}\"}\n";
        assertThat(DecimalCommas.findInFlowMappings("r.yaml", text, Mappers.yaml().getFactory()))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.field()).isEqualTo("below");
                    assertThat(p.message()).contains("'89,5'").contains("read as 89 and a key '5'");
                    assertThat(p.hint()).isEqualTo("write decimals with a point: below: 89.5");
                });
        assertThatThrownBy(() -> new StrictReader().readTree("r.yaml", text, StrictReader.Format.YAML))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("r.yaml:2: below: '89,5'");
    }

    @Test
    void should_place_a_limit_without_a_location_at_the_line_where_reading_stops() {
        String longNumber = json().replace("\"stars\" : 3", "\"stars\" : 3" + "0".repeat(80));
        InvalidInputException.Problem p = problem(longNumber);
        assertThat(p.message()).startsWith("the document is refused: Number value length");
        assertThat(p.line()).isEqualTo(lineOf(longNumber, "\"stars\""));
    }

    static InvalidInputException.Problem yamlProblem(String text) {
        try {
            IO.read("p.yaml", text);
        } catch (InvalidInputException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("no error for:\n" + text);
    }

    /** A one-number document for the coercion tests. */
    record Holder(java.math.BigDecimal v) {
    }

    @Test
    void should_refuse_a_document_that_is_just_null() {
        // found by fuzzing (PortfolioFuzzTest): these bound to a null portfolio instead of failing
        assertThatThrownBy(() -> IO.read("p.json", "null")).isInstanceOf(InvalidInputException.class)
                .hasMessage("p.json:1: expected a Portfolio (a mapping of keys to values), but the document is null");
        assertThatThrownBy(() -> IO.read("p.yaml", "~\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("p.yaml:1: expected a Portfolio (a mapping of keys to values), but the document is null");
    }

    @Test
    void should_call_a_yaml_file_of_comments_only_empty() {
        assertThatThrownBy(() -> IO.read("p.yaml", "# nothing yet\n# (to be filled in)\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("p.yaml:1: the file is empty");
    }
}
