/**
 * Change over time: two or more reviews of one subject with one instrument, compared unit by unit.
 *
 * <p>A {@link org.engagementrubrics.core.change.Review} is a date and the score results of that date;
 * {@link org.engagementrubrics.core.change.ChangeComparer} orders the reviews by date and reports, for every
 * consecutive pair and for the first against the last, how each standard, matrix row, condition, indicator,
 * district dimension, checklist group and survey statement moved. Reviews made with different versions of an
 * instrument (different fingerprints) compare only through an explicit
 * {@link org.engagementrubrics.core.change.IdMapping}. Reads the model, responses and scoring results; the model
 * knows nothing of this package.
 */
package org.engagementrubrics.core.change;
