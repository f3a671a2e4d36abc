package org.openintl.student.student;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openintl.platform.input.Text;

/**
 * {@code POST /api/students/{id}/transitions}.
 *
 * @param date when it happened; today when absent
 */
public record TransitionRequest(
        @NotNull StudentStatus to,
        LocalDate date,

        @Size(max = Student.MAX_NOTE) @Text(max = Student.MAX_NOTE, multiline = true)
        String note) {}
