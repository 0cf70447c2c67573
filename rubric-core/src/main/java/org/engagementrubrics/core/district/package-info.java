/**
 * District indicators in the Indistar style, such as indicator 6837 on two-way communication with families
 * and the community: {@link DistrictIndicators} lists {@link DistrictIndicator}s, each with its
 * {@link DistrictDimension}, an explanation and guiding questions.
 *
 * <p>A district assesses each indicator as an {@link ImplementationStatus} (None, Limited or Full); a response
 * carries those as {@link org.engagementrubrics.core.response.Statuses} of
 * {@link org.engagementrubrics.core.response.IndicatorAssessment}s, and scoring rolls them up into the share at
 * Full per dimension. One of the six kinds of {@link org.engagementrubrics.core.Instrument}. Every type is
 * immutable and thread-safe.
 */
package org.engagementrubrics.core.district;
