package org.engagementrubrics.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 9, item 5: making a validator touches nothing process-wide. */
class RubricValidatorSideEffectsTest {

    private static final String PROVIDER = "org.jboss.logging.provider";

    private static Map<Object, Object> snapshot() {
        Properties properties = System.getProperties();
        synchronized (properties) {
            return new HashMap<>(properties);
        }
    }

    @Test
    void creatingAValidatorLeavesTheLoggingProviderPropertyUnset() {
        // Surefire sets the property for the build; take it away to see what create() does on its own.
        String before = System.clearProperty(PROVIDER);
        try {
            RubricValidator.create().validate(Fixtures.fourVersions());
            assertThat(System.getProperty(PROVIDER)).as("issue 9 item 5: " + PROVIDER).isNull();
        } finally {
            if (before != null) {
                System.setProperty(PROVIDER, before);
            }
        }
    }

    @Test
    void creatingAValidatorLeavesEverySystemPropertyUnchanged() {
        Map<Object, Object> before = snapshot();
        RubricValidator validator = RubricValidator.create();
        assertThat(validator.validate(Fixtures.stagedRubric())).isEmpty();
        assertThat(snapshot()).as("issue 9 item 5").isEqualTo(before);
    }
}
