package org.openintl.student.student;

import java.time.LocalDate;

/**
 * One step of a student's history.
 *
 * @param from the previous status; {@code null} for the registration
 * @param note the office's remark; kept here, never published
 */
public record Transition(StudentStatus from, StudentStatus to, LocalDate date, String note) {}
