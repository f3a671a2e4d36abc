package org.openintl.faculty.trip;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.country.Countries;

/**
 * The filters of the list, all optional, combined with AND.
 *
 * @param country trips visiting this country (ISO 3166-1 alpha-2, any case; unknown codes are a 400)
 * @param staffId one staff member's trips (ADMIN and FACULTY_OFFICER only)
 */
public record TripFilter(
        List<TripStatus> status,
        String college,
        String country,
        Purpose purpose,
        UUID partnershipId,
        UUID hostPartnerId,
        String staffId) {

    public static final TripFilter ALL = new TripFilter(null, null, null, null, null, null, null);

    public TripFilter {
        status = status == null ? List.of() : List.copyOf(status);
        college = college == null || college.isBlank() ? null : college.strip();
        country = country == null || country.isBlank()
                ? null
                : Countries.load().require("country", country).code();
        staffId = staffId == null || staffId.isBlank() ? null : staffId.strip();
    }

    public static TripFilter withStatus(TripStatus... statuses) {
        return new TripFilter(List.of(statuses), null, null, null, null, null, null);
    }
}
