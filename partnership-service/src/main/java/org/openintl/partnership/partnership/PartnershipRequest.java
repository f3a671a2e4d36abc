package org.openintl.partnership.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.input.Text;

/**
 * What an officer submits to register or update a partnership; a create may also give the current {@code status}
 * and the dates of the moves that led there ({@link StatusAsItIs}).
 */
public record PartnershipRequest(
        @NotNull @Valid MultilingualText title,
        @NotNull PartnershipType type,
        @NotEmpty @Size(max = 20) List<@NotNull UUID> partnerIds,
        @Size(max = 200) String responsibleUnit,
        @Size(max = 200) String coordinator,
        LocalDate startDate,
        LocalDate endDate,
        Boolean autoRenewal,
        @Min(0) @Max(3650) Integer noticeDays,
        @Size(max = 100) List<@Valid @NotNull AgreementDocument> documents,

        @Size(max = 10_000) @Text(max = 10_000, multiline = true)
        String notes,

        @Valid MoeRecord program,
        @Valid SchoolAbroad schoolAbroad,
        PartnershipStatus status,
        LocalDate negotiatingOn,
        LocalDate signedOn,
        LocalDate inForceFrom,
        LocalDate suspendedOn,
        LocalDate expiredOn,
        LocalDate terminatedOn) {

    /**
     * The status and the dates of past moves, for a partnership registered as it already is (empty for a new one).
     * Only a create takes them; an update that carries them is refused (moves go through the transitions).
     */
    StatusAsItIs asItIs() {
        return new StatusAsItIs(status, negotiatingOn, signedOn, inForceFrom, suspendedOn, expiredOn, terminatedOn);
    }

    PartnershipDetails toDetails() {
        return new PartnershipDetails(
                title,
                type,
                partnerIds,
                blankToNull(responsibleUnit),
                blankToNull(coordinator),
                startDate,
                endDate,
                Boolean.TRUE.equals(autoRenewal),
                noticeDays,
                documents,
                blankToNull(notes),
                program,
                schoolAbroad);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
