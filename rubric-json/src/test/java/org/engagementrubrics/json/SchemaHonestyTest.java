package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 13: the table of rules that the JSON Schemas cannot express, in {@code docs/format.md}, is
 * exact. Each listed rule has an invalid-corpus example that its kind's schema accepts and the reader refuses
 * with the rule's code; every invalid-corpus file that its schema accepts breaks only listed rules.
 */
@DisplayName("issue 9 item 13: what the schemas cannot say")
class SchemaHonestyTest {

    private static final Path DOC = Path.of("..", "docs", "format.md");
    private static final String BEGIN = "<!-- reader-only-rules:begin -->";
    private static final String END = "<!-- reader-only-rules:end -->";
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");

    /** One row of the table. */
    record Rule(Set<String> kinds, String code, String text, List<String> examples) {
    }

    static List<Rule> rules() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("the table's markers in %s", DOC).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        List<Rule> rules = new ArrayList<>();
        for (String line : doc.substring(begin + BEGIN.length(), end).strip().split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || cells[1].strip().equals("kinds") || cells[1].strip().startsWith("---")) {
                continue;
            }
            rules.add(new Rule(kinds(cells[1].strip()), ticked(cells[2]).get(0), cells[3].strip(), ticked(cells[4])));
        }
        return rules;
    }

    private static Set<String> kinds(String cell) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String part : cell.split(",")) {
            String name = part.strip();
            if (name.equals("every kind")) {
                kinds.addAll(JsonSchemas.kinds());
            } else if (name.equals("every instrument kind")) {
                kinds.addAll(DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT));
            } else {
                assertThat(JsonSchemas.kinds()).as("a kind in the table").contains(name);
                kinds.add(name);
            }
        }
        return kinds;
    }

    private static List<String> ticked(String cell) {
        Matcher matcher = TICKED.matcher(cell);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    /** The file's kind, when it is UTF-8 JSON naming a kind that has a schema. */
    private static Optional<String> kind(Path file) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return SchemaCorpusTest.kind(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean schemaAccepts(Path file, String kind) throws IOException {
        return SchemaTest.validate(kind, Files.readString(file, StandardCharsets.UTF_8)).isEmpty();
    }

    /** The codes the reader refuses the file with, read the way its expectation says. */
    private static List<String> codesRefused(Path file) {
        Throwable thrown = catchThrowable(() -> InvalidCorpusTest.read(file, InvalidCorpusTest.expectation(file)));
        assertThat(thrown).as("the reader refuses %s", file.getFileName()).isInstanceOf(FormatException.class);
        return ((FormatException) thrown).problems().stream().map(FormatProblem::code).toList();
    }

    @Test
    void theTableListsTheRulesOfEveryKindOfDocument() throws IOException {
        List<Rule> rules = rules();

        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rules).allSatisfy(rule -> assertThat(rule.examples()).as("examples of %s", rule).isNotEmpty());
        Set<String> covered = new LinkedHashSet<>();
        rules.forEach(rule -> covered.addAll(rule.kinds()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(JsonSchemas.kinds());
    }

    @Test
    void everyListedRuleHasAnExampleTheSchemaAcceptsAndTheReaderRefusesWithItsCode() throws IOException {
        Path corpus = GoldenFilesTest.resources("invalid");
        for (Rule rule : rules()) {
            for (String example : rule.examples()) {
                Path file = corpus.resolve(example);
                assertThat(file).as("example of %s", rule.text()).isRegularFile();
                String kind = kind(file).orElseThrow(() -> new AssertionError(example + " names no kind"));

                assertThat(rule.kinds()).as("the kind of %s", example).contains(kind);
                assertThat(schemaAccepts(file, kind)).as("the %s schema accepts %s", kind, example).isTrue();
                assertThat(codesRefused(file)).as("codes of %s", example).contains(rule.code());
            }
        }
    }

    @Test
    void everyCorpusFileTheSchemaAcceptsBreaksOnlyListedRules() throws IOException {
        List<Rule> rules = rules();
        List<String> accepted = new ArrayList<>();
        for (Path file : InvalidCorpusTest.invalidFiles()) {
            Optional<String> kind = kind(file);
            if (kind.isEmpty() || !schemaAccepts(file, kind.get())
                    || InvalidCorpusTest.expectation(file).disabled() != null) {
                continue;
            }
            accepted.add(file.getFileName().toString());
            for (String code : codesRefused(file)) {
                assertThat(rules).as("a listed rule of kind %s with code %s, broken by %s", kind.get(), code,
                        file.getFileName()).anyMatch(rule -> rule.code().equals(code) && rule.kinds().contains(kind.get()));
            }
        }
        assertThat(accepted).as("files the schemas accept").hasSizeGreaterThanOrEqualTo(20);
    }
}
