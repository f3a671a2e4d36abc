package org.openintl.faculty.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today in the university's time zone, for every feature of the service (tests move the clock). */
@Component
public class FacultyCalendar {

    private final Clock clock;
    private final CalendarProperties properties;

    FacultyCalendar(Clock clock, CalendarProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.timeZone());
    }
}
