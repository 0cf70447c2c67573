package org.engagementrubrics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric convert --from FORMAT --to FORMAT IN OUT}: converts instruments between our JSON, Canvas
 * rubric CSV and CASE, through the formats of {@link InteropFormats}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Convert instruments between rubric-json, canvas-csv and case.",
        description = {"Reads IN in the --from format and writes OUT in the --to format; '-' is standard input "
                + "or output. A Canvas rubric CSV may hold several rubrics: written as rubric-json, they go one "
                + "file each (named by instrument id, such as rubric-1.json) into OUT, which must then be an "
                + "existing directory; or --rubric picks one. Written as canvas-csv, every rubric goes into one file.",
                "Problems are printed on standard error as 'file:line:column: pointer: [code] message', as "
                        + "validate prints them, and nothing is written. What the --to format cannot carry (for "
                        + "Canvas: weights, free-form criteria, other languages, errata, extensions, ids other than "
                        + "the derived ones) is refused with a [not-carried] problem per loss unless --allow-loss "
                        + "is given; then each loss is printed as a warning."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converted (warnings about losses allowed with --allow-loss)",
                "1:a problem was found; nothing written", "2:usage error", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FORMAT",
            description = "The format of IN: rubric-json, canvas-csv or case.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "The format of OUT: rubric-json, canvas-csv or case.")
    String to;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read, or - for standard input.")
    String in;

    @Parameters(index = "1", paramLabel = "OUT",
            description = "The file to write, - for standard output, or a directory for several instruments.")
    String out;

    @Option(names = "--rubric", paramLabel = "NAME",
            description = "Convert only the instrument of this id or (English) title, such as a Canvas rubric name.")
    String rubric;

    @Option(names = "--instrument-id", paramLabel = "ID",
            description = "The id of the imported instrument (one rubric only); derived from its name by default.")
    String instrumentId;

    @Option(names = "--instrument-version", paramLabel = "VERSION",
            description = "The version of an instrument imported from canvas-csv (default 1.0.0).")
    String instrumentVersion;

    @Option(names = "--lenient",
            description = "Read a case file that fails the CASE 1.1 schema by repairing it (key case, scores as "
                    + "strings, repeated identifiers), printing each repair as a warning. Without it such a file "
                    + "is refused with its problems.")
    boolean lenient;

    @Option(names = "--allow-loss",
            description = "Write what the --to format can carry, printing each loss as a warning.")
    boolean allowLoss;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InteropFormat source = format("--from", from);
        InteropFormat target = format("--to", to);
        String sourceName = in.equals("-") ? "<stdin>" : in;
        InteropFormat.Settings settings = new InteropFormat.Settings(instrumentVersion, instrumentId, allowLoss,
                lenient);
        InteropFormat.Input input = source.read(in.equals("-") ? null : Path.of(in), sourceName, settings);
        input.warnings().forEach(err::println);
        List<Instrument> instruments = picked(input.instruments(), sourceName);
        Path directory = out.equals("-") ? null : Path.of(out);
        boolean intoDirectory = directory != null && Files.isDirectory(directory);
        if (instruments.size() > 1 && !target.holdsSeveral() && !intoDirectory) {
            throw new ParameterException(spec.commandLine(), sourceName + " holds " + instruments.size()
                    + " instruments " + instruments.stream().map(Instrument::id).toList() + " and " + target.name()
                    + " holds one per file: OUT must be an existing directory, or pick one with --rubric");
        }
        List<InteropFormat.Output> outputs = target.write(instruments, sourceName, settings);
        int warnings = 0;
        for (InteropFormat.Output output : outputs) {
            output.warnings().forEach(err::println);
            warnings += output.warnings().size();
        }
        for (InteropFormat.Output output : outputs) {
            if (directory == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(output.text());
                stdout.flush();
            } else {
                Files.writeString(intoDirectory ? directory.resolve(output.fileName()) : directory, output.text(),
                        StandardCharsets.UTF_8);
            }
        }
        err.println("rubric: converted " + ValidateCommand.count(instruments.size(), "instrument") + " from "
                + source.name() + " to " + target.name() + (input.warnings().isEmpty() ? "" : ", "
                        + ValidateCommand.count(input.warnings().size(), "repair") + " made")
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " loss" : " losses") + " allowed" : ""));
        err.flush();
        return ExitCodes.OK;
    }

    private InteropFormat format(String option, String name) {
        InteropFormat format = InteropFormats.named(name);
        if (format == null) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '" + name
                    + "' is not a format; expected one of " + InteropFormats.names());
        }
        return format;
    }

    /** The instruments, or the one that --rubric names. */
    private List<Instrument> picked(List<Instrument> instruments, String sourceName) {
        if (rubric == null) {
            return instruments;
        }
        for (Instrument instrument : instruments) {
            String title = instrument.title().values().get(LocalizedText.ENGLISH);
            if (instrument.id().equals(rubric) || rubric.equals(title)) {
                return List.of(instrument);
            }
        }
        throw new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0, FormatCodes.MISSING, "holds no"
                + " instrument of id or title '" + rubric + "'; it holds " + instruments.stream()
                        .map(Instrument::id).toList())));
    }
}
