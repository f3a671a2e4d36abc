package org.openintl.faculty.calendar;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param timeZone the university's zone: the day deadlines, report due dates and moves are reckoned in */
@ConfigurationProperties("intl.faculty")
public record CalendarProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {}
