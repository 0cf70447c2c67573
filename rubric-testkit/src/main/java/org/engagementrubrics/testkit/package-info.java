/**
 * A small property-testing kit for engagement-rubrics on plain JUnit Jupiter: seeded generators and a
 * runner that reports failures with the seeds that replay them and shrinks them. This package uses only
 * rubric-core and the JDK, so that core's and the JSON module's own tests compile it from source.
 *
 * <ul>
 * <li>{@link org.engagementrubrics.testkit.Gen} — a generator, a pure function of a
 * {@link java.util.random.RandomGenerator}, with combinators ({@code map}, {@code flatMap},
 * {@code filter}, {@code listOf}, {@code oneOf}, {@code frequency}, {@code elements}, {@code ints},
 * {@code shuffled}, ...).</li>
 * <li>{@link org.engagementrubrics.testkit.Generators} — valid instruments of every kind and valid
 * responses to them, sized by {@link org.engagementrubrics.testkit.Sizes}.</li>
 * <li>{@link org.engagementrubrics.testkit.AnalysisGenerators} — rosters, contact records, coverage goals,
 * panels, real results, reviews, and parts with a {@link org.engagementrubrics.testkit.MergeOrder}.</li>
 * <li>{@link org.engagementrubrics.testkit.Properties} — {@code forAll(name, cases, gen, property)},
 * seeded from {@code -Drubric.seed} (fixed by default, {@code random} on request), replayable with
 * {@code -Drubric.caseSeed}; a failing value is shrunk to the smallest failing one found.</li>
 * <li>{@link org.engagementrubrics.testkit.IdPool} and {@link org.engagementrubrics.testkit.Contents}
 * — helpers for building instruments and computing expected results.</li>
 * </ul>
 */
package org.engagementrubrics.testkit;
