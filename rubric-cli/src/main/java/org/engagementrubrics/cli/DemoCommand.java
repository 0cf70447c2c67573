package org.engagementrubrics.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rubric demo}: the README's demo.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Score sample responses on every bundled instrument and explain them.",
        description = "Scores sample responses on every bundled instrument and prints the results with their "
                + "explanations, then the seed defects that validation reports.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            Demo.run(stream);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }
}
