package org.engagementrubrics.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class QuietBannerTest {

    @Test
    void theBannerLoggerIsRaisedOnlyWhenTheApplicationLeftItsLevelUnset() {
        Logger banner = Logger.getLogger(QuietBanner.LOGGER);
        Level before = banner.getLevel();
        try {
            banner.setLevel(Level.FINE);
            QuietBanner.quiet();
            assertThat(banner.getLevel()).as("an application's own level stays").isEqualTo(Level.FINE);

            banner.setLevel(null);
            QuietBanner.quiet();
            assertThat(banner.getLevel()).isEqualTo(Level.WARNING);
        } finally {
            banner.setLevel(before);
        }
    }

    @Test
    void theFirstBreachQuietsTheBannerBeforeTheFactoryStarts() {
        Logger banner = Logger.getLogger(QuietBanner.LOGGER);
        Level before = banner.getLevel();
        try {
            banner.setLevel(null);
            RubricValidator validator = RubricValidator.create();
            assertThat(banner.getLevel()).as("no factory yet, nothing touched").isNull();
            Response blankRater = Response.of("r-1", "four-versions", " ", "school-12", Fixtures.WHEN,
                    Fixtures.fits("partnership"));
            assertThat(validator.validate(blankRater)).isNotEmpty();
            assertThat(banner.getLevel()).isEqualTo(Level.WARNING);
        } finally {
            banner.setLevel(before);
        }
    }
}
