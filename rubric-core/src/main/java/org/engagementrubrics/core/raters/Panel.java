package org.engagementrubrics.core.raters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;

/**
 * Many raters' values for the units of one instrument, per subject: for each subject (responses grouped by
 * {@code subjectId}) and rater ({@code raterId}), one value or missing reason per unit.
 *
 * <pre>{@code
 * Panel.Builder builder = Panel.builder(ScoringEngine.defaults(), SeedInstruments.familyEngagementRubric());
 * responses.forEach(builder::add);        // each response checked and scored once, then let go
 * Panel panel = builder.build();
 * Consensus consensus = Consensus.of(panel);
 * }</pre>
 *
 * <p>What a unit and a value are depends on the instrument kind: a matrix row and the position of its best
 * fit column, a standard and the position of its stage, an indicator and its rating or implementation
 * status, a checklist item and its answer, a survey statement and its rating. A rater with several responses
 * for one subject counts once, with the latest ({@code recordedAt}, then the greater response id); the others
 * are counted as superseded. The panel holds subjects times units times raters values, never the responses.
 * Immutable and thread-safe.
 */
public final class Panel {

    private final InstrumentRef instrument;
    private final PanelScale scale;
    private final List<String> units;
    private final Map<String, SubjectValues> subjects;
    private final long responses;
    private final long superseded;

    private Panel(Builder builder) {
        this.instrument = builder.prepared.ref();
        this.scale = builder.reading.scale();
        this.units = builder.reading.units();
        Map<String, SubjectValues> bySubject = new TreeMap<>();
        builder.latest.forEach((subject, byRater) -> {
            List<String> raters = new ArrayList<>(byRater.keySet());
            int[][] codes = new int[units.size()][raters.size()];
            for (int r = 0; r < raters.size(); r++) {
                int[] values = byRater.get(raters.get(r)).codes;
                for (int u = 0; u < units.size(); u++) {
                    codes[u][r] = values[u];
                }
            }
            bySubject.put(subject, new SubjectValues(subject, raters, codes));
        });
        this.subjects = Collections.unmodifiableMap(bySubject);
        this.responses = builder.responses;
        this.superseded = builder.superseded;
    }

    /**
     * Returns a builder of a panel for an instrument, which it prepares with the engine once.
     *
     * @param engine the engine, whose tie policy and stage placement decide matrix values, not null
     * @param instrument the instrument, not null
     * @return a new builder
     * @throws org.engagementrubrics.core.validation.InvalidDataException if the instrument is invalid
     */
    public static Builder builder(ScoringEngine engine, Instrument instrument) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(instrument, "instrument");
        return new Builder(engine.prepare(instrument));
    }

    /**
     * Returns a builder of a panel for an instrument already prepared, such as the one a response reader
     * checked the responses against.
     *
     * @param prepared the prepared instrument, whose tie policy and stage placement decide matrix values, not null
     * @return a new builder
     */
    public static Builder builder(PreparedInstrument<?, ?> prepared) {
        return new Builder(Objects.requireNonNull(prepared, "prepared"));
    }

    /**
     * Returns the instrument the values are for.
     *
     * @return id, version and fingerprint
     */
    public InstrumentRef instrument() {
        return instrument;
    }

    /**
     * Returns the values a rater can give a unit.
     *
     * @return the scale
     */
    public PanelScale scale() {
        return scale;
    }

    /**
     * Returns the unit ids in the instrument's order.
     *
     * @return the units, unmodifiable
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns the subject ids, sorted.
     *
     * @return the subjects, unmodifiable
     */
    public List<String> subjects() {
        return List.copyOf(subjects.keySet());
    }

    /**
     * Returns the values of one subject.
     *
     * @param subjectId the subject's id, not null
     * @return its values, or empty if no response was for it
     */
    public Optional<SubjectValues> subject(String subjectId) {
        return Optional.ofNullable(subjects.get(Objects.requireNonNull(subjectId, "subjectId")));
    }

    /**
     * Returns the number of responses added, superseded ones included.
     *
     * @return at least 0
     */
    public long responses() {
        return responses;
    }

    /**
     * Returns the number of responses that did not count because the same rater gave a later one for the same
     * subject.
     *
     * @return at least 0
     */
    public long superseded() {
        return superseded;
    }

    /**
     * Returns a copy keeping one subject only.
     *
     * @param subjectId the subject's id, not null
     * @return the panel of that subject, empty of subjects if it has none; counts of responses unchanged
     */
    public Panel only(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return new Panel(this, subjects.containsKey(subjectId) ? Map.of(subjectId, subjects.get(subjectId)) : Map.of());
    }

    private Panel(Panel panel, Map<String, SubjectValues> subjects) {
        this.instrument = panel.instrument;
        this.scale = panel.scale;
        this.units = panel.units;
        this.subjects = Collections.unmodifiableMap(new TreeMap<>(subjects));
        this.responses = panel.responses;
        this.superseded = panel.superseded;
    }

    @Override
    public String toString() {
        return "Panel[instrument=" + instrument.id() + "@" + instrument.version() + ", subjects=" + subjects.size()
                + ", units=" + units.size() + ", responses=" + responses + ", superseded=" + superseded + "]";
    }

    /** One rater's latest response for a subject, reduced to its values. */
    private static final class Latest {
        final Instant recordedAt;
        final String responseId;
        final int[] codes;

        Latest(Instant recordedAt, String responseId, int[] codes) {
            this.recordedAt = recordedAt;
            this.responseId = responseId;
            this.codes = codes;
        }

        boolean isAfter(Response response) {
            int byTime = recordedAt.compareTo(response.recordedAt());
            return byTime != 0 ? byTime > 0 : responseId.compareTo(response.id()) > 0;
        }
    }

    /**
     * Collects responses for a {@link Panel}, keeping only each rater's latest values per subject; not
     * thread-safe.
     */
    public static final class Builder {
        private final PreparedInstrument<?, ?> prepared;
        private final PanelReading reading;
        private final Map<String, Map<String, Latest>> latest = new TreeMap<>();
        private long responses;
        private long superseded;

        private Builder(PreparedInstrument<?, ?> prepared) {
            this.prepared = prepared;
            this.reading = PanelReading.of(prepared.instrument());
        }

        /**
         * Checks, scores and adds a response.
         *
         * @param response the response, not null
         * @return this builder
         * @throws org.engagementrubrics.core.validation.InvalidDataException if the response does not fit the
         *         instrument
         */
        public Builder add(Response response) {
            Objects.requireNonNull(response, "response");
            return add(response, prepared.score(response));
        }

        /**
         * Scores and adds a response that this instrument (or one with the same fingerprint) checked, without
         * checking it again.
         *
         * @param checked the checked response, not null
         * @return this builder
         * @throws org.engagementrubrics.core.validation.InvalidDataException with the check's problems, if the
         *         response did not pass
         */
        public Builder add(CheckedResponse checked) {
            Objects.requireNonNull(checked, "checked");
            return add(checked.response(), prepared.score(checked));
        }

        private Builder add(Response response, ScoreResult score) {
            responses++;
            Map<String, Latest> byRater = latest.computeIfAbsent(response.subjectId(), s -> new TreeMap<>());
            Latest kept = byRater.get(response.raterId());
            if (kept != null) {
                superseded++;
                if (kept.isAfter(response)) {
                    return this;
                }
            }
            byRater.put(response.raterId(), new Latest(response.recordedAt(), response.id(),
                    reading.read(response, score)));
            return this;
        }

        /**
         * Returns the panel of the responses added so far.
         *
         * @return the panel
         */
        public Panel build() {
            return new Panel(this);
        }
    }
}
