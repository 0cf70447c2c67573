package org.engagementrubrics.spark;

import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.RecordFormat;
import org.engagementrubrics.json.roster.RosterWriter;

/**
 * Pools survey responses, each given as its JSON document, by roster group into the
 * {@code survey-by-group-result} document that {@code rubric score --by-group --format json} writes: each
 * response joined to the roster by its rater id inside the library's {@link GroupedTally} (the roster travels
 * with the aggregator, a map-side join), and the small-cell rule applied by the library when the result is made.
 *
 * <pre>{@code
 * GroupAggregator byGroup = GroupAggregator.of(SparkScoring.of(survey), roster, SmallCellRule.defaults());
 * String document = responses.select(col("json")).as(Encoders.STRING()).select(byGroup.toColumn())
 *         .as(Encoders.STRING()).first();
 * }</pre>
 *
 * <p>Immutable and thread-safe (each task gets its own copy).
 */
public final class GroupAggregator extends Aggregator<String, GroupedBuffer, String> {

    private static final long serialVersionUID = 1L;

    /** The instrument and scoring options, shipped to every task. */
    private final SparkScoring scoring;
    /** The roster as our JSON Lines, read again once per deserialized copy. */
    private final String rosterLines;
    /** The small-cell minimum, or 0 when suppression is off. */
    private final int minimum;
    private transient volatile Roster roster;

    private GroupAggregator(SparkScoring scoring, String rosterLines, int minimum) {
        this.scoring = scoring;
        this.rosterLines = rosterLines;
        this.minimum = minimum;
    }

    /**
     * Obtains the aggregator of a survey over a roster.
     *
     * @param scoring the survey and strategies, not null
     * @param roster the families and their groups, not null
     * @param rule the small-cell rule, not null
     * @return the aggregator
     * @throws IllegalArgumentException if the instrument is not a survey
     */
    public static GroupAggregator of(SparkScoring scoring, Roster roster, SmallCellRule rule) {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(rule, "rule");
        if (!(scoring.prepared().instrument() instanceof Survey)) {
            throw new IllegalArgumentException("scoring: results by group are written for a survey only; "
                    + scoring.prepared().ref() + " is not one");
        }
        return new GroupAggregator(scoring, RosterWriter.toJsonLines(roster), rule.isOff() ? 0 : rule.minimum());
    }

    /**
     * Returns this aggregator as a SQL aggregate function of one string column, the response's JSON.
     *
     * @return the function, to register with {@code spark.udf().register(name, ...)}
     */
    public UserDefinedFunction udaf() {
        return org.apache.spark.sql.functions.udaf(this, Encoders.STRING());
    }

    private Roster roster() {
        Roster made = roster;
        if (made == null) {
            made = RubricJson.defaults().rosterReader().read(new java.io.ByteArrayInputStream(
                    rosterLines.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "roster",
                    RecordFormat.JSON_LINES).roster();
            roster = made;
        }
        return made;
    }

    private GroupedTally<ScoreResult> empty() {
        return GroupedTally.of(scoring.prepared(), roster());
    }

    /**
     * Returns an empty buffer.
     *
     * @return the buffer
     */
    @Override
    public GroupedBuffer zero() {
        return new GroupedBuffer();
    }

    /**
     * Checks a response and adds it to all responses and to its rater's groups.
     *
     * @param buffer the buffer
     * @param responseJson the response document
     * @return the buffer
     * @throws org.engagementrubrics.json.FormatException if the response does not fit the instrument
     */
    @Override
    public GroupedBuffer reduce(GroupedBuffer buffer, String responseJson) {
        if (responseJson != null) {
            buffer.tally(this::empty).add(scoring.reader().read(responseJson, "response"));
        }
        return buffer;
    }

    /**
     * Merges two buffers.
     *
     * @param left the first buffer, which receives the second
     * @param right the second
     * @return the first buffer
     */
    @Override
    public GroupedBuffer merge(GroupedBuffer left, GroupedBuffer right) {
        if (!right.isEmpty()) {
            left.tally(this::empty).merge(right.tally(this::empty));
        }
        return left;
    }

    /**
     * Returns the result by group as our {@code survey-by-group-result} document.
     *
     * @param buffer the buffer
     * @return the document, or null if no response was added
     */
    @Override
    @SuppressWarnings("unchecked")
    public String finish(GroupedBuffer buffer) {
        if (buffer.isEmpty()) {
            return null;
        }
        SmallCellRule rule = minimum == 0 ? SmallCellRule.off() : SmallCellRule.minimum(minimum);
        GroupedResult<?> result = buffer.tally(this::empty).result(rule);
        return RubricJson.defaults().write((GroupedResult<SurveyResult>) result);
    }

    /**
     * Returns the buffer's encoder: Java serialization framing the grouped tally state.
     *
     * @return the encoder
     */
    @Override
    public Encoder<GroupedBuffer> bufferEncoder() {
        return Encoders.javaSerialization(GroupedBuffer.class);
    }

    /**
     * Returns the output's encoder.
     *
     * @return the string encoder
     */
    @Override
    public Encoder<String> outputEncoder() {
        return Encoders.STRING();
    }
}
