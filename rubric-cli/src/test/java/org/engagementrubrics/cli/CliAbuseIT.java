package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES;
import static org.engagementrubrics.cli.ExampleFiles.RUBRIC_AS_PRINTED;
import static org.engagementrubrics.cli.ExampleFiles.path;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.engagementrubrics.testkit.Gen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Hostile and broken input for the packaged {@code target/rubric.jar}: each run is a separate JVM with a
 * small heap ({@value #HEAP}), bounded by a timeout. Whatever the input, the CLI must exit with its documented
 * code, print at most a few lines on standard error and no stack trace (unless --debug), and name the file.
 */
@Execution(ExecutionMode.CONCURRENT)
class CliAbuseIT {

    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final long TIMEOUT_SECONDS = 60;
    private static final String HEAP = "-Xmx64m";
    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    /** Generous for a JVM start on a loaded machine, and far from what reading 100 MB byte by byte takes. */
    private static final long QUICK_MILLIS = 10_000;
    /** Scanning a 100 MB line to its end, byte by byte from a buffer, on a loaded machine. */
    private static final long LINE_SCAN_MILLIS = 30_000;
    private static final String PROLOGUE = "{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"survey\", \"title\": \"";

    @TempDir
    static Path dir;

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** What a process printed, its exit code and how long it ran. */
    record Result(int exitCode, String out, String err, long millis) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        /** Exit code, at most {@code maxErrLines} lines on standard error, no stack trace. */
        Result fails(int code, int maxErrLines) {
            assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(code);
            assertThat(errLines()).as("stderr").hasSizeLessThanOrEqualTo(maxErrLines);
            assertNoStackTrace(err);
            return this;
        }
    }

    static void assertNoStackTrace(String err) {
        assertThat(err).as("no stack trace on stderr").doesNotContain("\tat ").doesNotContain("Exception in thread")
                .doesNotContain("Caused by:");
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("run after 'package': ./mvnw -B verify").isRegularFile();
    }

    private static List<String> javaJar(String heap, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the jar; standard input is closed, or holds {@code stdin} through a pipe; stdout closed if asked. */
    private static Result run(List<String> command, byte[] stdin, boolean closeStdout)
            throws IOException, InterruptedException {
        int n = RUNS.incrementAndGet();
        Path out = dir.resolve("out-" + n + ".txt");
        Path err = dir.resolve("err-" + n + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        if (!closeStdout) {
            builder.redirectOutput(out.toFile());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        if (closeStdout) {
            process.getInputStream().close(); // the reading end of the pipe is gone: writes fail
        }
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            // the process stopped reading: what it did is in its exit code and stderr
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s; stderr so far: "
                    + Files.readString(err));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(process.exitValue(), closeStdout ? "" : Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
    }

    private static Result rubric(String... args) throws IOException, InterruptedException {
        return run(javaJar(HEAP, args), null, false);
    }

    /** A one-file validate run that fails with one located problem naming the file. */
    private static String oneProblem(Path file, String code) throws IOException, InterruptedException {
        Result result = rubric("validate", file.toString()).fails(1, 1);
        assertThat(result.errLines()).containsExactly("1 file, 0 valid, 1 problem");
        assertThat(result.outLines()).hasSize(1);
        String line = result.outLines().get(0);
        assertThat(line).startsWith(file + ":").contains("[" + code + "]");
        return line;
    }

    // ----- files that are not there, not files, not readable ----------------------------------------

    @Test
    void aMissingFile() throws Exception {
        Path missing = dir.resolve("missing.json");
        assertThat(oneProblem(missing, "unreadable")).isEqualTo(missing + ": [unreadable] cannot be read (no such file)");

        Result score = rubric("score", "--instrument", "guardian-survey", "--response", missing.toString()).fails(1, 1);
        assertThat(score.err()).startsWith(missing + ": [unreadable] cannot be read (no such file)");

        Result instrument = rubric("score", "--instrument", missing.toString(), "--response",
                path(FOUR_VERSIONS_TEAM).toString()).fails(1, 1);
        assertThat(instrument.err()).startsWith(missing + ": [unreadable]");
    }

    @Test
    void aDirectory() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("a-directory.json"));
        assertThat(oneProblem(directory, "unreadable")).endsWith("is a directory; expected a JSON file");

        Path streamDirectory = Files.createDirectories(dir.resolve("a-directory.jsonl"));
        assertThat(oneProblem(streamDirectory, "unreadable")).contains("is a directory");
    }

    @Test
    void anUnreadableFile() throws Exception {
        Path file = dir.resolve("locked.json");
        Files.writeString(file, Files.readString(path(FOUR_VERSIONS_TEAM)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        Result result = rubric("validate", file.toString());

        assertNoStackTrace(result.err());
        assumeNotRoot(file);
        result.fails(1, 1);
        assertThat(result.outLines()).singleElement().asString()
                .startsWith(file + ": [unreadable] cannot be read (AccessDeniedException");
    }

    private static void assumeNotRoot(Path file) {
        assumeFalse(Files.isReadable(file), "the file is still readable after chmod 000 (running as root?): "
                + "the exit code and message for an unreadable file cannot be checked here");
    }

    // ----- empty, binary -------------------------------------------------------------------------------

    @Test
    void anEmptyFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);
        assertThat(oneProblem(empty, "empty-document")).endsWith("the input holds no JSON value; expected one JSON object");

        Path emptyStream = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        assertThat(oneProblem(emptyStream, "empty-document")).contains("holds no responses");

        Result score = rubric("score", "--instrument", "guardian-survey", "--response", emptyStream.toString())
                .fails(1, 2);
        assertThat(score.errLines()).containsExactly(emptyStream + ": 0 records, 0 good, 0 bad",
                "rubric: " + emptyStream + " holds no good response; nothing to score");
    }

    @Test
    void randomBytes() throws Exception {
        byte[] bytes = new byte[4096];
        List<Integer> drawn = Gen.ints(Byte.MIN_VALUE, Byte.MAX_VALUE).listOf(bytes.length).sample(20261123L);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = drawn.get(i).byteValue();
        }
        Path file = Files.write(dir.resolve("random.json"), bytes);
        oneProblem(file, "encoding");

        Path stream = Files.write(dir.resolve("random.jsonl"), bytes);
        Result result = rubric("validate", stream.toString()).fails(1, 1);
        assertThat(result.outLines()).isNotEmpty().allMatch(line -> line.startsWith(stream + ":"));
    }

    @Test
    void aZipFile() throws Exception {
        Path zip = dir.resolve("instrument.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("instrument.json"));
            out.write(Files.readAllBytes(path(RUBRIC_AS_PRINTED)));
            out.closeEntry();
        }
        Result result = rubric("validate", zip.toString()).fails(1, 1);
        assertThat(result.outLines()).singleElement().asString().startsWith(zip + ":")
                .containsAnyOf("[encoding]", "[syntax]");

        Result asInstrument = rubric("score", "--instrument", zip.toString(), "--response",
                path(FOUR_VERSIONS_TEAM).toString()).fails(1, 1);
        assertThat(asInstrument.err()).startsWith(zip + ":");
    }

    // ----- 100 MB: rejected by the size limit, quickly, in a 64 MB heap -----------------------------

    /** Writes {@code head}, {@code size} copies of {@code fill}, then {@code tail}. */
    private static Path huge(String name, String head, byte fill, String tail) throws IOException {
        Path file = dir.resolve(name);
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, fill);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.UTF_8)));
            for (long written = 0; written < HUNDRED_MB; written += block.length) {
                channel.write(ByteBuffer.wrap(block));
            }
            channel.write(ByteBuffer.wrap(tail.getBytes(StandardCharsets.UTF_8)));
        }
        return file;
    }

    @Test
    void oneHundredMegabytesOfSpacesThenAnObject() throws Exception {
        Path file = huge("spaces.json", "", (byte) ' ', "{}");
        assertQuicklyTooLarge(file, "the document has more than 8388608 bytes, the configured limit "
                + "(maxDocumentBytes; a leading byte order mark and one final line end are not counted); split it, or raise the limit");

        Result score = rubric("score", "--instrument", "guardian-survey", "--response", file.toString()).fails(1, 1);
        assertThat(score.err()).startsWith(file + ":1:1: [document-too-large]");
        assertThat(score.millis()).as("milliseconds").isLessThan(QUICK_MILLIS);
    }

    @Test
    void aValidPrefixThenAHundredMegabyteString() throws Exception {
        Path file = huge("long-string.json", PROLOGUE, (byte) 'a', "\"}");
        assertQuicklyTooLarge(file, "the document has more than 8388608 bytes");
    }

    @Test
    void aHundredMegabyteLineOfJsonLines() throws Exception {
        Path file = huge("long-line.jsonl", "{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"response\", \"id\": \"",
                (byte) 'a', "\"}\n");
        long start = System.nanoTime();
        Result result = rubric("validate", file.toString()).fails(1, 1);
        assertThat(result.outLines()).singleElement().asString()
                .startsWith(file + ":1:1: [document-too-large] the record has more than 8388608 bytes");
        assertThat(result.errLines()).containsExactly("1 file, 0 valid, 1 problem, 1 record streamed (1 bad)");
        // the rest of an over-long line is scanned (not stored) to find the next record: linear in the file,
        // about 3 s of CPU for 100 MB; it took 87 s before the CLI buffered the stream
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(LINE_SCAN_MILLIS);
    }

    @Test
    void anArrayHoldingAHundredMegabyteString() throws Exception {
        Path file = huge("long-array.json", "[" + PROLOGUE, (byte) 'a', "\"}]");
        Result result = rubric("validate", file.toString()).fails(1, 1);
        // reported as string-too-long where the parser stopped; what matters here is the
        // exit code, one line naming the file, and that the 100 MB were not read
        assertThat(result.outLines()).singleElement().asString().startsWith(file + ":");
        assertThat(result.millis()).as("milliseconds").isLessThan(QUICK_MILLIS);
    }

    @Test
    void anArrayHoldingOneHugeElement() throws Exception {
        Path file = dir.resolve("wide-array.json");
        String value = "a".repeat(60_000);
        try (java.io.Writer out = Files.newBufferedWriter(file)) {
            out.write("[{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"response\"");
            for (int i = 0; i < 2000; i++) {
                out.write(", \"k" + i + "\": \"" + value + "\"");
            }
            out.write("}]\n");
        }
        Result result = rubric("validate", file.toString()).fails(1, 1);
        assertThat(result.outLines()).singleElement().asString().startsWith(file + ":1:");
    }

    private static void assertQuicklyTooLarge(Path file, String message) throws Exception {
        Result result = rubric("validate", file.toString()).fails(1, 1);
        assertThat(result.outLines()).containsExactly(file + ":1:1: [document-too-large] " + message
                + (message.endsWith("the limit") ? "" : ", the configured limit (maxDocumentBytes; a leading byte order mark and one final line end are not counted); split it, or raise the limit"));
        assertThat(result.millis()).as("milliseconds").isLessThan(QUICK_MILLIS);
    }

    // ----- JSON Lines with good and bad lines ---------------------------------------------------------

    @Test
    void jsonLinesWithGoodAndBadLines() throws Exception {
        List<String> good = Files.readAllLines(path(GUARDIAN_RESPONSES), StandardCharsets.UTF_8);
        String text = good.get(0) + "\n"
                + "{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"response\"\n" // 2: syntax
                + good.get(1) + "\n"
                + "\n" // 4: blank, skipped
                + "[1, 2, 3]\n" // 5: not an object
                + good.get(2) + "\r\n" // 6: CRLF is fine
                + "{}\n" // 7: missing fields
                + "\u0000\u0001\u0002\n" // 8: control bytes
                + good.get(3); // 9: no final newline
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        Result result = rubric("validate", "--instrument", "guardian-survey", file.toString()).fails(1, 1);

        assertThat(result.errLines()).singleElement().asString().matches("1 file, 0 valid, \\d+ problems, 8 records "
                + "streamed \\(4 bad\\)");
        assertThat(result.outLines()).isNotEmpty().allMatch(line -> line.matches("\\Q" + file
                + "\\E:[2578]:\\d+: (/\\S*: )?\\[[a-z-]+\\] .+")); // the root's pointer "" is left out
        assertThat(result.outLines()).anyMatch(line -> line.startsWith(file + ":2:"))
                .anyMatch(line -> line.startsWith(file + ":5:")).anyMatch(line -> line.startsWith(file + ":7:"))
                .anyMatch(line -> line.startsWith(file + ":8:"));

        Result score = rubric("score", "--instrument", "guardian-survey", "--response", file.toString());
        score.fails(1, result.outLines().size() + 1);
        assertThat(score.outLines().get(0)).endsWith(", 4 responses, subject maple-grove-elementary]");
        assertThat(score.errLines().get(score.errLines().size() - 1)).isEqualTo(file + ": 8 records, 4 good, 4 bad");
    }

    // ----- pipes and devices -------------------------------------------------------------------------

    @Test
    void standardInputThroughAPipe() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdin")), "no /dev/stdin on this system");
        Result document = run(javaJar(HEAP, "validate", "/dev/stdin"), Files.readAllBytes(path(FOUR_VERSIONS_TEAM)),
                false);
        assertThat(document.exitCode()).as("stderr: %s", document.err()).isZero();
        assertThat(document.errLines()).containsExactly("1 file, 1 valid, 0 problems");

        Result invalid = run(javaJar(HEAP, "validate", "/dev/stdin"), Files.readAllBytes(path(RUBRIC_AS_PRINTED)),
                false).fails(1, 1);
        assertThat(invalid.outLines()).hasSize(2).allMatch(line -> line.startsWith("/dev/stdin:"));

        byte[] array = ("[\n" + String.join(",\n", Files.readAllLines(path(GUARDIAN_RESPONSES))) + "\n]\n")
                .getBytes(StandardCharsets.UTF_8);
        Result stream = run(javaJar(HEAP, "score", "--instrument", "guardian-survey", "--response", "/dev/stdin"),
                array, false);
        assertThat(stream.exitCode()).as("stderr: %s", stream.err()).isZero();
        assertThat(stream.outLines().get(0)).endsWith(", 12 responses, subject maple-grove-elementary]");
    }

    @Test
    void anEndlessDeviceIsCutAtTheSizeLimit() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Result result = rubric("validate", zero.toString()).fails(1, 1);
        assertThat(result.outLines()).containsExactly("/dev/zero:1:1: [document-too-large] the document has more "
                + "than 8388608 bytes, the configured limit (maxDocumentBytes; a leading byte order mark and one final line end are not counted); split it, or raise the limit");
        assertThat(result.millis()).as("milliseconds").isLessThan(QUICK_MILLIS);
    }

    // ----- standard output closed ----------------------------------------------------------------------

    @Test
    void standardOutputClosed() throws Exception {
        Result valid = run(javaJar(HEAP, "validate", path(FOUR_VERSIONS_TEAM).toString()), null, true);
        assertThat(valid.exitCode()).as("stderr: %s", valid.err()).isZero();
        assertNoStackTrace(valid.err());

        Result invalid = run(javaJar(HEAP, "validate", path(RUBRIC_AS_PRINTED).toString()), null, true);
        invalid.fails(1, 1);

        Result json = run(javaJar(HEAP, "validate", "--format", "json", path(RUBRIC_AS_PRINTED).toString()), null, true);
        json.fails(1, 1);

        Result demo = run(javaJar(HEAP, "demo"), null, true);
        assertThat(demo.exitCode()).as("stderr: %s", demo.err()).isZero();
        assertNoStackTrace(demo.err());
    }

    // ----- usage errors ---------------------------------------------------------------------------------

    @Test
    void unknownOptionsAndCommands() throws Exception {
        Result option = rubric("validate", "--bogus", path(FOUR_VERSIONS_TEAM).toString()).fails(2, 3);
        assertThat(option.errLines()).containsExactly("rubric: Unknown option: '--bogus'",
                "Try 'rubric validate --help' for more information.");

        Result topOption = rubric("--bogus", "validate", path(FOUR_VERSIONS_TEAM).toString()).fails(2, 3);
        assertThat(topOption.errLines().get(0)).isEqualTo("rubric: Unknown option: '--bogus'");

        Result command = rubric("valdiate", "x.json").fails(2, 4);
        assertThat(command.errLines().get(0)).startsWith("rubric: Unmatched argument").contains("'valdiate'");
        assertThat(command.err()).contains("Did you mean: rubric validate").contains("Try 'rubric --help'");

        Result value = rubric("validate", "--format", "xml", path(FOUR_VERSIONS_TEAM).toString()).fails(2, 3);
        assertThat(value.errLines().get(0)).startsWith("rubric: Invalid value for option '--format': ");

        Result missing = rubric("score", "--instrument", "guardian-survey").fails(2, 3);
        assertThat(missing.errLines().get(0)).isEqualTo("rubric: Missing required option: '--response=FILE'");

        Result noFile = rubric("validate").fails(2, 3);
        assertThat(noFile.errLines().get(0)).isEqualTo("rubric: Missing required parameter: 'FILE'");
    }

    // ----- out of memory, and --debug -------------------------------------------------------------------

    @Test
    void runningOutOfMemoryIsOneLineWithExitFourAndDebugShowsTheStackTrace() throws Exception {
        // A document at the size limit needs more than a 16 MB heap: the decoder alone allocates 16 MB.
        Path file = dir.resolve("at-the-limit.json");
        byte[] bytes = new byte[8 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'a');
        byte[] head = PROLOGUE.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '}';
        Files.write(file, bytes);

        // issue 10 item 2: no longer "rubric: internal error: OutOfMemoryError" with exit 3
        Result plain = run(javaJar("-Xmx16m", "validate", file.toString()), null, false).fails(4, 1);
        assertThat(plain.err()).matches("rubric: out of memory \\(Java may use at most \\d+ MiB here\\); give Java "
                + "more memory, such as 'java -Xmx2g -jar rubric\\.jar \\.\\.\\.'\\R");

        Result debug = run(javaJar("-Xmx16m", "--debug", "validate", file.toString()), null, false);
        assertThat(debug.exitCode()).isEqualTo(4);
        assertThat(debug.err()).startsWith(plain.errLines().get(0)).contains("java.lang.OutOfMemoryError")
                .contains("\tat ");

        Result enough = rubric("validate", file.toString()); // the same file fits in 64 MB
        assertThat(enough.exitCode()).as("stderr: %s", enough.err()).isEqualTo(1);
        assertThat(enough.out()).contains("[string-too-long]");
    }

    @Test
    void runningOutOfMemoryInAStreamSaysHowManyRecordsWereReadAndKeepsTheResultsPrinted() throws Exception {
        Path good = GeneratedResponses.fourVersions(dir.resolve("good.jsonl"), 1000, 7L);
        Path file = dir.resolve("then-a-huge-line.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            Files.copy(good, out);
            out.write("{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"response\", \"id\": \""
                    .getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[7 * 1024 * 1024]; // within the record limit; its decoding needs more than 16 MB
            Arrays.fill(id, (byte) 'a');
            out.write(id);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            Files.copy(good, out);
        }
        String[] score = {"score", "--instrument", "four-versions-of-partnerships", "--response", file.toString(),
            "--format", "jsonl"};

        Result small = run(javaJar("-Xmx16m", score), null, false).fails(4, 1);

        assertThat(small.err()).startsWith("rubric: out of memory after reading 1,000 records of " + file
                + " (Java may use at most ").contains("give Java more memory, such as 'java -Xmx2g -jar rubric.jar");
        assertThat(small.outLines()).as("the results of the records read before, printed as they were made")
                .hasSize(1000);
        assertThat(small.outLines()).allSatisfy(line -> assertThat(line).startsWith("{\"format\":")
                .endsWith("}"));

        Result enough = rubric(score); // 64 MB: the huge record is only a bad one
        assertThat(enough.exitCode()).as("stderr: %s", enough.err()).isEqualTo(1);
        assertThat(enough.outLines()).hasSize(2000);
        assertThat(enough.err()).contains("\"code\":\"string-too-long\"");
    }
}
