package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.CatalogEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric catalog list|show}: the bundled instruments.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        header = "List the bundled instruments or print one of their files.",
        description = "Lists the bundled instruments, or prints one of their files.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class})
final class CatalogCommand {

    /** {@code rubric catalog list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            header = "List the bundled instruments.",
            description = "Lists the bundled instruments: id, version, kind, title, errata (departures from the "
                    + "seed) and content fingerprint, in aligned columns.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "VERSION", "KIND", "TITLE", "ERRATA", "FINGERPRINT"});
            for (CatalogEntry entry : Catalog.bundled().entries()) {
                rows.add(new String[] {entry.id(), entry.version(), entry.kind().kindName(), entry.title(),
                    String.valueOf(entry.errata()), entry.fingerprint().toString()});
            }
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(row[i]);
                    if (i < row.length - 1) {
                        line.append(" ".repeat(widths[i] - row[i].length() + 2));
                    }
                }
                out.println(line);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code rubric catalog show ID [--version V]}. */
    @Command(name = "show", // no -V/--version: --version names the instrument version here
            header = "Print the bundled JSON file of an instrument.",
            description = "Prints the bundled JSON file of an instrument, exactly as bundled.")
    static final class ShowCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Parameters(paramLabel = "ID", description = "The instrument id, as 'rubric catalog list' shows it.")
        String id;

        @Option(names = "--version", paramLabel = "V",
                description = "The version (default: the newest); the catalog must hold it.")
        String version;

        @Override
        public Integer call() {
            Catalog catalog = Catalog.bundled();
            try {
                if (version == null) {
                    catalog.instrument(id);
                } else {
                    catalog.instrument(id, version);
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(Catalog.bundledFile(id));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
