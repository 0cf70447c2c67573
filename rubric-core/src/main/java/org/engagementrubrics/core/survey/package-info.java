/**
 * The survey, such as the guardian survey of "Engaging Families": statements rated on an ordered response
 * scale, and the contact goals the survey is read against.
 *
 * <p>A {@link Survey} puts a prompt and a {@link org.engagementrubrics.core.RatingScale} to its
 * {@link org.engagementrubrics.core.matrix.Statement}s (the statement type the matrices use); a response
 * answers with {@link org.engagementrubrics.core.response.Ratings}. A {@link ContactGoal} states the share of
 * families to reach per {@link ContactPeriod} and the {@link MonitoredGroup}s across which gaps are watched.
 * One of the six kinds of {@link org.engagementrubrics.core.Instrument}. Every type is immutable and
 * thread-safe.
 */
package org.engagementrubrics.core.survey;
