package org.engagementrubrics.core.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One rater's evidence about one subject on one instrument: who rated, what, when, and what they saw.
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
}
