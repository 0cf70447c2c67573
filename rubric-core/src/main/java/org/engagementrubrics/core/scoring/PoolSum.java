package org.engagementrubrics.core.scoring;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Adds up a {@link ResponsePool} one response (or one pool) at a time: the count, the sum of the id hashes
 * modulo 2<sup>256</sup>, and the subject every response shares.
 *
 * <p>Mutable and not thread-safe; one lives inside one tally.
 */
final class PoolSum {

    static final String PREFIX = "sha256-sum:";
    /** The sum as eight unsigned 32-bit words, most significant first. */
    private static final int WORDS = 8;
    static final String ZERO = PREFIX + "0".repeat(WORDS * 8);

    private final int[] words = new int[WORDS];
    private long count;
    /** The subject every response added shares; null when there are none or they differ. */
    private String subjectId;
    private MessageDigest sha256;
    private byte[] bytes = new byte[64];
    private final byte[] hash = new byte[4 * WORDS];
    private final int[] addend = new int[WORDS];

    /** Adds one response. */
    void add(String responseId, String subjectId) {
        // the id's UTF-8 bytes and the hash go through buffers kept for the next response: nothing is made per id
        int length = utf8(responseId);
        MessageDigest digest = sha256();
        digest.update(bytes, 0, length);
        try {
            digest.digest(hash, 0, hash.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 hash has 32 bytes", e);
        }
        for (int i = 0; i < WORDS; i++) {
            addend[i] = (hash[4 * i] & 0xff) << 24 | (hash[4 * i + 1] & 0xff) << 16 | (hash[4 * i + 2] & 0xff) << 8
                    | (hash[4 * i + 3] & 0xff);
        }
        add(1, addend, subjectId);
    }

    /** Puts the UTF-8 bytes of an id in {@link #bytes} and returns how many there are. */
    private int utf8(String id) {
        int length = id.length();
        if (bytes.length < length) {
            bytes = new byte[Math.max(length, 2 * bytes.length)];
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                bytes = id.getBytes(StandardCharsets.UTF_8);
                return bytes.length;
            }
            bytes[i] = (byte) c;
        }
        return length;
    }

    /** Adds every response of a pool. */
    void add(ResponsePool pool) {
        int[] addend = new int[WORDS];
        String hex = pool.digest().substring(PREFIX.length());
        for (int i = 0; i < WORDS; i++) {
            addend[i] = Integer.parseUnsignedInt(hex, 8 * i, 8 * i + 8, 16);
        }
        add(pool.count(), addend, pool.subjectId());
    }

    /** Adds every response of another sum. */
    void add(PoolSum other) {
        add(other.count, other.words.clone(), other.subjectId);
    }

    private void add(long responses, int[] addend, String subject) {
        if (responses == 0) {
            return;
        }
        long total = Math.addExact(count, responses);
        long carry = 0;
        for (int i = WORDS - 1; i >= 0; i--) {
            long word = Integer.toUnsignedLong(words[i]) + Integer.toUnsignedLong(addend[i]) + carry;
            words[i] = (int) word;
            carry = word >>> 32;
        } // the carry out of the top word is dropped: the sum is modulo 2^256
        subjectId = count == 0 ? subject : Objects.equals(subjectId, subject) ? subjectId : null;
        count = total;
    }

    long count() {
        return count;
    }

    /** Returns the pool added up so far. */
    ResponsePool pool() {
        StringBuilder digest = new StringBuilder(PREFIX.length() + 8 * WORDS).append(PREFIX);
        for (int word : words) {
            String hex = Integer.toHexString(word);
            digest.append("0".repeat(8 - hex.length())).append(hex);
        }
        return new ResponsePool(count, digest.toString(), subjectId);
    }

    private MessageDigest sha256() {
        if (sha256 == null) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
        return sha256;
    }
}
