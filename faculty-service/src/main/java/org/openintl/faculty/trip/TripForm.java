package org.openintl.faculty.trip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A staff trip as the API accepts it (create and replace).
 *
 * @param countries ISO 3166-1 alpha-2 codes, any letter case
 * @param fundingAmount the budget in CNY
 */
public record TripForm(
        @NotBlank @Size(max = 50) String staffId,
        @NotBlank @Size(max = 200) String staffName,
        @NotBlank @Size(max = 200) String college,
        @NotEmpty @Size(max = 20) List<@NotBlank String> countries,
        UUID hostPartnerId,
        @Size(max = 200) String hostInstitution,
        UUID partnershipId,
        @NotNull Purpose purpose,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull FundingSource fundingSource,
        @PositiveOrZero Long fundingAmount) {}
