package org.engagementrubrics.spark;

import org.apache.spark.sql.SparkSession;

/** One quiet {@code local[2]} session for a test class: starting one takes about two seconds. */
final class SparkSessions {

    private SparkSessions() {
    }

    /** Starts a session with few shuffle partitions (tests hold little data) and no UI. */
    static SparkSession start(String name) {
        return SparkSession.builder().master("local[2]").appName(name)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
