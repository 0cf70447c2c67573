package org.engagementrubrics.core.scoring;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which responses a pooled result was computed from, in constant size: how many, a digest of their ids, and
 * the subject they share.
 *
 * <p>The digest is {@code sha256-sum:} and 64 lower-case hex digits: the sum, modulo 2<sup>256</sup>, of the
 * SHA-256 hashes of the UTF-8 bytes of each response id, each hash read as an unsigned big-endian integer. A
 * sum does not depend on the order of the responses, and the pool of two sets of responses is the sum of
 * their pools ({@link #plus(ResponsePool)}), so pools are computed one response at a time and merged in any
 * order. An id pooled twice adds twice. The digest identifies a pool: two pools with equal counts and
 * digests almost surely hold the same ids. It is not a security commitment: whoever chooses the ids can
 * make two different pools with the same digest.
 *
 * <pre>{@code
 * ResponsePool pool = ResponsePool.of("g-1", "school-12").plus(ResponsePool.of("g-2", "school-12"));
 * pool.count();        // 2
 * pool.subjectId();    // "school-12"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many responses, zero or more
 * @param digest {@code sha256-sum:} and the sum of the id hashes in 64 lower-case hex digits, not null
 * @param subjectId the subject every response shares, or null when they differ or there are none
 */
public record ResponsePool(long count, String digest, String subjectId) {

    private static final Pattern DIGEST = Pattern.compile(Pattern.quote(PoolSum.PREFIX) + "[0-9a-f]{64}");
    private static final ResponsePool EMPTY = new ResponsePool(0, PoolSum.ZERO, null);

    /**
     * Checks the count and the digest, and that an empty pool has the digest of nothing and no subject.
     *
     * @param count how many responses, zero or more
     * @param digest {@code sha256-sum:} and the sum of the id hashes in 64 lower-case hex digits, not null
     * @param subjectId the subject every response shares, or null when they differ or there are none
     * @throws IllegalArgumentException if the count is negative, the digest is not {@code sha256-sum:} and 64
     *         lower-case hex digits, or an empty pool has another digest or a subject
     */
    public ResponsePool {
        Objects.requireNonNull(digest, "digest");
        if (count < 0) {
            throw new IllegalArgumentException("count must be zero or more; was " + count);
        }
        if (!DIGEST.matcher(digest).matches()) {
            throw new IllegalArgumentException("digest '" + digest + "' must be '" + PoolSum.PREFIX
                    + "' followed by 64 lower-case hex digits");
        }
        if (count == 0 && !digest.equals(PoolSum.ZERO)) {
            throw new IllegalArgumentException("a pool of no responses has the digest " + PoolSum.ZERO + "; was " + digest);
        }
        if (count == 0 && subjectId != null) {
            throw new IllegalArgumentException("a pool of no responses has no subject; was '" + subjectId + "'");
        }
    }

    /**
     * Obtains the pool of no responses.
     *
     * @return the empty pool: count 0, the digest of nothing, no subject
     */
    public static ResponsePool empty() {
        return EMPTY;
    }

    /**
     * Obtains the pool of one response.
     *
     * @param responseId the response id, not null
     * @param subjectId the response's subject, not null
     * @return the pool of that response
     */
    public static ResponsePool of(String responseId, String subjectId) {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(subjectId, "subjectId");
        PoolSum sum = new PoolSum();
        sum.add(responseId, subjectId);
        return sum.pool();
    }

    /**
     * Returns the pool of the responses of this pool and of another: the counts and the digests added, and
     * the subject kept when both share it (or one is empty).
     *
     * @param other the other pool, not null
     * @return the pool of both
     * @throws ArithmeticException if the count passes {@link Long#MAX_VALUE}
     */
    public ResponsePool plus(ResponsePool other) {
        Objects.requireNonNull(other, "other");
        PoolSum sum = new PoolSum();
        sum.add(this);
        sum.add(other);
        return sum.pool();
    }
}
