package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 1: a pool of responses says how many and which (by digest), not the ids themselves; its
 * digest is the sum of SHA-256 hashes modulo 2^256, computed here independently with {@link BigInteger}.
 */
@DisplayName("issue 10 item 1: response pools")
class ResponsePoolTest {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    /** The SHA-256 hash of an id's UTF-8 bytes, as an unsigned big-endian integer. */
    private static BigInteger hash(String id) throws Exception {
        return new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    }

    private static String digestOf(BigInteger sum) {
        return "sha256-sum:" + String.format("%064x", sum.mod(MODULUS));
    }

    @Test
    void theDigestOfTwoIdsIsTheSumOfTheirHashesModulo2To256() throws Exception {
        ResponsePool pool = ResponsePool.of("g-1", "school-12").plus(ResponsePool.of("g-2", "school-12"));

        assertThat(pool.digest()).isEqualTo(digestOf(hash("g-1").add(hash("g-2"))));
        assertThat(pool.digest()).matches("sha256-sum:[0-9a-f]{64}");
        assertThat(pool.count()).isEqualTo(2);
        assertThat(pool.subjectId()).isEqualTo("school-12");
    }

    @Test
    void aSumPastTwoTo256WrapsAround() throws Exception {
        BigInteger sum = BigInteger.ZERO;
        ResponsePool pool = ResponsePool.empty();
        for (int i = 0; i < 10; i++) {
            sum = sum.add(hash("r-" + i));
            pool = pool.plus(ResponsePool.of("r-" + i, "school-" + i % 2));
        }

        assertThat(sum).as("the test sums past 2^256").isGreaterThan(MODULUS);
        assertThat(pool.digest()).isEqualTo(digestOf(sum));
        assertThat(pool.count()).isEqualTo(10);
        assertThat(pool.subjectId()).as("the subjects differ").isNull();
    }

    @Test
    void theDigestOfAnIdWithCharactersBeyondAsciiHashesItsUtf8Bytes() throws Exception {
        assertThat(ResponsePool.of("réponse-ü", "s").digest()).isEqualTo(digestOf(hash("réponse-ü")));
    }

    @Test
    void anIdPooledTwiceAddsTwice() throws Exception {
        ResponsePool once = ResponsePool.of("g-1", "s");

        ResponsePool twice = once.plus(once);

        assertThat(twice.count()).isEqualTo(2);
        assertThat(twice.digest()).isEqualTo(digestOf(hash("g-1").shiftLeft(1)));
        assertThat(twice).isNotEqualTo(once);
    }

    @Test
    void theEmptyPoolIsTheIdentityOfPlus() {
        ResponsePool pool = ResponsePool.of("g-1", "s");

        assertThat(ResponsePool.empty().plus(pool)).isEqualTo(pool);
        assertThat(pool.plus(ResponsePool.empty())).isEqualTo(pool);
        assertThat(ResponsePool.empty()).isEqualTo(new ResponsePool(0, "sha256-sum:" + "0".repeat(64), null));
    }

    @Test
    void theDigestAndSubjectDoNotDependOnOrderOrGrouping() {
        Gen<List<String>> ids = Gen.strings("abc-123", 1, 6).listOf(0, 12);
        Properties.forAll("pools ignore order and grouping", 300, ids.flatMap(list -> Gen.shuffled(list)
                .map(shuffled -> List.of(list, shuffled))), pair -> {
            ResponsePool left = ResponsePool.empty();
            for (String id : pair.get(0)) {
                left = left.plus(ResponsePool.of(id, id.length() > 3 ? "long" : "short"));
            }
            ResponsePool right = ResponsePool.empty();
            ResponsePool half = ResponsePool.empty();
            List<String> shuffled = pair.get(1);
            for (int i = 0; i < shuffled.size(); i++) {
                ResponsePool one = ResponsePool.of(shuffled.get(i), shuffled.get(i).length() > 3 ? "long" : "short");
                if (i % 2 == 0) {
                    right = right.plus(one);
                } else {
                    half = one.plus(half);
                }
            }
            assertThat(half.plus(right)).isEqualTo(left);
            assertThat(left.count()).isEqualTo(pair.get(0).size());
        });
    }

    @Test
    void aPoolThatCannotBeIsRefusedNamingWhy() {
        String zero = "sha256-sum:" + "0".repeat(64);
        assertThatThrownBy(() -> new ResponsePool(-1, zero, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count must be zero or more; was -1");
        assertThatThrownBy(() -> new ResponsePool(1, "sha256:" + "0".repeat(64), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sha256-sum:'");
        assertThatThrownBy(() -> new ResponsePool(1, "sha256-sum:" + "A".repeat(64), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new ResponsePool(0, "sha256-sum:" + "1".repeat(64), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no responses");
        assertThatThrownBy(() -> new ResponsePool(0, zero, "school-12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no subject");
        assertThatThrownBy(() -> new ResponsePool(1, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("digest");
    }
}
