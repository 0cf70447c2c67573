package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.json.MiniJson.Arr;
import org.engagementrubrics.json.MiniJson.Member;
import org.engagementrubrics.json.MiniJson.Num;
import org.engagementrubrics.json.MiniJson.Obj;
import org.engagementrubrics.json.MiniJson.Raw;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded storm of structural mutations of every golden file: whatever the mutation, reading gives a
 * valid object that round-trips and keeps every field, or a {@link FormatException} with located
 * problems; never another exception, a hang or a half-built object.
 *
 * <p>Seeds follow {@link Properties}: the base seed is {@code rubric.seed} ({@link Properties#DEFAULT_SEED}
 * by default), each case's seed is {@link Properties#caseSeed(long, String, int)}, and
 * {@code -Drubric.caseSeed=C} replays one case. {@code -Drubric.storm.cases=N} runs N cases (default
 * 1,000); {@code -Drubric.storm.report=true} prints the one-line summary, which is always written to
 * {@code target/storm-report.txt}.
 */
class MutationStormTest {

    private static final String NAME = "mutation storm";
    private static final int DEFAULT_CASES = 1_000;
    private static final long CASE_TIMEOUT_MILLIS = 2_000;
    private static final int MAX_BYTES = 1 << 20;
    private static final RubricJson JSON = RubricJson.defaults()
            .withLimits(ReadLimits.defaults().withMaxDocumentBytes(MAX_BYTES));
    private static final RubricValidator VALIDATOR = RubricValidator.create();

    enum Category { INSTRUMENT, RESPONSE, RESULT, TALLY, BY_GROUP, COVERAGE, COMPARISON, ID_MAPPING }

    record Golden(String name, Category category, Object tree) {
    }

    /** One mutated document and how it was made. */
    record Mutant(String golden, Category category, List<String> mutations, byte[] bytes, String via) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return golden + " via " + via + " after " + mutations + " (" + bytes.length + " bytes): "
                    + (text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text);
        }
    }

    enum Outcome { ACCEPTED, REJECTED }

    @TempDir
    Path temp;

    @Test
    void everyMutationOfEveryGoldenFileIsAcceptedWholeOrRejectedWithLocatedProblems() throws Exception {
        List<Golden> goldens = goldens();
        long base = Properties.baseSeed();
        String replay = System.getProperty(Properties.CASE_SEED_PROPERTY);
        int cases = cases();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String key : List.of("accepted", "rejected", "other")) {
            counts.put(key, 0);
        }
        Map<String, Integer> otherKinds = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int i = 0; i < cases; i++) {
                long seed = replay != null && !replay.isBlank() ? Long.decode(replay.strip())
                        : Properties.caseSeed(base, NAME, i);
                Mutant mutant = mutate(goldens, new SplittableRandom(seed));
                Future<Outcome> outcome = worker.submit(() -> check(mutant));
                String failure;
                try {
                    Outcome o = outcome.get(CASE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                    counts.merge(o == Outcome.ACCEPTED ? "accepted" : "rejected", 1, Integer::sum);
                    continue;
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                    failure = "timeout: more than " + CASE_TIMEOUT_MILLIS + " ms";
                    otherKinds.merge("timeout", 1, Integer::sum);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failure = cause instanceof AssertionError ? cause.getMessage() : stack(cause);
                    otherKinds.merge(cause instanceof AssertionError ? "check-failed" : cause.getClass().getSimpleName(),
                            1, Integer::sum);
                }
                counts.merge("other", 1, Integer::sum);
                if (failures.size() < 10) {
                    failures.add("case " + (i + 1) + " of " + cases + ", base seed " + base + ", case seed " + seed
                            + " (rerun: -Dtest=MutationStormTest -Drubric.caseSeed=" + seed + ")\n  " + failure
                            + "\n  input: " + mutant);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String summary = String.format("mutation storm: %d cases, accepted %d, rejected with problems %d, anything else %d"
                + "%s; base seed %d; %d golden files; %d ms", cases, counts.get("accepted"), counts.get("rejected"),
                counts.get("other"), otherKinds.isEmpty() ? "" : " " + otherKinds, base, goldens.size(), millis);
        Path report = Path.of("target", "storm-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + String.join("\n\n", failures) + (failures.isEmpty() ? "" : "\n"),
                StandardCharsets.UTF_8);
        if (Boolean.getBoolean("rubric.storm.report")) {
            System.out.println(summary);
        }
        assertThat(failures).as(summary).isEmpty();
        if (cases >= DEFAULT_CASES && (replay == null || replay.isBlank())) {
            // the storm is only worth its time if both outcomes are common
            assertThat(counts.get("accepted")).as(summary).isGreaterThan(cases / 20);
            assertThat(counts.get("rejected")).as(summary).isGreaterThan(cases / 4);
        }
    }
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[1.0E+2147483648]", "{\"n\":1.0E+2147483648}",
        "[true,null,1E-2147483649,[]]"})
    void anExtensionNumberWithAHugeExponentInsideAnArrayOrObjectIsAProblem(String payload) {
        String text = "{\"format\":\"engagement-rubrics/1.0\",\"kind\":\"response\",\"id\":\"r\",\"instrumentId\":\"i\","
                + "\"raterId\":\"a\",\"subjectId\":\"s\",\"recordedAt\":\"2026-10-01T15:00:00Z\",\"evidence\":{\"kind\":"
                + "\"marks\",\"statementIds\":[\"e1\"]},\"extensions\":{\"x\":" + payload + "}}";
        FormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class,
                () -> RubricJson.defaults().readResponse(text, "huge-exponent"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).allSatisfy(MutationStormTest::assertLocatedWithAKnownCode)
                .anySatisfy(p -> assertThat(p.pointer()).startsWith("/extensions/x"));
    }

    @Test
    void anExtensionNumberWithAHugeExponentAtTheTopOfExtensionsIsAProblem() {
        String text = "{\"format\":\"engagement-rubrics/1.0\",\"kind\":\"response\",\"id\":\"r\",\"instrumentId\":\"i\","
                + "\"raterId\":\"a\",\"subjectId\":\"s\",\"recordedAt\":\"2026-10-01T15:00:00Z\",\"evidence\":{\"kind\":"
                + "\"marks\",\"statementIds\":[\"e1\"]},\"extensions\":{\"x\":1.0E+2147483648}}";
        FormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class,
                () -> RubricJson.defaults().readResponse(text, "huge-exponent"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(MutationStormTest::assertLocatedWithAKnownCode)
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/extensions/x"))
                .satisfies(p -> assertThat(p.code()).isEqualTo(FormatCodes.INVALID_VALUE));
    }

    /** The codes a problem may carry: the reader's and the data codes it reports with their location. */
    private static final Set<String> KNOWN_CODES = knownCodes();

    /** Codes whose problem concerns the input as a whole, so that no line or column can be known. */
    private static final Set<String> WHOLE_INPUT_CODES = Set.of(FormatCodes.UNREADABLE, FormatCodes.DOCUMENT_TOO_LARGE);

    private static Set<String> knownCodes() {
        Set<String> codes = new TreeSet<>();
        for (Class<?> holder : List.of(FormatCodes.class, ProblemCodes.class)) {
            for (java.lang.reflect.Field field : holder.getFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        codes.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Set.copyOf(codes);
    }

    /**
     * A problem is located (a JSON pointer; line and column from 1, except for a problem of the input as a
     * whole, which has neither) and carries one of the known codes.
     */
    static void assertLocatedWithAKnownCode(FormatProblem p) {
        assertThat(p.source()).as("source of %s", p).isNotBlank();
        assertThat(p.pointer()).as("pointer of %s", p).isNotNull().matches("(?s)|/.*");
        assertThat(p.code()).as("code of %s", p).isIn(KNOWN_CODES);
        assertThat(p.message()).as("message of %s", p).isNotBlank();
        if (WHOLE_INPUT_CODES.contains(p.code())) {
            assertThat(List.of(p.line(), p.column())).as("line and column of %s", p).containsExactly(0, 0);
            assertThat(p.pointer()).as("pointer of %s", p).isEmpty();
        } else {
            assertThat(p.line()).as("line of %s", p).isGreaterThanOrEqualTo(1);
            assertThat(p.column()).as("column of %s", p).isGreaterThanOrEqualTo(1);
        }
    }

    private static int cases() {
        String storm = System.getProperty("rubric.storm.cases");
        if (storm != null && !storm.isBlank()) {
            return Integer.parseInt(storm.strip());
        }
        String replay = System.getProperty(Properties.CASE_SEED_PROPERTY);
        return replay != null && !replay.isBlank() ? 1 : Properties.effectiveCases(DEFAULT_CASES);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "mutation-storm");
            t.setDaemon(true);
            return t;
        };
    }

    private static String stack(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        String text = out.toString();
        return text.length() > 4_000 ? text.substring(0, 4_000) + "..." : text;
    }

    // ----- the goldens --------------------------------------------------------------------------

    private static List<Golden> goldens() throws IOException {
        List<Golden> goldens = new ArrayList<>();
        for (Path file : GoldenFilesTest.files("golden", ".json")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Object value = JSON.read(text, file.getFileName().toString());
            Category category = value instanceof Instrument ? Category.INSTRUMENT
                    : value instanceof Response ? Category.RESPONSE
                    : value instanceof org.engagementrubrics.core.scoring.TallyState ? Category.TALLY
                    : value instanceof GroupedResult ? Category.BY_GROUP
                    : value instanceof CoverageResult ? Category.COVERAGE
                    : value instanceof org.engagementrubrics.core.change.Comparison ? Category.COMPARISON
                    : value instanceof org.engagementrubrics.core.change.IdMapping ? Category.ID_MAPPING : Category.RESULT;
            goldens.add(new Golden(file.getFileName().toString(), category, MiniJson.parse(text)));
        }
        assertThat(goldens).hasSizeGreaterThan(10);
        return goldens;
    }

    // ----- checking -----------------------------------------------------------------------------

    private Outcome check(Mutant mutant) {
        String source = mutant.golden();
        Object value;
        try {
            value = read(mutant, source);
        } catch (FormatException e) {
            for (FormatProblem p : e.problems()) {
                assertThat(p.source()).as("source of %s", p).endsWith(source);
                assertLocatedWithAKnownCode(p);
            }
            return Outcome.REJECTED;
        }
        assertThat(value).as("accepted value").isNotNull();
        String written = write(value);
        Object again = JSON.read(written, "rewritten");
        assertThat(again).as("reading what was written gives an equal value").isEqualTo(value);
        assertThat(write(again)).as("a second write gives the same bytes").isEqualTo(written);
        if (value instanceof Instrument instrument) {
            assertThat(VALIDATOR.validate(instrument)).as("an accepted instrument is valid").isEmpty();
        } else if (value instanceof Response response) {
            assertThat(VALIDATOR.validate(response)).as("an accepted response is valid").isEmpty();
        }
        // every field of the input landed in the value: each key path is in the canonical output
        String input = new String(mutant.bytes(), StandardCharsets.UTF_8);
        Set<String> in = new TreeSet<>();
        MiniJson.paths(MiniJson.parse(input), "", true, in);
        Set<String> out = new TreeSet<>();
        Object inputTree = MiniJson.parse(input);
        Object outputTree = MiniJson.parse(written);
        MiniJson.paths(outputTree, "", false, out);
        in.removeAll(out);
        // canonical forms that carry the same value: an optional false flag is omitted, and a text object
        // holding only an English default is written as a plain string
        in.removeIf(path -> path.endsWith("/priority") && Boolean.FALSE.equals(at(inputTree, path)));
        in.removeIf(path -> textCollapsed(path, outputTree));
        assertThat(in).as("key paths of the input missing from the canonical output %s", written).isEmpty();
        return Outcome.ACCEPTED;
    }

    /** The value at a JSON pointer of a MiniJson tree, or null. */
    private static Object at(Object tree, String pointer) {
        Object current = tree;
        for (String token : pointer.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (current instanceof MiniJson.Obj o) {
                current = o.members.stream().filter(m -> m.key().equals(key)).map(MiniJson.Member::value)
                        .reduce((first, second) -> second).orElse(null);
            } else if (current instanceof MiniJson.Arr a && key.matches("\\d{1,9}")
                    && Integer.parseInt(key) < a.items.size()) {
                current = a.items.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return current;
    }

    /** True when the path lies inside a text object that the writer wrote as a plain string. */
    private static boolean textCollapsed(String path, Object output) {
        for (String tail : List.of("/defaultLanguage", "/values/en", "/values")) {
            int cut = path.lastIndexOf(tail);
            if (cut > 0 && path.endsWith(tail) && at(output, path.substring(0, cut)) instanceof String) {
                return true;
            }
        }
        return false;
    }

    private static String write(Object value) {
        if (value instanceof Instrument i) {
            return JSON.write(i);
        } else if (value instanceof Response r) {
            return JSON.write(r);
        } else if (value instanceof org.engagementrubrics.core.scoring.TallyState t) {
            return JSON.write(t);
        } else if (value instanceof GroupedResult<?> g) {
            return DocumentWriter.write(g);
        } else if (value instanceof CoverageResult c) {
            return JSON.write(c);
        } else if (value instanceof org.engagementrubrics.core.change.Comparison c) {
            return JSON.write(c);
        } else if (value instanceof org.engagementrubrics.core.change.IdMapping m) {
            return JSON.write(m);
        } else if (value instanceof org.engagementrubrics.core.raters.Consensus c) {
            return JSON.write(c);
        } else if (value instanceof org.engagementrubrics.core.raters.AgreementReport a) {
            return JSON.write(a);
        } else if (value instanceof org.engagementrubrics.core.scoring.StagePointsScheme p) {
            return JSON.write(p);
        }
        return JSON.write((ScoreResult) value);
    }

    private Object read(Mutant mutant, String source) {
        byte[] bytes = mutant.bytes();
        String text = utf8(bytes);
        switch (mutant.via()) {
            case "any":
                return text != null ? JSON.read(text, source) : readFile(bytes, source, Category.RESULT, true);
            case "stream":
                if (mutant.category() == Category.INSTRUMENT) {
                    return JSON.readInstrument(new ByteArrayInputStream(bytes), source);
                } else if (mutant.category() == Category.RESPONSE) {
                    return JSON.readResponse(new ByteArrayInputStream(bytes), source);
                } else if (mutant.category() == Category.TALLY) {
                    return JSON.readTally(new ByteArrayInputStream(bytes), source);
                } else if (mutant.category() == Category.BY_GROUP) {
                    return JSON.readSurveyByGroup(new ByteArrayInputStream(bytes), source);
                } else if (mutant.category() == Category.COVERAGE) {
                    return JSON.readCoverage(new ByteArrayInputStream(bytes), source);
                } else if (mutant.category() == Category.COMPARISON || mutant.category() == Category.ID_MAPPING) {
                    return JSON.read(new ByteArrayInputStream(bytes), source);
                }
                return readFile(bytes, source, Category.RESULT, false);
            default:
                if (text == null) {
                    return readFile(bytes, source, mutant.category(), false);
                }
                return switch (mutant.category()) {
                    case INSTRUMENT -> JSON.readInstrument(text, source);
                    case RESPONSE -> JSON.readResponse(text, source);
                    case RESULT -> JSON.readResult(text, source);
                    case TALLY -> JSON.readTally(text, source);
                    case BY_GROUP -> JSON.readSurveyByGroup(text, source);
                    case COVERAGE -> JSON.readCoverage(text, source);
                    case COMPARISON -> JSON.readComparison(text, source);
                    case ID_MAPPING -> JSON.readIdMapping(text, source);
                };
        }
    }

    private Object readFile(byte[] bytes, String source, Category category, boolean any) {
        Path file = temp.resolve(source);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (any) {
            return JSON.read(file);
        }
        return switch (category) {
            case INSTRUMENT -> JSON.readInstrument(file);
            case RESPONSE -> JSON.readResponse(file);
            case RESULT -> JSON.readResult(file);
            case TALLY -> JSON.readTally(file);
            case BY_GROUP -> JSON.readSurveyByGroup(file);
            case COVERAGE -> JSON.readCoverage(file);
            case COMPARISON -> JSON.readComparison(file);
            case ID_MAPPING -> JSON.readIdMapping(file);
        };
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ----- mutating -----------------------------------------------------------------------------

    private static final String[] TREE_OPS = {"delete", "duplicate-key", "duplicate-element", "rename-key", "swap-type",
        "copy-subtree", "huge-number", "long-string", "deep-nesting", "nan-infinity", "control-character",
        "unknown-field", "extension", "extension", "extension", "benign"};
    private static final String[] TEXT_OPS = {"truncate", "invalid-utf8", "second-document", "byte-noise", "bom",
        "line-ends"};

    static Mutant mutate(List<Golden> goldens, SplittableRandom random) {
        Golden golden = goldens.get(random.nextInt(goldens.size()));
        Object tree = MiniJson.copy(golden.tree());
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        List<String> textOps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(5) == 0) {
                textOps.add(TEXT_OPS[random.nextInt(TEXT_OPS.length)]);
            } else {
                String op = TREE_OPS[random.nextInt(TREE_OPS.length)];
                tree = treeOp(op, tree, random, done);
            }
        }
        byte[] bytes = MiniJson.write(tree, random.nextBoolean()).getBytes(StandardCharsets.UTF_8);
        for (String op : textOps) {
            bytes = textOp(op, bytes, random, done);
        }
        String via = switch (random.nextInt(4)) {
            case 0 -> "any";
            case 1 -> "stream";
            default -> "kind";
        };
        return new Mutant(golden.name(), golden.category(), List.copyOf(done), bytes, via);
    }

    /** A place in the tree: a member of an object or an element of an array. */
    private record Slot(Object container, int index, String pointer) {
        Object value() {
            return container instanceof Obj o ? o.members.get(index).value() : ((Arr) container).items.get(index);
        }

        void set(Object value) {
            if (container instanceof Obj o) {
                o.members.set(index, new Member(o.members.get(index).key(), value));
            } else {
                ((Arr) container).items.set(index, value);
            }
        }
    }

    private static void slots(Object value, String pointer, List<Slot> out) {
        if (value instanceof Obj o) {
            for (int i = 0; i < o.members.size(); i++) {
                String child = pointer + "/" + o.members.get(i).key();
                out.add(new Slot(o, i, child));
                slots(o.members.get(i).value(), child, out);
            }
        } else if (value instanceof Arr a) {
            for (int i = 0; i < a.items.size(); i++) {
                out.add(new Slot(a, i, pointer + "/" + i));
                slots(a.items.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static List<Obj> objects(Object value, List<Obj> out) {
        if (value instanceof Obj o) {
            out.add(o);
            o.members.forEach(m -> objects(m.value(), out));
        } else if (value instanceof Arr a) {
            a.items.forEach(i -> objects(i, out));
        }
        return out;
    }

    private static Object treeOp(String op, Object tree, SplittableRandom random, List<String> done) {
        List<Slot> slots = new ArrayList<>();
        slots(tree, "", slots);
        if (slots.isEmpty() || op.equals("benign")) {
            done.add("benign");
            return tree;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (op) {
            case "delete" -> {
                if (slot.container() instanceof Obj o) {
                    o.members.remove(slot.index());
                } else {
                    ((Arr) slot.container()).items.remove(slot.index());
                }
            }
            case "duplicate-key", "duplicate-element" -> {
                if (slot.container() instanceof Obj o) {
                    Member m = o.members.get(slot.index());
                    Object value = random.nextBoolean() ? MiniJson.copy(m.value()) : randomValue(random, tree);
                    o.members.add(random.nextInt(o.members.size() + 1), new Member(m.key(), value));
                } else {
                    Arr a = (Arr) slot.container();
                    a.items.add(random.nextInt(a.items.size() + 1), MiniJson.copy(a.items.get(slot.index())));
                }
            }
            case "rename-key" -> {
                if (slot.container() instanceof Obj o) {
                    Member m = o.members.get(slot.index());
                    o.members.set(slot.index(), new Member(renamed(m.key(), random, tree), m.value()));
                } else {
                    slot.set(randomValue(random, tree));
                }
            }
            case "swap-type" -> slot.set(otherType(slot.value(), random));
            case "copy-subtree" -> slot.set(MiniJson.copy(slots.get(random.nextInt(slots.size())).value()));
            case "huge-number" -> slot.set(new Raw(hugeNumber(random)));
            case "long-string" -> slot.set(longString(random));
            case "deep-nesting" -> slot.set(new Raw(deepNesting(random)));
            case "nan-infinity" -> slot.set(new Raw(pick(random, "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity",
                    "+1", "01", "-01", ".5", "1.", "1e", "1e+", "0x10", "--1", "nul", "tru", "undefined", "'x'",
                    "1_000", "\u221E", "1.0E+2147483648", "[1,]", "{\"a\":1,}", "[,1]")));
            case "control-character" -> slot.set(controlString(random, slot.value()));
            case "unknown-field" -> {
                List<Obj> objects = objects(tree, new ArrayList<>());
                Obj o = objects.get(random.nextInt(objects.size()));
                o.members.add(random.nextInt(o.members.size() + 1),
                        new Member(pick(random, "x-vendor", "Id", "kind ", "", "extension", "notes", "\u00e9"),
                                randomValue(random, tree)));
            }
            case "extension" -> {
                List<Obj> objects = objects(tree, new ArrayList<>());
                // the root, or any object that already has extensions
                Obj o = random.nextInt(3) == 0 || !(tree instanceof Obj) ? objects.get(random.nextInt(objects.size()))
                        : (Obj) tree;
                Object ext = o.get("extensions");
                if (!(ext instanceof Obj)) {
                    ext = new Obj();
                    o.members.removeIf(m -> m.key().equals("extensions"));
                    o.members.add(new Member("extensions", ext));
                }
                String key = pick(random, "acme", "vendor", "x", "", "a/b", "t~0", "\u00fc\u00f1\u00ee", "\uD83D\uDE00",
                        "with space", "nested") + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100)));
                if (((Obj) ext).get(key) == null && ((Obj) ext).members.stream().noneMatch(m -> m.key().equals(key))) {
                    ((Obj) ext).members.add(new Member(key, extensionValue(random, 0)));
                }
            }
            default -> throw new IllegalStateException(op);
        }
        done.add(op + " " + slot.pointer());
        return tree;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String renamed(String key, SplittableRandom random, Object tree) {
        List<Obj> objects = objects(tree, new ArrayList<>());
        Obj any = objects.get(random.nextInt(objects.size()));
        String other = any.members.isEmpty() ? "id" : any.members.get(random.nextInt(any.members.size())).key();
        return switch (random.nextInt(8)) {
            case 0 -> other;
            case 1 -> key + "x";
            case 2 -> key.toUpperCase(java.util.Locale.ROOT);
            case 3 -> "";
            case 4 -> key.isEmpty() ? "k" : key.substring(0, key.length() - 1);
            case 5 -> key + "\u0000";
            case 6 -> "extensions";
            default -> " " + key;
        };
    }

    private static Object randomValue(SplittableRandom random, Object tree) {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "text";
            case 2 -> new Num("0");
            case 3 -> new Num("-1");
            case 4 -> new Num("1.5");
            case 5 -> Boolean.TRUE;
            case 6 -> Boolean.FALSE;
            case 7 -> null;
            case 8 -> new Arr();
            case 9 -> new Obj();
            case 10 -> new Arr().add(new Num("1")).add("a");
            default -> {
                List<Slot> slots = new ArrayList<>();
                slots(tree, "", slots);
                yield slots.isEmpty() ? new Obj() : MiniJson.copy(slots.get(random.nextInt(slots.size())).value());
            }
        };
    }

    private static Object otherType(Object value, SplittableRandom random) {
        List<Object> options = new ArrayList<>(List.of("", "1", new Num("1"), new Num("2.5"), new Num("-3"), Boolean.TRUE,
                Boolean.FALSE, new Arr(), new Obj(), new Arr().add("x"), new Obj().put("en", "x")));
        options.add(null);
        if (value instanceof String s) {
            options.add(new Num(s.matches("-?\\d+(\\.\\d+)?") ? s : "7"));
            options.add(new Arr().add(s));
        } else if (value instanceof Num n) {
            options.add(n.text());
        } else if (value instanceof Arr a && !a.items.isEmpty()) {
            options.add(MiniJson.copy(a.items.get(0)));
        } else if (value instanceof Obj o) {
            Arr wrapped = new Arr();
            wrapped.add(MiniJson.copy(o));
            options.add(wrapped);
        }
        Object chosen;
        do {
            chosen = options.get(random.nextInt(options.size()));
        } while (chosen != null && value != null && chosen.getClass() == value.getClass() && random.nextInt(4) != 0);
        return chosen;
    }

    private static String hugeNumber(SplittableRandom random) {
        int[] lengths = {1, 19, 20, 99, 100, 101, 1_000, 10_000, 200_000};
        int length = lengths[random.nextInt(lengths.length)];
        StringBuilder digits = new StringBuilder(length);
        digits.append((char) ('1' + random.nextInt(9)));
        while (digits.length() < length) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return switch (random.nextInt(8)) {
            case 0 -> digits.toString();
            case 1 -> "-" + digits;
            case 2 -> "0." + digits;
            case 3 -> "1e" + pick(random, "999999999", "-999999999", "2147483648", "+308", "309", "-324", "-400");
            case 4 -> digits + "e" + digits;
            case 5 -> pick(random, "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                    "2147483648", "1.7976931348623157E309", "4.9E-325", "-0", "-0.0", "0E-2147483647", "1E2147483647");
            case 6 -> "1." + digits + "E-" + digits.substring(0, Math.min(digits.length(), 12));
            default -> digits.substring(0, Math.min(digits.length(), 25));
        };
    }

    private static Object longString(SplittableRandom random) {
        int[] lengths = {0, 1, 1_000, 65_535, 65_536, 65_537, 100_000};
        int length = lengths[random.nextInt(lengths.length)];
        String unit = pick(random, "a", "\u00e9", "\u4e2d", "\uD83D\uDE00", "\\", "\"");
        StringBuilder text = new StringBuilder(length + 2);
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    private static String deepNesting(SplittableRandom random) {
        int[] depths = {2, 10, 60, 61, 62, 63, 64, 65, 100, 1_000, 5_000, 100_000};
        int depth = depths[random.nextInt(depths.length)];
        boolean objects = random.nextBoolean();
        boolean closed = random.nextInt(4) != 0;
        StringBuilder text = new StringBuilder(depth * 7);
        for (int i = 0; i < depth; i++) {
            text.append(objects ? "{\"a\":" : "[");
        }
        text.append("1");
        if (closed) {
            for (int i = 0; i < depth; i++) {
                text.append(objects ? '}' : ']');
            }
        }
        return text.toString();
    }

    private static Object controlString(SplittableRandom random, Object old) {
        String base = old instanceof String s ? s : "text";
        int at = random.nextInt(base.length() + 1);
        char c = pick(random, '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\u001f', '\u007f', '\u0085', '\u2028',
                '\uFEFF', '\uD800', '\uDC00', '\uFFFF');
        if (random.nextBoolean()) {
            // escaped, so valid JSON text
            return base.substring(0, at) + c + base.substring(at);
        }
        StringBuilder raw = new StringBuilder();
        MiniJson.quote(base.substring(0, at), raw);
        raw.setLength(raw.length() - 1);
        raw.append(c);
        StringBuilder rest = new StringBuilder();
        MiniJson.quote(base.substring(at), rest);
        raw.append(rest, 1, rest.length());
        return new Raw(raw.toString()); // unescaped: a control character inside a string is not JSON
    }

    private static Object extensionValue(SplittableRandom random, int depth) {
        int choice = random.nextInt(depth > 3 ? 7 : 10);
        return switch (choice) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> new Num(pick(random, "0", "-0", "1.50", "1E+3", "-2", "0.030", "123456789012345678901234567890",
                    "1e-7", "3.0"));
            case 3 -> pick(random, "", "x", "\u0000\u001f", "\u00e9\u4e2d\uD83D\uDE00", "line\nbreak", "\"quoted\"");
            case 4 -> new Num(Integer.toString(random.nextInt()));
            case 5 -> "v" + random.nextInt(1000);
            case 6 -> Boolean.FALSE;
            case 7 -> {
                Arr a = new Arr();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    a.add(extensionValue(random, depth + 1));
                }
                yield a;
            }
            default -> {
                Obj o = new Obj();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    String key = "k" + i + pick(random, "", "/", "~", "\u00e9");
                    o.put(key, extensionValue(random, depth + 1));
                }
                yield o;
            }
        };
    }

    private static byte[] textOp(String op, byte[] bytes, SplittableRandom random, List<String> done) {
        int at = random.nextInt(bytes.length + 1);
        byte[] result;
        switch (op) {
            case "truncate" -> result = Arrays.copyOf(bytes, at);
            case "invalid-utf8" -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xFE}};
                // inside a string value most of the time: just after an opening quote
                if (random.nextBoolean()) {
                    for (int i = at; i < bytes.length; i++) {
                        if (bytes[i] == '"') {
                            at = i + 1;
                            break;
                        }
                    }
                }
                result = splice(bytes, at, bad[random.nextInt(bad.length)]);
            }
            case "second-document" -> {
                String second = pick(random, "{}", "\n" + new String(bytes, StandardCharsets.UTF_8), "1", "x", "]", "}",
                        "// comment", "\u0000", "null", "\n\n{\"format\":\"engagement-rubrics/1.0\"}", "[]", ",");
                result = splice(bytes, bytes.length, second.getBytes(StandardCharsets.UTF_8));
                at = bytes.length;
            }
            case "byte-noise" -> {
                result = switch (random.nextInt(3)) {
                    case 0 -> splice(bytes, at, new byte[] {(byte) (char) pick(random, '{', '}', '[', ']', ',', ':', '"', '\\',
                        ' ', '0', 'a', '\u0000')});
                    case 1 -> at < bytes.length ? delete(bytes, at) : bytes;
                    default -> {
                        byte[] copy = bytes.clone();
                        if (at < copy.length) {
                            copy[at] ^= (byte) (1 << random.nextInt(7));
                        }
                        yield copy;
                    }
                };
            }
            case "bom" -> {
                byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
                    {(byte) 0xFF, (byte) 0xFE}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB}};
                result = splice(bytes, 0, boms[random.nextInt(boms.length)]);
                at = 0;
            }
            case "line-ends" -> {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                text = random.nextBoolean() ? text.replace("\n", "\r\n") : "\t \r\n" + text.replace("\n", "\r") + "\n\n";
                result = text.getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> throw new IllegalStateException(op);
        }
        done.add(op + " @" + at);
        return result;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] result = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
        return result;
    }

    private static byte[] delete(byte[] bytes, int at) {
        byte[] result = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bytes, at + 1, result, at, bytes.length - at - 1);
        return result;
    }
}
