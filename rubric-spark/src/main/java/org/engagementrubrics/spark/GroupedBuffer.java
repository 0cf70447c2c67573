package org.engagementrubrics.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.groups.GroupedTallyState;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.json.RubricJson;

/**
 * The buffer of a {@link GroupAggregator}: a live {@link GroupedTally} while a task adds to it and, between tasks,
 * its {@link GroupedTallyState}: each tally as our JSON {@code *-tally} document, the respondents' family ids and
 * the count of responses by raters not on the roster, framed as {@link TallyBuffer} frames its document.
 *
 * <p>Mutable and not thread-safe, as Spark uses aggregation buffers: one task at a time.
 */
public final class GroupedBuffer implements Externalizable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT = 1 << 30;

    private GroupedTally<ScoreResult> tally;
    private GroupedTallyState stored;

    /**
     * Makes an empty buffer; public only because {@link Externalizable} needs it.
     */
    public GroupedBuffer() {
    }

    /** Returns the live tally, made by the factory when there is none, with any state read from the wire. */
    GroupedTally<ScoreResult> tally(java.util.function.Supplier<GroupedTally<ScoreResult>> empty) {
        if (tally == null) {
            tally = empty.get();
        }
        if (stored != null) {
            tally.merge(stored);
            stored = null;
        }
        return tally;
    }

    /** Returns whether nothing was added. */
    boolean isEmpty() {
        return stored == null && (tally == null || tally.count() == 0);
    }

    /**
     * Writes the grouped tally's state (nothing for an empty buffer).
     *
     * @param out the output
     * @throws IOException if the output fails
     */
    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        GroupedTallyState state = stored != null ? stored : isEmpty() ? null : tally.state();
        out.writeBoolean(state != null);
        if (state == null) {
            return;
        }
        RubricJson json = RubricJson.defaults();
        writeText(out, json.write(state.all()));
        out.writeInt(state.groupIds().size());
        for (int g = 0; g < state.groupIds().size(); g++) {
            writeText(out, state.groupIds().get(g));
            writeText(out, json.write(state.groups().get(g)));
        }
        out.writeInt(state.respondents().size());
        for (String id : state.respondents()) {
            writeText(out, id);
        }
        out.writeLong(state.unrostered());
    }

    /**
     * Reads a grouped tally's state, merged into a tally when the buffer is next used.
     *
     * @param in the input
     * @throws IOException if the input fails or does not hold a state
     */
    @Override
    public void readExternal(ObjectInput in) throws IOException {
        tally = null;
        stored = null;
        if (!in.readBoolean()) {
            return;
        }
        RubricJson json = RubricJson.defaults();
        TallyState all = json.readTally(readText(in), "grouped tally buffer");
        int groupCount = count(in);
        List<String> groupIds = new ArrayList<>(groupCount);
        List<TallyState> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            groupIds.add(readText(in));
            groups.add(json.readTally(readText(in), "grouped tally buffer"));
        }
        int respondentCount = count(in);
        List<String> respondents = new ArrayList<>(respondentCount);
        for (int i = 0; i < respondentCount; i++) {
            respondents.add(readText(in));
        }
        stored = new GroupedTallyState(all, groupIds, groups, respondents, in.readLong());
    }

    private static void writeText(ObjectOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(ObjectInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("a grouped tally buffer text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(ObjectInput in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a grouped tally buffer count of " + count);
        }
        return count;
    }
}
