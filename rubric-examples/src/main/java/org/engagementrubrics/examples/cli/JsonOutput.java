package org.engagementrubrics.examples.cli;

import java.io.StringWriter;
import java.util.List;
import org.engagementrubrics.json.FormatProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The CLI's JSON output, written with Jackson's streaming generator in the canonical layout of the
 * documented format: two-space indentation, {@code "name": value}, one array element per line, LF line
 * ends, a final newline.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private JsonOutput() {
    }

    /**
     * Writes problems as a JSON array of objects {@code {source, pointer, line, column, code, message}}.
     *
     * @param problems the problems
     * @return the JSON text, ending with a newline
     */
    static String problems(List<FormatProblem> problems) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(PRETTY, text)) {
            out.writeStartArray();
            for (FormatProblem problem : problems) {
                out.writeStartObject();
                out.writeStringProperty("source", problem.source());
                out.writeStringProperty("pointer", problem.pointer());
                out.writeNumberProperty("line", problem.line());
                out.writeNumberProperty("column", problem.column());
                out.writeStringProperty("code", problem.code());
                out.writeStringProperty("message", problem.message());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        return text.append('\n').toString();
    }

    /**
     * Writes JSON documents as the elements of one JSON array, each copied token by token (numbers exactly as
     * written).
     *
     * @param documents the documents, each one JSON value
     * @return the JSON text, ending with a newline
     */
    static String array(List<String> documents) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(PRETTY, text)) {
            out.writeStartArray();
            for (String document : documents) {
                try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), document)) {
                    in.nextToken();
                    out.copyCurrentStructureExact(in);
                }
            }
            out.writeEndArray();
        }
        return text.append('\n').toString();
    }
}
