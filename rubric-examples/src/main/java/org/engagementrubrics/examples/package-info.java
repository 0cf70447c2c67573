/**
 * The seed instruments and realistic data to try them with, built with the public API only, as a user would.
 *
 * <p>{@link org.engagementrubrics.examples.Catalog} loads the bundled instrument files (the documented JSON
 * format) by id, and lists them as {@link org.engagementrubrics.examples.CatalogEntry} lines;
 * {@link org.engagementrubrics.examples.SeedInstruments} builds the same six instruments in code, with an
 * erratum wherever a copy departs from its seed; {@link org.engagementrubrics.examples.SampleResponses} gives
 * valid responses, panels and reviews for them; {@link org.engagementrubrics.examples.ExampleDistrict}
 * generates, from a seed, a district's roster and a school year of contact records for contact coverage.
 *
 * <pre>{@code
 * Instrument fourVersions = Catalog.bundled().instrument("four-versions-of-partnerships");
 * Response team = SampleResponses.fourVersionsTeam();
 * }</pre>
 *
 * <p>Every public type here is immutable and thread-safe or holds no state; nothing reads a clock.
 */
package org.engagementrubrics.examples;
