/**
 * The {@code rubric} command line and the demo of the README's quick start, built on picocli over the
 * exported API of rubric-core, rubric-json and rubric-examples.
 *
 * <p>{@link org.engagementrubrics.cli.RubricCli} is the entry point of {@code rubric.jar}; each command
 * ({@code validate}, {@code score}, {@code explain}, {@code aggregate}, {@code agreement}, {@code compare},
 * {@code coverage}, {@code catalog}, {@code schema}, {@code demo}) is a package-private class beside it, and
 * {@link org.engagementrubrics.cli.Demo} runs the demo on its own. The commands, their options, output
 * formats and exit codes are documented in {@code docs/cli.md}; this package has no API for libraries.
 *
 * <pre>{@code
 * java -jar rubric.jar validate examples/family-engagement-rubric-as-printed.json
 * }</pre>
 */
package org.engagementrubrics.cli;
