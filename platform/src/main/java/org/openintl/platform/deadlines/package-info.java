/**
 * The deadline engine shared by every service that tracks documents with dates (students' immigration documents,
 * foreign experts' work permits and contracts): a {@link org.openintl.platform.deadlines.Deadline} is something due
 * by a date, and the {@link org.openintl.platform.deadlines.WarningPolicy} decides in which announcement windows it is
 * announced, exactly once each. Which deadlines a record has (its rules) is declared by the service that owns the
 * record. Plain Java: today's date is an argument so that tests control time.
 */
package org.openintl.platform.deadlines;
