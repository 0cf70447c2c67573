package org.engagementrubrics.core.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One rater's evidence about one subject on one instrument: who rated, what, when, and what they saw.
 *
 * <pre>{@code
 * Response response = Response.builder().id("r-1").instrument(fourVersions).rater("team-a")
 *         .subject("school-12").recordedAt(Instant.parse("2026-10-01T15:00:00Z"))
 *         .evidence(MarkedStatements.of("br-partnership-1", "br-partnership-2", "ll-open-door-1"))
 *         .build();
 * }</pre>
 *
 * <p>The builder names each part, so that rater and subject cannot be swapped unnoticed; {@link #of} takes
 * the same parts in order:
 *
 * <pre>{@code
 * Response response = Response.of("r-1", "four-versions", "team-a", "school-12",
 *         Instant.parse("2026-10-01T15:00:00Z"),
 *         MarkedStatements.of("br-partnership-1", "br-partnership-2", "ll-open-door-1"));
 * }</pre>
 *
 * <p>A response is validated <em>against</em> its instrument by
 * {@link RubricValidator#validate(Response, Instrument)}: an id that names nothing, or a rating off the
 * scale, is a problem. This class is immutable and thread-safe.
 *
 * @param id the response id, not null
 * @param instrumentId the id of the instrument rated, not null
 * @param instrumentVersion the version rated, or null if the response fits any version
 * @param raterId who rated, not null
 * @param subjectId what was rated, such as a school or district id, not null
 * @param recordedAt when, not null
 * @param evidence what the rater marked, rated or answered, not null
 * @param extensions vendor data, not null
 */
public record Response(@WellFormedId String id, @WellFormedId String instrumentId, String instrumentVersion,
        @NotBlank String raterId, @NotBlank String subjectId, Instant recordedAt, @Valid Evidence evidence,
        Extensions extensions) {

    /**
     * Creates a response. Only a null required component fails here; the data rules are checked by
     * {@link RubricValidator}.
     *
     * @param id the response id, not null
     * @param instrumentId the id of the instrument rated, not null
     * @param instrumentVersion the version rated, or null if the response fits any version
     * @param raterId who rated, not null
     * @param subjectId what was rated, such as a school or district id, not null
     * @param recordedAt when, not null
     * @param evidence what the rater marked, rated or answered, not null
     * @param extensions vendor data, not null
     */
    public Response {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains a response for any version of the instrument, with no extensions.
     *
     * @param id the response id, not null
     * @param instrumentId the instrument's id, not null
     * @param raterId who rated, not null
     * @param subjectId what was rated, not null
     * @param recordedAt when, not null
     * @param evidence the evidence, not null
     * @return the response
     */
    public static Response of(String id, String instrumentId, String raterId, String subjectId, Instant recordedAt,
            Evidence evidence) {
        return new Response(id, instrumentId, null, raterId, subjectId, recordedAt, evidence, Extensions.empty());
    }

    /**
     * Returns a copy with other evidence.
     *
     * @param evidence the evidence, not null
     * @return a response with the evidence, {@code this} if equal
     */
    public Response withEvidence(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        return evidence.equals(this.evidence) ? this
                : new Response(id, instrumentId, instrumentVersion, raterId, subjectId, recordedAt, evidence, extensions);
    }

    /**
     * Obtains an empty builder of a response, whose steps name each part.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Response} part by part: {@code id}, {@code instrument} (or {@code instrumentId}),
     * {@code rater}, {@code subject}, {@code recordedAt} and {@code evidence} are required; the instrument
     * version and the extensions are optional. {@link #build()} names every required part that is missing.
     *
     * <pre>{@code
     * Response response = Response.builder().id("r-1").instrument(instrument).rater("team-a")
     *         .subject("school-12").recordedAt(Instant.now()).evidence(evidence).build();
     * }</pre>
     *
     * <p>Each step replaces what an earlier step set. A builder is mutable and not thread-safe; the
     * responses it builds are immutable.
     */
    public static final class Builder {

        private String id;
        private String instrumentId;
        private String instrumentVersion;
        private String raterId;
        private String subjectId;
        private Instant recordedAt;
        private Evidence evidence;
        private Extensions extensions = Extensions.empty();

        private Builder() {
        }

        /**
         * Sets the response id.
         *
         * @param id the response id, not null
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the instrument answered, by its id and version: the response answers that version only.
         *
         * @param instrument the instrument, not null
         * @return this builder
         */
        public Builder instrument(Instrument instrument) {
            Objects.requireNonNull(instrument, "instrument");
            this.instrumentId = instrument.id();
            this.instrumentVersion = instrument.version();
            return this;
        }

        /**
         * Sets the id of the instrument answered and clears the version: the response fits any version.
         *
         * @param instrumentId the instrument's id, not null
         * @return this builder
         */
        public Builder instrumentId(String instrumentId) {
            this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
            this.instrumentVersion = null;
            return this;
        }

        /**
         * Sets who rated.
         *
         * @param raterId the rater's id, such as a team, not null
         * @return this builder
         */
        public Builder rater(String raterId) {
            this.raterId = Objects.requireNonNull(raterId, "raterId");
            return this;
        }

        /**
         * Sets what was rated.
         *
         * @param subjectId the subject's id, such as a school or district, not null
         * @return this builder
         */
        public Builder subject(String subjectId) {
            this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
            return this;
        }

        /**
         * Sets when the response was recorded.
         *
         * @param recordedAt the instant, not null
         * @return this builder
         */
        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
            return this;
        }

        /**
         * Sets what the rater marked, rated or answered.
         *
         * @param evidence the evidence, not null
         * @return this builder
         */
        public Builder evidence(Evidence evidence) {
            this.evidence = Objects.requireNonNull(evidence, "evidence");
            return this;
        }

        /**
         * Sets the vendor data; none unless set.
         *
         * @param extensions the extensions, not null
         * @return this builder
         */
        public Builder extensions(Extensions extensions) {
            this.extensions = Objects.requireNonNull(extensions, "extensions");
            return this;
        }

        /**
         * Obtains the response. Like the constructor, this checks only that every required part is there; the
         * data rules are checked by {@link RubricValidator}.
         *
         * @return the response
         * @throws IllegalStateException naming every required part that was not set
         */
        public Response build() {
            List<String> missing = new ArrayList<>();
            addIfNull(missing, id, "id");
            addIfNull(missing, instrumentId, "instrument");
            addIfNull(missing, raterId, "rater");
            addIfNull(missing, subjectId, "subject");
            addIfNull(missing, recordedAt, "recordedAt");
            addIfNull(missing, evidence, "evidence");
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a response needs " + String.join(", ", missing)
                        + "; set " + (missing.size() == 1 ? "it" : "them") + " before build()");
            }
            return new Response(id, instrumentId, instrumentVersion, raterId, subjectId, recordedAt, evidence,
                    extensions);
        }

        private static void addIfNull(List<String> missing, Object value, String part) {
            if (value == null) {
                missing.add(part);
            }
        }
    }
}
