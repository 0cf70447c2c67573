/**
 * AssertJ-style assertions on the library's results, whose failures print the result's explanation; start from
 * {@link org.engagementrubrics.testkit.assertions.RubricAssertions#assertThat(org.engagementrubrics.core.scoring.ArchetypeResult)}
 * and its overloads.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(result).hasBestFit("building-relationships", "open-door").hasProfile("proficient");
 * }</pre>
 */
package org.engagementrubrics.testkit.assertions;
