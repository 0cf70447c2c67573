package org.engagementrubrics.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.nio.charset.StandardCharsets;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.Tally;
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

    private Tally<ScoreResult> tally;
    /** A state read from the wire and not yet restored into {@link #tally}: null when there is none. */
    private byte[] stored;

    /**
     * Makes an empty buffer; public only because {@link Externalizable} needs it.
     */
    public TallyBuffer() {
    }

    /** Returns the live tally, restoring a state read from the wire first. */
    Tally<ScoreResult> tally(PreparedInstrument<?, ScoreResult> prepared) {
        if (tally == null) {
            tally = prepared.tally();
        }
        if (stored != null) {
            tally.merge(RubricJson.defaults().readTally(new String(stored, StandardCharsets.UTF_8), "tally buffer"));
            stored = null;
        }
        return tally;
    }

    /** Returns whether nothing was added. */
    boolean isEmpty() {
        return stored == null && (tally == null || tally.count() == 0);
    }

    /**
     * Writes the tally as its JSON state document (nothing for an empty buffer).
     *
     * @param out the output
     * @throws IOException if the output fails
     */
    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
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
        stored = length == 0 ? null : bytes;
    }
}
