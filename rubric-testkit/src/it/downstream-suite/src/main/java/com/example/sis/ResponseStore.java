package com.example.sis;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.json.RubricJson;

/** The SIS's own storage of responses: one JSON text per response, in arrival order (a stand-in for a table). */
public final class ResponseStore {

    private final RubricJson json = RubricJson.defaults();
    private final List<String> rows = new ArrayList<>();

    /** Stores a response. */
    public synchronized void save(Response response) {
        rows.add(json.write(response));
    }

    /** Loads every stored response, in the order they were stored. */
    public synchronized List<Response> loadAll() {
        List<Response> responses = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            responses.add(json.readResponse(rows.get(i), "responses row " + (i + 1)));
        }
        return responses;
    }
}
