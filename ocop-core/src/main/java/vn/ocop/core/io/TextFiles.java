package vn.ocop.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.ocop.core.InvalidInputException;
import vn.ocop.core.InvalidInputException.Problem;

/**
 * Reads the library's input files (portfolios, rule files, scenarios), which are UTF-8 text. A
 * file that cannot be read, or that is not UTF-8 (saved as Windows-1258 or UTF-16 by a spreadsheet,
 * say), is an {@link InvalidInputException} naming the line of the first byte that is not UTF-8,
 * never a bare {@code MalformedInputException: Input length = 1}.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The text of {@code file}.
     *
     * @param source how messages name the file (e.g. its path relative to a rules directory)
     */
    public static String read(Path file, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(new Problem(source, 0, "", "cannot read the file: no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(source, 0, "", "cannot read the file: " + e.getMessage()));
        }
        return decode(source, bytes);
    }

    /** {@code bytes} as UTF-8 text, or a problem at the line of the first byte that is not UTF-8. */
    public static String decode(String source, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(new Problem(source, line, "", String.format("the file is not UTF-8 text: "
                    + "the byte 0x%02X (offset %d) is not part of a UTF-8 character", bytes[at] & 0xff, at),
                    "save the file as UTF-8 (in an editor or spreadsheet: 'Save as' with the encoding UTF-8)"));
        }
        out.flip();
        return out.toString();
    }
}
