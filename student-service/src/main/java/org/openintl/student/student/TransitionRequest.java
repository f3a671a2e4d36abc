package org.openintl.student.student;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * {@code POST /api/students/{id}/transitions}.
 *
 * @param date when it happened; today when absent
 */
public record TransitionRequest(
        @NotNull StudentStatus to,
        LocalDate date,
        @Size(max = Student.MAX_NOTE) String note) {}
