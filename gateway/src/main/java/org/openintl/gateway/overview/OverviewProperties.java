package org.openintl.gateway.overview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code intl.overview.*}. The timeout is per service and deliberately shorter than the routes' response timeout: an
 * overview with a missing part now is worth more to a dashboard than a complete one later.
 */
@ConfigurationProperties("intl.overview")
record OverviewProperties(@DefaultValue("2s") Duration timeout) {

    OverviewProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("intl.overview.timeout must be positive, was " + timeout);
        }
    }
}
