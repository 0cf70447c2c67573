package org.engagementrubrics.testkit.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns every rubric file under a folder into a JUnit Jupiter dynamic test that fails with the file's located
 * problems, as {@code rubric validate} prints them ({@code file:line:column: pointer: [code] message}).
 *
 * <pre>{@code
 * class RubricFilesTest {
 *     @TestFactory
 *     Stream<DynamicNode> rubricFilesAreValid() {
 *         return RubricFiles.in(Path.of("src/main/resources/rubrics")).validate();
 *     }
 *
 *     @TestFactory
 *     Stream<DynamicNode> exportedResponsesFitTheirSurvey() {
 *         return RubricFiles.in(Path.of("build/exports")).matching("**.jsonl")
 *                 .withInstrument(Path.of("src/main/resources/rubrics/guardian-survey.json")).strict().validate();
 *     }
 * }
 * }</pre>
 *
 * <p>Every regular file under the folder (at any depth) whose path relative to the folder matches one of the
 * globs ({@code **.json}, {@code **.jsonl} and {@code **.ndjson} by default) is tested, sorted by that relative
 * path, which is also the test's display name:
 * <ul>
 * <li>a {@code .json} file (an instrument, a response, a result of any kind, or a JSON array of responses or of
 * results) is one test, failing with one message that lists every problem of the file;</li>
 * <li>a response stream ({@code .jsonl} or {@code .ndjson}: JSON Lines) is a container with one test per record,
 * named after the line it starts on ({@code line 4 (record 3)}). The records are read while the tests run, one
 * at a time, so a stream of any length needs little memory; a stream with no record fails.</li>
 * </ul>
 *
 * <p><b>Responses are checked against their instrument.</b> The instrument given by
 * {@link #withInstrument(Path)} checks every response of every file. Without it, a file's responses are checked
 * against the instrument they name: the one among the instruments under the folder (every {@code .json} file under
 * it that holds a valid instrument, matched by the globs or not) with the id and version of the file's first valid
 * response (a response that names no version takes the one instrument with its id). A file whose responses name
 * an instrument not found there fails and says so; a stream is checked against one instrument, so a record naming
 * another one fails with the reader's own problem.
 *
 * <p>Warnings (findings that do not stop a read, such as a matrix cell with no statements) pass unless
 * {@link #strict()} is on. A folder that does not exist, or holds no file matching the globs, yields one failing
 * test: a test suite that validates nothing should not pass.
 *
 * <p>This class is immutable and thread-safe; the dynamic tests it makes read their files when they run.
 */
public final class RubricFiles {

    /** The globs used unless {@link #matching(String...)} is given: every JSON and JSON Lines file. */
    public static final List<String> DEFAULT_GLOBS = List.of("**.json", "**.jsonl", "**.ndjson");

    private final Path folder;
    private final List<String> globs;
    private final Path instrument;
    private final boolean strict;
    private final RubricJson json;

    private RubricFiles(Path folder, List<String> globs, Path instrument, boolean strict, RubricJson json) {
        this.folder = folder;
        this.globs = globs;
        this.instrument = instrument;
        this.strict = strict;
        this.json = json;
    }

    /**
     * Obtains the file tests of a folder, with the default globs, no given instrument, warnings allowed and
     * {@link RubricJson#defaults()}.
     *
     * @param folder the folder, relative to the working directory (the module's folder under Maven) or absolute,
     *     not null
     * @return the file tests
     */
    public static RubricFiles in(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new RubricFiles(folder, DEFAULT_GLOBS, null, false, RubricJson.defaults());
    }

    /**
     * Returns a copy that tests only the files whose path relative to the folder matches one of these globs, in
     * {@link java.nio.file.FileSystem#getPathMatcher(String) glob syntax} with {@code /} between folders:
     * {@code **.json} is every JSON file at any depth, {@code surveys/*.jsonl} the streams of one sub-folder.
     *
     * @param globs the globs, at least one, none blank
     * @return a copy with these globs
     * @throws IllegalArgumentException if there is no glob, one is blank, or one is not a valid glob
     */
    public RubricFiles matching(String... globs) {
        Objects.requireNonNull(globs, "globs");
        for (int i = 0; i < globs.length; i++) {
            Objects.requireNonNull(globs[i], "globs[" + i + "]");
            if (globs[i].isBlank()) {
                throw new IllegalArgumentException("globs[" + i + "]: must not be blank");
            }
            matcher(globs[i]);
        }
        if (globs.length == 0) {
            throw new IllegalArgumentException("globs: give at least one, such as **.json");
        }
        List<String> copy = List.of(globs);
        return copy.equals(this.globs) ? this : new RubricFiles(folder, copy, instrument, strict, json);
    }

    /**
     * Returns a copy that checks every response against the instrument in this file, rather than the instrument
     * each file's responses name among the folder's instruments. The file is read when the tests run; a file that
     * is not a valid instrument fails every test that needs it, with its problems.
     *
     * @param instrumentFile the instrument's file, inside the folder or not, not null
     * @return a copy with this instrument
     */
    public RubricFiles withInstrument(Path instrumentFile) {
        Objects.requireNonNull(instrumentFile, "instrumentFile");
        return instrumentFile.equals(instrument) ? this : new RubricFiles(folder, globs, instrumentFile, strict, json);
    }

    /**
     * Returns a copy that treats warnings as failures, as {@code rubric validate --strict} does.
     *
     * @return a strict copy
     */
    public RubricFiles strict() {
        return strict ? this : new RubricFiles(folder, globs, instrument, true, json);
    }

    /**
     * Returns a copy that reads through this JSON facade, for other {@link org.engagementrubrics.json.ReadLimits}
     * or another validator.
     *
     * @param json the facade, not null
     * @return a copy reading through it
     */
    public RubricFiles withJson(RubricJson json) {
        Objects.requireNonNull(json, "json");
        return json == this.json ? this : new RubricFiles(folder, globs, instrument, strict, json);
    }

    /**
     * Returns one dynamic test per file (a container of one test per record for a response stream), sorted by
     * the file's path relative to the folder; return it from a {@code @TestFactory} method. The folder is listed
     * now; the files are read when their tests run.
     *
     * @return the tests, to be consumed once
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public Stream<DynamicNode> validate() {
        List<Path> files = files();
        if (files.isEmpty()) {
            String why = Files.isDirectory(folder) ? "no rubric files under " + folder + " matching " + globs
                    : "no rubric files under " + folder + ": it is not a folder (the working directory is "
                            + Path.of("").toAbsolutePath() + ")";
            return Stream.of(DynamicTest.dynamicTest(folder.toString(), folder.toUri(),
                    () -> FileTests.fail(why)));
        }
        FileTests tests = new FileTests(folder, json, strict, Optional.ofNullable(instrument));
        return files.stream().map(tests::node);
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<PathMatcher> matchers = globs.stream().map(RubricFiles::matcher).toList();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> matchers.stream().anyMatch(m -> m.matches(folder.relativize(file))))
                    .sorted(Comparator.comparing(file -> FileTests.relative(folder, file)))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("globs: " + glob + " is not a valid glob: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "RubricFiles[" + folder + ", " + globs + (instrument == null ? "" : ", instrument " + instrument)
                + (strict ? ", strict" : "") + "]";
    }
}
