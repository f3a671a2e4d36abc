package org.openintl.student.student;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the student feature ({@code intl.students.*}).
 *
 * @param timeZone the zone in which "today" is reckoned for deadlines and transition dates (the university's)
 * @param warningDays the windows, in days before a deadline, in which it is announced once each
 */
@ConfigurationProperties("intl.students")
public record StudentProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue({"60", "30", "7"}) List<Integer> warningDays) {}
