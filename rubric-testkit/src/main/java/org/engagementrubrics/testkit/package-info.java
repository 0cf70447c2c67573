/**
 * A small property-testing kit for engagement-rubrics on plain JUnit Jupiter: seeded generators and a
 * runner that reports failures with the seeds that replay them.
 *
 * <ul>
 * <li>{@link org.engagementrubrics.testkit.Gen} — a generator, a pure function of a
 * {@link java.util.random.RandomGenerator}, with combinators ({@code map}, {@code flatMap},
 * {@code filter}, {@code listOf}, {@code oneOf}, {@code frequency}, {@code elements}, {@code ints},
 * {@code shuffled}, ...).</li>
 * <li>{@link org.engagementrubrics.testkit.Generators} — valid instruments of every kind and valid
 * responses to them.</li>
 * <li>{@link org.engagementrubrics.testkit.Properties} — {@code forAll(name, cases, gen, property)},
 * seeded from {@code -Drubric.seed} (fixed by default, {@code random} on request), replayable with
 * {@code -Drubric.caseSeed}.</li>
 * <li>{@link org.engagementrubrics.testkit.IdPool} and {@link org.engagementrubrics.testkit.Contents}
 * — helpers for building instruments and computing expected results.</li>
 * </ul>
 */
package org.engagementrubrics.testkit;
