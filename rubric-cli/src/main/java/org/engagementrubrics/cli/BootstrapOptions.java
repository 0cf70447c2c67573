package org.engagementrubrics.cli;

import org.engagementrubrics.core.agreement.Bootstrap;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The bootstrap of an agreement report's intervals, from {@code --draws}, {@code --seed} and {@code --level};
 * shared by {@code rubric agreement} and {@code rubric report} (a picocli mixin).
 */
final class BootstrapOptions {

    @Option(names = "--draws", paramLabel = "N", defaultValue = "1000",
            description = "The bootstrap's number of draws, 1 to 1000000 (default 1000).")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "The bootstrap's seed (default ${DEFAULT-VALUE}): the same seed gives the same interval.")
    long seed;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95",
            description = "The level of the percentile interval, between 0 and 1 (default 0.95).")
    double level;

    /**
     * Returns the bootstrap the options ask for.
     *
     * @param commandLine the command, for its usage errors
     * @return the bootstrap
     * @throws ParameterException if a value is out of range (exit 2)
     */
    Bootstrap bootstrap(CommandLine commandLine) {
        try {
            return Bootstrap.of(draws, seed).withLevel(level);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--draws " + draws + ", --level " + level + ": "
                    + e.getMessage());
        }
    }
}
