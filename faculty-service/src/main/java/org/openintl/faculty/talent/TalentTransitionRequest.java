package org.openintl.faculty.talent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openintl.platform.input.Text;

/**
 * {@code POST /api/talent/{id}/transitions}.
 *
 * @param date when it happened (for ARRIVED: the day of arrival); today when absent, never in the future
 */
public record TalentTransitionRequest(
        @NotNull TalentStage to,
        LocalDate date,

        @Size(max = Talent.MAX_NOTE) @Text(max = Talent.MAX_NOTE, multiline = true)
        String note) {}
