package org.engagementrubrics.examples.embedding;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;

/**
 * What a data vendor does before shipping: read a rubric file and list every problem, located.
 *
 * <pre>{@code
 * java -cp rubric.jar org.engagementrubrics.examples.embedding.ValidateAVendorFile my-rubric.json
 * }</pre>
 */
public final class ValidateAVendorFile {

    private ValidateAVendorFile() {
    }

    /**
     * Validates the files named on the command line; exits 1 if any has problems.
     *
     * @param args the files
     */
    public static void main(String[] args) {
        int problems = 0;
        for (String file : args) {
            problems += validate(Path.of(file), System.out).size();
        }
        System.exit(problems == 0 ? 0 : 1);
    }

    /**
     * Validates one file, printing {@code OK} or each problem as {@code file:line:col: pointer: [code] message}.
     *
     * @param file the file, not null
     * @param out where to print, not null
     * @return the problems, empty if the file is a valid instrument
     */
    public static List<FormatProblem> validate(Path file, PrintStream out) {
        try {
            Instrument instrument = RubricJson.defaults().readInstrument(file);
            out.println(file + ": OK, " + instrument.kind().kindName() + " '" + instrument.id() + "' version "
                    + instrument.version() + " (" + instrument.fingerprint() + ")");
            return List.of();
        } catch (FormatException e) {
            e.problems().forEach(out::println);
            return e.problems();
        }
    }

    /**
     * Writes a small broken rubric file to a folder, for trying the example.
     *
     * @param folder the folder, not null
     * @return the file
     * @throws java.io.IOException if it cannot be written
     */
    public static Path writeBrokenExample(Path folder) throws java.io.IOException {
        String json = RubricJson.defaults().write(Catalog.bundled().instrument("school-conditions-personalized-learning"))
                .replace("\"purpose\":", "\"colour\": \"teal\",\n  \"purpose\":")
                .replaceFirst("\"number\": 4,", "\"number\": \"four\",");
        return Files.writeString(folder.resolve("broken-conditions.json"), json);
    }
}
