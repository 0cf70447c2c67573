package org.engagementrubrics.json.casev1p1;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How {@link CaseJson} writes a CASE 1.1 package: the base of every {@code uri} and the
 * {@code lastChangeDateTime} of every record. Nothing here reads the clock, so the same instrument and the same
 * options always give the same bytes.
 *
 * <pre>{@code
 * CaseOptions options = CaseOptions.defaults()
 *         .withBaseUri("https://case.example.org/uri/")
 *         .withLastChangeDateTime(Instant.parse("2026-11-30T00:00:00Z"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param baseUri the text every {@code uri} starts with, followed by the record's identifier, not blank
 * @param lastChangeDateTime the {@code lastChangeDateTime} of every record, whole seconds, not null
 */
public record CaseOptions(String baseUri, Instant lastChangeDateTime) {

    /** The default base: {@code urn:uuid:}, so that each {@code uri} is the RFC 4122 URN of its identifier. */
    public static final String DEFAULT_BASE_URI = "urn:uuid:";

    /**
     * The default {@code lastChangeDateTime}, {@code 1970-01-01T00:00:00Z}: our instruments record a version,
     * not a date of change, so an export states the epoch unless told a date.
     */
    public static final Instant DEFAULT_LAST_CHANGE = Instant.EPOCH;

    private static final CaseOptions DEFAULTS = new CaseOptions(DEFAULT_BASE_URI, DEFAULT_LAST_CHANGE);

    /**
     * Checks the base and the date.
     *
     * @param baseUri the text every {@code uri} starts with, not blank
     * @param lastChangeDateTime the time of every record, whole seconds, not null
     * @throws IllegalArgumentException if the base is blank or holds white space, or the time has a fraction of a
     *     second
     */
    public CaseOptions {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(lastChangeDateTime, "lastChangeDateTime");
        if (baseUri.isBlank() || baseUri.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("baseUri must be a URI prefix without white space, but was '"
                    + baseUri + "'");
        }
        if (!lastChangeDateTime.truncatedTo(ChronoUnit.SECONDS).equals(lastChangeDateTime)) {
            throw new IllegalArgumentException("lastChangeDateTime must be whole seconds, but was "
                    + lastChangeDateTime);
        }
    }

    /**
     * Obtains the defaults: {@link #DEFAULT_BASE_URI} and {@link #DEFAULT_LAST_CHANGE}.
     *
     * @return the default options
     */
    public static CaseOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another base for every {@code uri}.
     *
     * @param baseUri the new base, such as {@code https://case.example.org/uri/}, not blank
     * @return the options with that base
     */
    public CaseOptions withBaseUri(String baseUri) {
        return Objects.requireNonNull(baseUri, "baseUri").equals(this.baseUri) ? this
                : new CaseOptions(baseUri, lastChangeDateTime);
    }

    /**
     * Returns a copy stating another {@code lastChangeDateTime} on every record.
     *
     * @param lastChangeDateTime the time, whole seconds, not null
     * @return the options with that time
     */
    public CaseOptions withLastChangeDateTime(Instant lastChangeDateTime) {
        return Objects.requireNonNull(lastChangeDateTime, "lastChangeDateTime").equals(this.lastChangeDateTime) ? this
                : new CaseOptions(baseUri, lastChangeDateTime);
    }

    /** The {@code uri} of a record. */
    String uri(String identifier) {
        return baseUri + identifier;
    }
}
