package org.openintl.partnership.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openintl.platform.input.Text;

/** A lifecycle move: target, the day it takes effect (today if omitted), a note, and for a renewal the new end. */
public record TransitionRequest(
        @NotNull PartnershipStatus to,
        LocalDate date,

        @Size(max = 2000) @Text(max = 2000, multiline = true)
        String note,

        LocalDate endDate) {}
