/**
 * What every instrument shares: the sealed {@link Instrument} interface and its {@link InstrumentKind}s,
 * localized texts ({@link LocalizedText}), vendor extensions ({@link Extensions}, {@link ExtensionValue}),
 * sources ({@link Source}), errata ({@link Erratum}), content fingerprints ({@link Fingerprint}), rating scales
 * ({@link RatingScale}, {@link ScalePoint}) and {@link RubricException}, the root of every exception the
 * library throws on purpose.
 *
 * <p>{@code Instrument} permits {@link org.engagementrubrics.core.matrix.MatrixInstrument} (itself sealed over
 * the staged rubric and the archetype matrix of {@code core.matrix}) and the conditions assessment, district
 * indicators, checklist and survey, each in a package of its own ({@code core.conditions}, {@code core.district},
 * {@code core.checklist}, {@code core.survey}): six kinds, a closed set. Those packages build on this one; this
 * one names them only to seal the hierarchy. What raters record is in {@code core.response}, the rules and the
 * validator in {@code core.validation}, and scoring in {@code core.scoring}, which no model package uses.
 *
 * <p>Every type is immutable and thread-safe, and every value is a record. Checks are split in two (the decision
 * record is {@code docs/validation.md}): a null where a value is required fails where the object is made, and
 * every data rule is a Jakarta Bean Validation constraint checked by
 * {@link org.engagementrubrics.core.validation.RubricValidator}, which returns every problem at once. So an
 * instrument read from a faulty file can still be built, and all of its problems reported.
 */
package org.engagementrubrics.core;
