/**
 * The conditions assessment, such as School Conditions for Personalized Learning: a needs assessment whose
 * {@link Condition}s list {@link Indicator}s, each citing the external standards it serves ({@link Citation},
 * such as CCSSO III.2.c).
 *
 * <p>A {@link ConditionsAssessment} rates every indicator on its {@link org.engagementrubrics.core.RatingScale}
 * (the seed's 1 to 4). A response answers it with {@link org.engagementrubrics.core.response.Ratings}, where
 * "not rated" and "not applicable" never count as a value. The assessment is one of the six kinds of
 * {@link org.engagementrubrics.core.Instrument}. Every type is immutable and thread-safe.
 */
package org.engagementrubrics.core.conditions;
