package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a stream of responses read with the lean decoding of plain ratings records gives exactly the
 * records of the general reader (the same responses, checks, problems, places and counts) and so the same
 * pooled result, on generated JSON Lines where good records of every shape are mixed with bad ones, under
 * default and tight read limits.
 */
class LeanRecordsPropertiesTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults().withValidator(VALIDATOR);
    private static final String BOM = "\uFEFF";

    /** A generated stream: its instrument, what its records are checked against, its limits and its bytes. */
    record Case(Instrument instrument, int against, ReadLimits limits, String text) {
        @Override
        public String toString() {
            return instrument.id() + " against " + against + ", " + limits + ":\n" + text;
        }
    }

    private static Gen<Instrument> ratingInstruments() {
        return Gen.frequency(Gen.weight(3, Generators.surveys()), Gen.weight(2, Generators.conditionsAssessments()),
                Gen.weight(1, Generators.checklists()));
    }

    private static Gen<ReadLimits> limits() {
        return random -> random.nextInt(3) != 0 ? ReadLimits.defaults()
                : new ReadLimits(200 + random.nextInt(600), 2 + random.nextInt(4), 4 + random.nextInt(40),
                        1 + random.nextInt(3), 3 + random.nextInt(12));
    }

    static Gen<Case> cases() {
        return ratingInstruments().flatMap(instrument -> limits().flatMap(limits -> random -> {
            List<Response> responses = Generators.responses(instrument, 1, 12).generate(random);
            Gen<Response> ratingResponses = Generators.response(instrument,
                    instrument instanceof org.engagementrubrics.core.checklist.Checklist
                            ? Gen.constant(Ratings.of(Map.of("item-1", Rating.of(2)))) // the wrong kind of evidence
                            : Generators.ratings(instrument));
            StringBuilder text = new StringBuilder();
            if (random.nextInt(8) == 0) {
                text.append(BOM);
            }
            for (Response response : responses) {
                Response r = random.nextBoolean() ? ratingResponses.generate(random) : response;
                text.append(line(r, random)).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
                if (random.nextInt(12) == 0) {
                    text.append(random.nextBoolean() ? "\n" : " \t\n");
                }
            }
            return new Case(instrument, random.nextInt(3), limits, text.toString());
        }));
    }

    /** One record: the response as JSON, often as the writer would put it, often changed in one way. */
    private static String line(Response response, RandomGenerator random) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("format", quote("engagement-rubrics/2.0"));
        fields.put("kind", quote("response"));
        fields.put("id", quote(response.id()));
        fields.put("instrumentId", quote(response.instrumentId()));
        if (response.instrumentVersion() != null) {
            fields.put("instrumentVersion", quote(response.instrumentVersion()));
        } else if (random.nextBoolean()) {
            fields.put("instrumentVersion", "null");
        }
        fields.put("raterId", quote(response.raterId()));
        fields.put("subjectId", quote(response.subjectId()));
        fields.put("recordedAt", quote(response.recordedAt().toString()));
        fields.put("evidence", response.evidence() instanceof Ratings ratings ? ratings(ratings, random)
                : writtenEvidence(response));
        if (random.nextInt(10) == 0) {
            fields.put("extensions", random.nextBoolean() ? "null" : "{\"vendor\":\"x\"}");
        }
        String suffix = "";
        String prefix = "";
        switch (random.nextInt(40)) {
            case 0 -> fields.put("note", quote("x"));
            case 1 -> fields.put("id", quote("bad id"));
            case 2 -> fields.put("raterId", quote(random.nextBoolean() ? " " : "\u2003"));
            case 3 -> fields.put("raterId", quote("José"));
            case 4 -> fields.put("raterId", "\"\\u00e9t\\u00e9\"");
            case 5 -> fields.put("instrumentId", quote("another-instrument"));
            case 6 -> fields.put("instrumentVersion", quote("9.9.9"));
            case 7 -> fields.put("format", quote("engagement-rubrics/1.0"));
            case 8 -> fields.put("kind", quote("survey-result"));
            case 9 -> fields.remove("recordedAt");
            case 10 -> fields.put("recordedAt", quote(random.nextBoolean() ? "2026-13-01T00:00:00Z"
                    : "2026-10-01T15:00:00+02:00"));
            case 11 -> fields.put("recordedAt", "12");
            case 12 -> suffix = " {}";
            case 13 -> suffix = ",";
            case 14 -> prefix = BOM;
            case 15 -> fields.put("evidence", "{\"kind\":\"ratings\",\"byItem\":{\"no-such-item\":1}}");
            case 16 -> fields.put("evidence", "{\"byItem\":{},\"kind\":\"ratings\"}");
            case 17 -> fields.put("evidence", "{\"kind\":\"marks\",\"statementIds\":[]}");
            case 18 -> fields.put("evidence", "{\"kind\":\"ratings\"}");
            case 19 -> fields.put("evidence", "{\"kind\":\"ratings\",\"byItem\":[]}");
            case 20 -> fields.put("subjectId", "null");
            case 21 -> fields.put("id", "7");
            default -> {
                // as written, or reordered below
            }
        }
        List<String> names = new ArrayList<>(fields.keySet());
        if (random.nextInt(4) == 0) {
            names = new ArrayList<>(Gen.shuffle(names, random));
        }
        String space = random.nextInt(6) == 0 ? " " : "";
        StringBuilder json = new StringBuilder(prefix).append('{').append(space);
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : "," + space).append(quote(names.get(i))).append(':').append(space)
                    .append(fields.get(names.get(i)));
        }
        if (random.nextInt(40) == 0) {
            json.append(",\"raterId\":").append(quote("twice")); // a duplicate key
        }
        json.append(space).append('}').append(suffix);
        String record = json.toString();
        return random.nextInt(60) == 0 ? record.substring(0, random.nextInt(record.length())) : record;
    }

    private static String ratings(Ratings ratings, RandomGenerator random) {
        StringBuilder json = new StringBuilder("{\"kind\":\"ratings\",\"byItem\":{");
        int i = 0;
        for (Map.Entry<String, Rating> entry : ratings.byItem().entrySet()) {
            json.append(i++ == 0 ? "" : ",").append(quote(entry.getKey())).append(':');
            Rating rating = entry.getValue();
            String value = rating instanceof Rating.Rated rated ? Integer.toString(rated.value())
                    : rating instanceof Rating.NotRated ? quote("not-rated") : quote("not-applicable");
            switch (random.nextInt(60)) {
                case 0 -> value = "9";
                case 1 -> value = "-1";
                case 2 -> value = "3.0";
                case 3 -> value = "1e0";
                case 4 -> value = "99999999999";
                case 5 -> value = quote("3");
                case 6 -> value = quote("not-sure");
                case 7 -> value = "true";
                case 8 -> value = "null";
                case 9 -> value = "0012";
                default -> {
                    // the rating as it is
                }
            }
            json.append(value);
        }
        if (random.nextInt(30) == 0 && !ratings.byItem().isEmpty()) {
            json.append(",").append(quote(ratings.byItem().firstKey())).append(":1"); // an item rated twice
        }
        return json.append("}}").toString();
    }

    /** Evidence of another kind, as the library writes it. */
    private static String writtenEvidence(Response response) {
        String document = RubricJson.defaults().write(response).replaceAll("\\s*\\n\\s*", "");
        int start = document.indexOf("\"evidence\":") + "\"evidence\":".length();
        int depth = 0;
        for (int i = start; i < document.length(); i++) {
            char c = document.charAt(i);
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            if (depth == 0) {
                return document.substring(start, i + 1);
            }
        }
        throw new IllegalStateException(document);
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < ' ') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static Against against(Case c, PreparedInstrument<Instrument, ScoreResult> prepared) {
        return switch (c.against()) {
            case 0 -> Against.prepared(prepared);
            case 1 -> Against.instrument(c.instrument());
            default -> Against.NOTHING;
        };
    }

    /** Reads every record of the stream, the lean way or the general way only. */
    private static List<ResponseRecord> read(Case c, Against against, boolean lean, int[] counts) {
        DocumentReader documents = new DocumentReader(c.limits(), VALIDATOR);
        byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
        List<ResponseRecord> records = new ArrayList<>();
        try (ResponseStream stream = new ResponseStream(BoundedInput.of(new ByteArrayInputStream(bytes), "gen.jsonl",
                c.limits().maxDocumentBytes()), documents, against, lean)) {
            stream.forEachRemaining(records::add);
            counts[0] = stream.good();
            counts[1] = stream.bad();
        }
        return records;
    }

    @Test
    void leanDecodingGivesTheRecordsAndPooledResultOfTheGeneralReader() {
        int[] seen = new int[3];
        Properties.forAll("lean records = general records", 400, cases(), c -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(c.instrument());
            Against against = against(c, prepared);
            int[] leanCounts = new int[2];
            int[] generalCounts = new int[2];
            List<ResponseRecord> lean = read(c, against, true, leanCounts);
            List<ResponseRecord> general = read(c, against, false, generalCounts);
            assertThat(lean).hasSameSizeAs(general);
            for (int i = 0; i < lean.size(); i++) {
                assertThat(lean.get(i)).as("record %d", i + 1).isEqualTo(general.get(i));
            }
            assertThat(leanCounts).isEqualTo(generalCounts);
            if (c.against() == 0 && prepared.summarizes() && leanCounts[0] > 0) {
                assertThat(pooled(prepared, lean)).isEqualTo(pooled(prepared, general));
            }
            seen[0] += leanCounts[0];
            seen[1] += leanCounts[1];
            seen[2] += decodedLean(c);
        });
        assertThat(seen[2]).as("records decoded the lean way").isGreaterThan(seen[0] / 4);
        assertThat(seen[0]).as("good records").isPositive();
        assertThat(seen[1]).as("bad records").isPositive();
    }

    /** How many lines of the stream the lean decoding takes, before any check. */
    private static int decodedLean(Case c) {
        RatingsLine plain = new RatingsLine(c.limits());
        int decoded = 0;
        LineReader lines = new LineReader(new ByteArrayInputStream(c.text().getBytes(StandardCharsets.UTF_8)),
                c.limits().maxDocumentBytes());
        try {
            while (lines.next()) {
                decoded += plain.read(lines.bytes(), lines.length(), lines.plain()) != null ? 1 : 0;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return decoded;
    }

    private static ScoreResult pooled(PreparedInstrument<Instrument, ScoreResult> prepared,
            List<ResponseRecord> records) {
        Tally<ScoreResult> tally = prepared.tally();
        records.stream().filter(ResponseRecord::isGood).forEach(record -> tally.add(record.checked()));
        return tally.result();
    }

    private static boolean plainAscii(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x7F || c < ' ' && c != '\t' && c != '\r' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    @Test
    void linesReadInBlocksAreTheLinesOfTheStream() {
        Properties.forAll("line reader", 300, (Gen<String>) random -> {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                text.append(Gen.strings("ab \t\r\u00e9\u001C\\\u007F", 0, 30).generate(random)).append(random.nextInt(4) == 0 ? "" : "\n");
            }
            return text.toString();
        }, text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long max = 1 + text.length() % 17;
            BoundedInput expected = BoundedInput.of(new ByteArrayInputStream(bytes), "t", max);
            LineReader actual = new LineReader(new ByteArrayInputStream(bytes), max);
            try {
                BoundedInput.Line line;
                while ((line = expected.readLine()) != null) {
                    assertThat(actual.next()).isTrue();
                    assertThat(actual.tooLarge()).isEqualTo(line.tooLarge());
                    assertThat(actual.lineFeed()).isEqualTo(line.lineFeed());
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    got.write(actual.bytes(), 0, actual.length());
                    assertThat(got.toByteArray()).isEqualTo(line.bytes());
                    assertThat(actual.blank()).isEqualTo(new String(line.bytes(), StandardCharsets.ISO_8859_1).isBlank());
                    if (!line.tooLarge()) {
                        assertThat(actual.plain()).isEqualTo(plainAscii(line.bytes()));
                    }
                }
                assertThat(actual.next()).isFalse();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
