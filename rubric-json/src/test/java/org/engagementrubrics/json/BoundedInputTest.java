package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one place input is read: the look at the first character, JSON Lines records and the byte limit.
 */
class BoundedInputTest {

    private static BoundedInput input(String text, String name, long maxBytes) {
        return BoundedInput.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, maxBytes);
    }

    @Test
    void theFirstCharacterIsFoundPastAByteOrderMarkAndWhiteSpaceAndTheStreamIsLeftWhereItWas() {
        String text = "\uFEFF \r\n\t[1]";
        BoundedInput input = input(text, "piped", 100);

        assertThat(input.holdsResponses()).isTrue();
        assertThat(input.readAll()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(input("\uFEFF{}", "piped", 100).holdsResponses()).isFalse();
        assertThat(input("", "piped", 100).holdsResponses()).isFalse();
        assertThat(input("{}", "a.NDJSON", 100).holdsResponses()).isTrue();
    }

    @Test
    void aStreamIsLookedIntoNoFurtherThanThePeek() {
        String far = " ".repeat(BoundedInput.PEEK) + "[1]";
        String near = " ".repeat(BoundedInput.PEEK - 2) + "[1]";

        assertThat(input(far, "piped", Long.MAX_VALUE).holdsResponses()).isFalse();
        assertThat(input(near, "piped", Long.MAX_VALUE).holdsResponses()).isTrue();
    }

    @Test
    void aDocumentIsReadUpToTheLimitAndNoFurther() {
        assertThat(input("x".repeat(10), "piped", 10).readAll()).hasSize(10);
        assertThatThrownBy(() -> input("x".repeat(11), "piped", 10).readAll()).isInstanceOfSatisfying(
                FormatException.class, e -> assertThat(e.problems()).extracting(FormatProblem::toString)
                        .containsExactly("piped:0:0: /: [document-too-large] the document has more than 10 bytes, "
                                + "the configured limit (maxDocumentBytes)"));
    }

    @Test
    void textIsMeasuredInUtf8Bytes() {
        BoundedInput.checkLength("\u00e9".repeat(5), "text", 10);
        BoundedInput.checkLength("\u4e2d".repeat(3) + "a", "text", 10);
        BoundedInput.checkLength("\uD83D\uDE00".repeat(2) + "ab", "text", 10);

        for (String text : List.of("\u00e9".repeat(5) + "a", "\u4e2d".repeat(3) + "ab", "\uD83D\uDE00".repeat(2) + "abc")) {
            assertThatThrownBy(() -> BoundedInput.checkLength(text, "text", 10)).isInstanceOf(FormatException.class)
                    .hasMessageContaining("[document-too-large]");
        }
    }

    @Test
    void jsonLinesDropTheirLineEndsAndALongLineIsSkippedToTheNext() throws IOException {
        BoundedInput input = input("ab\r\n\n" + "x".repeat(6) + "\r\nfive!\r\nlast", "lines.jsonl", 5);
        List<String> lines = new ArrayList<>();

        for (BoundedInput.Line line = input.readLine(); line != null; line = input.readLine()) {
            lines.add((line.tooLarge() ? "too large" : new String(line.bytes(), StandardCharsets.UTF_8))
                    + (line.lineFeed() ? " LF" : ""));
        }

        assertThat(lines).containsExactly("ab LF", " LF", "too large LF", "five! LF", "last");
    }

    @Test
    void onlyUtf8IsDecodedAndABadByteIsLocated() {
        Problems problems = new Problems("bytes");

        assertThat(BoundedInput.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, problems))
                .isEqualTo("{}");
        assertThat(BoundedInput.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, problems)).isNull();
        assertThat(BoundedInput.decode(new byte[] {'{', '\n', ' ', (byte) 0xC3, '}'}, problems)).isNull();
        assertThat(problems.sorted()).extracting(FormatProblem::toString).containsExactly(
                "bytes:1:1: /: [encoding] the document starts with a UTF-16 or UTF-32 byte order mark; expected UTF-8",
                "bytes:2:2: /: [encoding] byte 4 is not valid UTF-8 (0xC3); expected UTF-8 text");
    }
}
