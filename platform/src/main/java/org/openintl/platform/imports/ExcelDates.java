package org.openintl.platform.imports;

import java.time.LocalDate;

/** Excel's day numbers (the 1900 date system every current Excel writes by default). */
final class ExcelDates {

    /** Day 0 of the 1900 system counts from 1899-12-31, and Excel believes 1900 was a leap year: from day 61 on. */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private ExcelDates() {}

    static LocalDate fromSerial(long serial) {
        if (serial < 61) {
            return EPOCH.plusDays(serial + 1);
        }
        return EPOCH.plusDays(serial);
    }

    static double toSerial(LocalDate date) {
        return date.toEpochDay() - EPOCH.toEpochDay();
    }
}
