package org.openintl.faculty.trip;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What the office records of a trip before it is approved: who, where, why, when and how it is paid.
 *
 * @param staffId the staff member's number at the university
 * @param countries ISO 3166-1 alpha-2 codes, checked and upper-cased by the service, never CN
 * @param hostPartnerId the host when it is a partner known to the projection; then {@code hostInstitution} is optional
 * @param hostInstitution the host's name; required when there is no {@code hostPartnerId}
 * @param partnershipId the agreement the trip is under, if any
 * @param fundingAmount the budget in CNY, if known
 */
public record TripPlan(
        String staffId,
        String staffName,
        String college,
        List<String> countries,
        UUID hostPartnerId,
        String hostInstitution,
        UUID partnershipId,
        Purpose purpose,
        LocalDate startDate,
        LocalDate endDate,
        FundingSource fundingSource,
        Long fundingAmount) {

    /** The longest stay abroad recorded as one trip (a study period of up to three years). */
    public static final int MAX_DAYS = 3 * 366;

    public TripPlan {
        staffId = required("staffId", staffId);
        staffName = required("staffName", staffName);
        college = required("college", college);
        hostInstitution = hostInstitution == null || hostInstitution.isBlank() ? null : hostInstitution.strip();
        if (countries == null || countries.isEmpty()) {
            throw new InvalidInputException("countries", "at least one country is required");
        }
        countries = List.copyOf(countries);
        if (countries.contains("CN")) {
            throw new InvalidInputException("countries", "CN: a trip abroad goes to other countries");
        }
        if (countries.stream().distinct().count() != countries.size()) {
            throw new InvalidInputException("countries", "each country once");
        }
        if (hostPartnerId == null && hostInstitution == null) {
            throw new InvalidInputException(
                    "hostInstitution", "hostInstitution is required when the host is not a partner (hostPartnerId)");
        }
        if (purpose == null) {
            throw new InvalidInputException("purpose", "purpose is required");
        }
        if (fundingSource == null) {
            throw new InvalidInputException("fundingSource", "fundingSource is required");
        }
        if (startDate == null || endDate == null) {
            throw new InvalidInputException(
                    startDate == null ? "startDate" : "endDate", "startDate and endDate are required");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "endDate cannot be before startDate");
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) > MAX_DAYS) {
            throw new InvalidInputException("endDate", "a trip lasts at most " + MAX_DAYS + " days");
        }
        if (fundingAmount != null && fundingAmount < 0) {
            throw new InvalidInputException("fundingAmount", "fundingAmount cannot be negative");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.strip();
    }
}
