package org.openintl.faculty.expert;

import java.time.LocalDate;

/**
 * One step of an expert's history.
 *
 * @param from the previous status; {@code null} for the registration
 * @param note the office's remark; kept here, never published
 */
public record Transition(ExpertStatus from, ExpertStatus to, LocalDate date, String note) {}
