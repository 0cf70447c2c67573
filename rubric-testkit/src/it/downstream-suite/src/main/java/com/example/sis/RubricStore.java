package com.example.sis;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.RubricJson;

/** The SIS's own storage of instruments: their JSON text, by id and version (a stand-in for a database table). */
public final class RubricStore {

    private final RubricJson json = RubricJson.defaults();
    private final Map<String, String> rows = new ConcurrentHashMap<>();

    /** Stores an instrument and returns its key. */
    public String save(Instrument instrument) {
        String key = instrument.id() + "@" + instrument.version();
        rows.put(key, json.write(instrument));
        return key;
    }

    /**
     * Imports a rubric file a school uploaded: stores it if it is valid, refuses it whole otherwise.
     *
     * @throws IllegalArgumentException naming every problem, when the file is refused
     */
    public String importFile(byte[] bytes, String fileName) {
        try {
            return save(json.readInstrument(new ByteArrayInputStream(bytes), fileName));
        } catch (FormatException e) {
            throw new IllegalArgumentException("refused " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Returns the number of stored instruments. */
    public int size() {
        return rows.size();
    }

    /** Loads a stored instrument. */
    public Optional<Instrument> load(String key) {
        String text = rows.get(key);
        return text == null ? Optional.empty() : Optional.of(json.readInstrument(text, "store:" + key));
    }
}
