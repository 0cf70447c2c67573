package org.engagementrubrics.json.casev1p1;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based identifiers (RFC 4122 version 5, SHA-1) for the records of a CASE package: the same instrument
 * version always gets the same identifiers, so exporting twice gives identical bytes.
 *
 * <p>The name is the UTF-8 text {@code instrumentId + "\n" + version + "\n" + elementPath}; the namespace is
 * {@link #NAMESPACE}, itself the version 5 UUID of the URL {@code https://engagement-rubrics.org/case/v1p1} in
 * RFC 4122's URL namespace.
 */
final class CaseIds {

    /** The namespace of every identifier we derive: {@code 23093853-f965-5532-82e4-387d4a0ff152}. */
    static final UUID NAMESPACE = UUID.fromString("23093853-f965-5532-82e4-387d4a0ff152");

    private CaseIds() {
    }

    /** The identifier of one element of one instrument version, such as {@code level/welcoming/exploration}. */
    static String of(String instrumentId, String version, String elementPath) {
        return nameBased(instrumentId + "\n" + version + "\n" + elementPath).toString();
    }

    /** The version 5 UUID of a name in {@link #NAMESPACE}. */
    static UUID nameBased(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
        ByteBuffer namespace = ByteBuffer.allocate(16);
        namespace.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
        sha1.update(namespace.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
