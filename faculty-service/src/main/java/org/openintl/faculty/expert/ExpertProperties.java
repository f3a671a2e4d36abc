package org.openintl.faculty.expert;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code intl.faculty.experts.*}.
 *
 * @param warningDays the windows (days before a deadline) in which each deadline is announced once
 */
@ConfigurationProperties("intl.faculty.experts")
public record ExpertProperties(
        @DefaultValue({"60", "30", "7"}) List<Integer> warningDays) {}
