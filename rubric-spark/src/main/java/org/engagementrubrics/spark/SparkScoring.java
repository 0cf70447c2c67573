package org.engagementrubrics.spark;

import java.io.Serializable;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.json.ResponseReader;
import org.engagementrubrics.json.RubricJson;

/**
 * What the tasks of a Spark job score with: the instrument and the named strategies, as {@code rubric score}
 * takes them ({@code --tie-policy}, {@code --placement}), sent to each executor as the instrument's JSON
 * document and prepared there once per deserialized copy.
 *
 * <pre>{@code
 * SparkScoring scoring = SparkScoring.of(guardianSurvey).withTiePolicy("lower-level");
 * }</pre>
 *
 * <p>Immutable (its prepared instrument is made lazily and is itself immutable) and thread-safe.
 */
public final class SparkScoring implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The instrument as our JSON, so that every task reads and checks it the same way. */
    private final String instrumentJson;
    /** The tie policy's name, such as {@code report}. */
    private final String tiePolicy;
    /** The stage placement's name, such as {@code best-fit-count}. */
    private final String placement;
    private transient volatile PreparedInstrument<Instrument, ScoreResult> prepared;
    private transient volatile ResponseReader reader;

    private SparkScoring(String instrumentJson, String tiePolicy, String placement) {
        this.instrumentJson = instrumentJson;
        this.tiePolicy = tiePolicy;
        this.placement = placement;
    }

    /**
     * Obtains the scoring of an instrument with the default strategies ({@code report}, {@code best-fit-count}).
     *
     * @param instrument the instrument, not null
     * @return the scoring
     */
    public static SparkScoring of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return new SparkScoring(RubricJson.defaults().write(instrument), "report", "best-fit-count");
    }

    /**
     * Returns a copy with another tie policy.
     *
     * @param name a name {@link TiePolicies#byName(String)} knows, such as {@code lower-level}
     * @return the copy, or this when the name is the same
     * @throws IllegalArgumentException if the name is unknown
     */
    public SparkScoring withTiePolicy(String name) {
        TiePolicies.byName(Objects.requireNonNull(name, "name"));
        return name.equals(tiePolicy) ? this : new SparkScoring(instrumentJson, name, placement);
    }

    /**
     * Returns a copy with another stage placement.
     *
     * @param name a name {@link StagePlacements#byName(String)} knows, such as {@code cumulative:0.5}
     * @return the copy, or this when the name is the same
     * @throws IllegalArgumentException if the name is unknown
     */
    public SparkScoring withPlacement(String name) {
        StagePlacements.byName(Objects.requireNonNull(name, "name"));
        return name.equals(placement) ? this : new SparkScoring(instrumentJson, tiePolicy, name);
    }

    /**
     * Returns the instrument prepared with the strategies, as {@code rubric score} prepares it.
     *
     * @return the prepared instrument
     */
    public PreparedInstrument<Instrument, ScoreResult> prepared() {
        PreparedInstrument<Instrument, ScoreResult> made = prepared;
        if (made == null) {
            RubricJson json = RubricJson.defaults();
            Instrument instrument = json.readInstrument(instrumentJson, "instrument");
            made = ScoringEngine.defaults().withValidator(json.validator())
                    .withTiePolicy(TiePolicies.byName(tiePolicy)).withStagePlacement(StagePlacements.byName(placement))
                    .prepare(instrument);
            prepared = made;
        }
        return made;
    }

    /** Returns the reader of responses checked against the prepared instrument. */
    ResponseReader reader() {
        ResponseReader made = reader;
        if (made == null) {
            made = RubricJson.defaults().responseReader(prepared());
            reader = made;
        }
        return made;
    }

    /**
     * Returns the instrument and the strategies.
     */
    @Override
    public String toString() {
        return "SparkScoring[" + prepared().ref() + ", tie policy " + tiePolicy + ", placement " + placement + "]";
    }
}
