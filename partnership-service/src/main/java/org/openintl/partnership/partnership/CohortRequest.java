package org.openintl.partnership.partnership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The counts of one intake, as the office records them ({@code PUT .../cohorts/{intakeYear}}). */
public record CohortRequest(
        @NotNull @Min(0) @Max(1_000_000) Integer admitted,
        @NotNull @Min(0) @Max(1_000_000) Integer enrolled,
        @NotNull @Min(0) @Max(1_000_000) Integer graduated) {

    Cohort toCohort(int intakeYear) {
        return new Cohort(intakeYear, admitted, enrolled, graduated);
    }
}
