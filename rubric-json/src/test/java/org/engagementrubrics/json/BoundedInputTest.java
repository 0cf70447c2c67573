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
                        .containsExactly("piped:1:1: [document-too-large] the document has more than 10 bytes, the"
                                + " configured limit (maxDocumentBytes; a leading byte order mark and one final line end"
                                + " are not counted); split it, or raise the limit"));
    }

    /** Issue 9 item 11: the limit counts the document, not a byte order mark before it nor its final newline. */
    @Test
    void theLimitCountsNeitherALeadingByteOrderMarkNorOneFinalLineEnd() {
        String bom = "\uFEFF";

        assertThat(input("x".repeat(10) + "\n", "piped", 10).readAll()).hasSize(11);
        assertThat(input(bom + "x".repeat(10) + "\r\n", "piped", 10).readAll()).hasSize(15);
        for (String tooLarge : List.of("x".repeat(10) + "\n\n", "x".repeat(10) + " \n", bom + bom + "x".repeat(10))) {
            assertThatThrownBy(() -> input(tooLarge, "piped", 10).readAll()).isInstanceOf(FormatException.class)
                    .hasMessageContaining("[document-too-large]");
        }
        BoundedInput.checkLength(bom + "x".repeat(10) + "\n", "text", 10);
        assertThatThrownBy(() -> BoundedInput.checkLength("x".repeat(10) + "\n\n", "text", 10))
                .isInstanceOf(FormatException.class).hasMessageContaining("[document-too-large]");
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

        assertThat(Utf8.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, problems))
                .isEqualTo("{}");
        assertThat(Utf8.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, problems)).isNull();
        assertThat(Utf8.decode(new byte[] {'{', '\n', ' ', (byte) 0xC3, '}'}, problems)).isNull();
        assertThat(problems.sorted()).extracting(FormatProblem::toString).containsExactly(
                "bytes:1:1: [encoding] the document starts with a UTF-16 or UTF-32 byte order mark; expected UTF-8",
                "bytes:2:2: [encoding] the byte 0xC3 is not valid UTF-8: the text looks like Latin-1 or Windows-1252,"
                        + " where it is '\u00c3'; save the text as UTF-8");
    }

    /** Issue 9 item 9: the message gives the bad byte's value; its place is the line and column. */
    @Test
    void aBadByteIsNamedByItsValueAtItsLineAndColumn() {
        Problems problems = new Problems("latin1.json");
        byte[] latin1 = "{\"title\": \"Ra\u00fal\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] truncated = {'"', 'a', (byte) 0xE2, (byte) 0x82};

        assertThat(Utf8.decode(latin1, problems)).isNull();
        assertThat(Utf8.decode(truncated, problems)).isNull();
        assertThat(problems.sorted()).extracting(FormatProblem::toString).containsExactly(
                "latin1.json:1:3: [encoding] the byte 0xE2 is not valid UTF-8; save the text as UTF-8",
                "latin1.json:1:14: [encoding] the byte 0xFA is not valid UTF-8: the text looks like Latin-1 or"
                        + " Windows-1252, where it is '\u00fa'; save the text as UTF-8");
    }
}
