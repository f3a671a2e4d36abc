package org.openintl.faculty.talent;

import java.time.LocalDate;

/**
 * One step of a candidate's pipeline.
 *
 * @param from the previous stage; {@code null} for the entry into the pipeline
 * @param note the office's remark; kept here, never published
 */
public record TalentTransition(TalentStage from, TalentStage to, LocalDate date, String note) {}
