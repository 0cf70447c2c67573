package org.engagementrubrics.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.nio.charset.StandardCharsets;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.json.ResponseReader;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;

/**
 * The buffer of a {@link PoolAggregator}: a live {@link Tally} while a task adds to it, and, between tasks, the
 * bytes of its state as our JSON {@code *-tally} document.
 *
 * <p>Why this form: Spark keeps a non-primitive aggregation buffer as a JVM object and serializes it only when
 * a partial aggregate crosses a shuffle or spills, so adding a response costs what {@link Tally#add} costs. What
 * crosses is the library's own tally document, read back through {@link RubricJson#readTally} with every check
 * a stored tally gets, never an object graph: Java serialization here only frames those bytes (the class is
 * {@link Externalizable}), and Kryo would need a registrator on every cluster to do the same.
 *
 * <p>Mutable and not thread-safe, as Spark uses aggregation buffers: one task at a time.
 */
public final class TallyBuffer implements Externalizable {

    private static final long serialVersionUID = 1L;

    /**
     * The most bytes of responses held before they are pooled: enough to amortize opening a stream, small enough
     * that a task pooling many keys (one buffer each) holds little.
     */
    private static final int BATCH_BYTES = 64 * 1024;

    private Tally<ScoreResult> tally;
    /** A state read from the wire and not yet restored into {@link #tally}: null when there is none. */
    private byte[] stored;
    /** Responses added and not yet pooled, as JSON Lines; null when there are none. */
    private ByteArrayOutputStream pending;
    private long pendingCount;
    /** What the pending responses are pooled with: set by the aggregator that added them. */
    private SparkScoring scoring;

    /**
     * Makes an empty buffer; public only because {@link Externalizable} needs it.
     */
    public TallyBuffer() {
    }

    /**
     * Adds a response document, pooled with the next ones in one pass of {@link ResponseStream#pool}, the
     * library's fastest way to count JSON Lines (a plain survey record is counted from its bytes).
     */
    void add(String responseJson, SparkScoring scoring) {
        this.scoring = scoring;
        if (pending == null) {
            pending = new ByteArrayOutputStream(BATCH_BYTES + 4096);
        }
        byte[] bytes = responseJson.getBytes(StandardCharsets.UTF_8);
        pending.write(bytes, 0, bytes.length);
        pending.write('\n');
        pendingCount++;
        if (pending.size() >= BATCH_BYTES) {
            pool();
        }
    }

    /** Returns the live tally, with any state read from the wire and any pending responses added. */
    Tally<ScoreResult> tally(SparkScoring scoring) {
        this.scoring = scoring;
        if (tally == null) {
            tally = scoring.prepared().tally();
        }
        if (stored != null) {
            tally.merge(RubricJson.defaults().readTally(new String(stored, StandardCharsets.UTF_8), "tally buffer"));
            stored = null;
        }
        if (pending != null) {
            pool();
        }
        return tally;
    }

    private void pool() {
        if (tally == null) {
            tally = scoring.prepared().tally();
        }
        ResponseReader reader = scoring.reader();
        byte[] lines = pending.toByteArray();
        long expected = tally.count() + pendingCount;
        pending = null;
        pendingCount = 0;
        try (ResponseStream stream = reader.stream(new ByteArrayInputStream(lines), "response")) {
            while (stream.hasNext()) {
                ResponseRecord bad = stream.pool(tally, Integer.MAX_VALUE);
                if (bad != null) {
                    // only good responses reach a pool; one that does not fit is the caller's error, never skipped
                    throw new IllegalArgumentException("a response given to the pool is not good: " + bad.problems());
                }
            }
        }
        if (tally.count() != expected) {
            throw new IllegalStateException("pooled " + tally.count() + " responses; expected " + expected);
        }
    }

    /** Returns whether nothing was added. */
    boolean isEmpty() {
        return stored == null && pending == null && (tally == null || tally.count() == 0);
    }

    /**
     * Writes the tally as its JSON state document (nothing for an empty buffer).
     *
     * @param out the output
     * @throws IOException if the output fails
     */
    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        if (pending != null) {
            pool();
        }
        byte[] bytes = stored != null ? stored
                : tally == null || tally.count() == 0 ? new byte[0]
                : RubricJson.defaults().write(tally.state()).getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads the bytes of a tally state, restored into a tally when the buffer is next used.
     *
     * @param in the input
     * @throws IOException if the input fails
     */
    @Override
    public void readExternal(ObjectInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("a tally buffer of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        tally = null;
        pending = null;
        pendingCount = 0;
        stored = length == 0 ? null : bytes;
    }
}
