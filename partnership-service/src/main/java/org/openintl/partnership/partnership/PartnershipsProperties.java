package org.openintl.partnership.partnership;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partnership register ({@code intl.partnerships.*}).
 *
 * @param expiryWindows days before a deadline at which a warning is raised
 * @param scanInterval how often deadlines are checked (also once at start-up)
 * @param zone the office's time zone: "today" for deadlines
 */
@ConfigurationProperties("intl.partnerships")
public record PartnershipsProperties(
        @DefaultValue({"180", "90", "30"}) List<Integer> expiryWindows,
        @DefaultValue("1h") Duration scanInterval,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {}
