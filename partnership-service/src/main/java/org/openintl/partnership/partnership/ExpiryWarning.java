package org.openintl.partnership.partnership;

import java.time.LocalDate;

/** A deadline that came within a warning window: raised once per deadline date and window. */
public record ExpiryWarning(Deadline deadline, LocalDate date, int windowDays, long daysLeft) {

    public String key() {
        return key(deadline, date, windowDays);
    }

    static String key(Deadline deadline, LocalDate date, int windowDays) {
        return deadline + ":" + date + ":" + windowDays;
    }
}
