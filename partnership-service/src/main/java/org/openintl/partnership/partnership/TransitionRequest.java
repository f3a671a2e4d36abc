package org.openintl.partnership.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A lifecycle move: target, the day it takes effect (today if omitted), a note, and for a renewal the new end. */
public record TransitionRequest(
        @NotNull PartnershipStatus to,
        LocalDate date,
        @Size(max = 2000) String note,
        LocalDate endDate) {}
