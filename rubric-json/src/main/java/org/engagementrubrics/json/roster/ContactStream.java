package org.engagementrubrics.json.roster;

import java.util.Iterator;
import org.engagementrubrics.core.roster.ContactRecord;

/**
 * The good contact records of a file, one at a time, in constant memory; the problems of bad rows go to
 * the sink the stream was opened with, as each row is read.
 *
 * <p>The stream holds no record it has handed out: memory stays bounded by one row (within
 * {@link org.engagementrubrics.json.ReadLimits#maxDocumentBytes()}) however long the file. A problem that
 * ends the read early (a quote never closed, a row past the size limit, a failing disk) goes to the sink
 * and ends the stream. Not thread-safe: one reader at a time.
 */
public interface ContactStream extends Iterator<ContactRecord>, AutoCloseable {

    /**
     * Returns how many rows became contact records so far.
     *
     * @return the count
     */
    long good();

    /**
     * Returns how many rows were left out for their problems so far.
     *
     * @return the count
     */
    long bad();

    /**
     * Closes the underlying stream.
     */
    @Override
    void close();
}
