package org.engagementrubrics.json;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one type to JSON and reads it back from a located tree, reporting problems instead of throwing.
 *
 * @param <T> the type
 */
interface Codec<T> {

    /**
     * Writes a value.
     */
    void write(JsonGenerator out, T value);

    /**
     * Reads a value, or returns null after reporting at least one problem.
     */
    T read(Node node, Problems problems);

    /**
     * Reads a value straight from the parser, which stands on its first token and is left on its last; throws
     * {@link DirectReader#notPlain()} at anything the located {@link #read} would report or that this codec
     * does not read directly, which is the default.
     */
    default T readDirect(DirectReader in) {
        throw DirectReader.notPlain();
    }

    /**
     * Describes the expected JSON, for messages: "a string", "an integer", "an object (stage)".
     */
    String expected();
}
