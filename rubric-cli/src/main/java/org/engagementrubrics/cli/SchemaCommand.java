package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.engagementrubrics.json.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric schema [KIND]}: the JSON Schemas of the document kinds.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Print the JSON Schema of a document kind, or list the kinds.",
        description = "Prints the JSON Schema (draft 2020-12) of a document kind; without KIND, lists the kinds.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "KIND",
            description = "A document kind, such as survey, response or stage-result.")
    String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (kind == null) {
            JsonSchemas.kinds().forEach(out::println);
        } else {
            String schema;
            try {
                schema = JsonSchemas.schema(kind);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            out.print(schema.endsWith("\n") ? schema : schema + "\n");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
