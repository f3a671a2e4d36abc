package org.openintl.partnership;

import java.time.Instant;
import org.openintl.platform.testing.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock of the integration tests that share one application context: 1 March 2026, 10:00 in Shanghai. */
@TestConfiguration
public class TestClock {

    public static final Instant START = Instant.parse("2026-03-01T02:00:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }
}
