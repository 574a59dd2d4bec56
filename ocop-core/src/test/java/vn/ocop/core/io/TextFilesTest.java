package vn.ocop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.core.InvalidInputException;

class TextFilesTest {
    @TempDir
    Path tmp;

    @Test
    void should_read_utf8_text() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.yaml"), "name: Tỏi Lý Sơn\n", StandardCharsets.UTF_8);
        assertThat(TextFiles.read(f, "a.yaml")).isEqualTo("name: Tỏi Lý Sơn\n");
    }

    @Test
    void should_name_the_line_of_the_first_byte_that_is_not_utf8() throws IOException {
        // "Sơn" saved in a one-byte Vietnamese code page: 0xF5 is not UTF-8 on its own
        byte[] bytes = "name: QN\nproducer: HTX S\u00f5n\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(tmp.resolve("b.yaml"), bytes);
        assertThatThrownBy(() -> TextFiles.read(f, "b.yaml")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.toString()).startsWith("b.yaml:2: the file is not UTF-8 text: the byte 0xF5");
                    assertThat(p.hint()).contains("save the file as UTF-8");
                }));
    }

    @Test
    void should_say_a_missing_file_is_missing_without_an_exception_name() {
        assertThatThrownBy(() -> TextFiles.read(tmp.resolve("none.json"), "none.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("none.json: cannot read the file: no such file");
    }
}
