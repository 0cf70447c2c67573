package org.engagementrubrics.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the breaches of one rule as (path, message) pairs; one instance serves one rule run.
 */
final class Findings {

    record Finding(String path, String message) {
    }

    private final List<Finding> findings = new ArrayList<>();

    void add(String path, String message) {
        findings.add(new Finding(path, message));
    }

    List<Finding> list() {
        return findings;
    }

    static String quote(Object value) {
        return "'" + value + "'";
    }
}
