package org.openintl.faculty.trip;

import java.time.LocalDate;

/**
 * One step of a trip's approval and journey.
 *
 * @param from the previous status; {@code null} for the record's creation
 * @param note the office's remark; kept here, never published
 */
public record TripTransition(TripStatus from, TripStatus to, LocalDate date, String note) {}
