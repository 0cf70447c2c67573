package org.engagementrubrics.core.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up banner ({@code HV000001: Hibernate Validator <version>}, at INFO) off the
 * console of an application that never asked for it. Hibernate Validator logs through JBoss Logging, which falls
 * back to {@code java.util.logging} when the application has no JBoss LogManager, Log4j or Logback; JUL's default
 * console handler then prints the banner to standard error the first time our validator starts its factory.
 *
 * <p>Only the banner's own logger is touched, and only when the application has not set its level: an
 * application that configures it, or routes JBoss Logging elsewhere, keeps its choice. The logger is held here,
 * because JUL forgets the level of a logger that nothing holds. Thread-safe.
 */
public final class QuietBanner {

    /** The logger Hibernate Validator announces its version through. */
    static final String LOGGER = "org.hibernate.validator.internal.util.Version";

    private static final Logger BANNER = Logger.getLogger(LOGGER);

    private QuietBanner() {
    }

    /** Raises the banner logger to WARNING unless its level was set; call before building a validator factory. */
    public static void quiet() {
        synchronized (BANNER) {
            if (BANNER.getLevel() == null) {
                BANNER.setLevel(Level.WARNING);
            }
        }
    }
}
