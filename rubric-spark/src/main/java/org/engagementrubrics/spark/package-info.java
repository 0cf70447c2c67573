/**
 * The library on Apache Spark: responses read from JSON Lines by our own reader with a dead-letter dataset of
 * the bad records (file, line, problems), per-response scoring, pooled results per instrument, subject and
 * period through a typed {@link org.apache.spark.sql.expressions.Aggregator} over our mergeable tallies (also
 * usable from SQL), contact coverage with the library's suppression rules, and {@link
 * org.engagementrubrics.spark.RubricSparkJob}, the job for {@code spark-submit}.
 *
 * <p>Every rule (checks, scoring, pooling, suppression) is the library's: this package only moves records and
 * tallies between Spark's partitions, so the bytes written are those of the single-machine library for any
 * partitioning. Spark is a {@code provided} dependency (4.1 or newer, for Jackson 3 beside Spark's Jackson 2).
 */
package org.engagementrubrics.spark;
