package org.openintl.faculty.expert;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openintl.platform.input.Text;

/**
 * {@code POST /api/experts/{id}/transitions}.
 *
 * @param date when it happened; today when absent, never in the future or before the previous move
 */
public record TransitionRequest(
        @NotNull ExpertStatus to,
        LocalDate date,

        @Size(max = Expert.MAX_NOTE) @Text(max = Expert.MAX_NOTE, multiline = true)
        String note) {}
