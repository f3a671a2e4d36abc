package org.openintl.student.student;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Countries;

/**
 * The filters of the list, the export and the statistics, bound from the query string; every one is optional and
 * they combine with AND.
 *
 * @param status any of these statuses ({@code ?status=ENROLLED&status=SUSPENDED})
 * @param nationality ISO 3166-1 alpha-2, any letter case; an unknown code is refused (400)
 * @param name part of the family, given or Chinese name, ignoring case
 */
public record StudentFilter(
        List<StudentStatus> status,
        String nationality,
        Continent continent,
        Category category,
        String college,
        FundingType funding,
        String counselor,
        UUID partnershipId,
        String name) {

    public static final StudentFilter ALL = new StudentFilter(null, null, null, null, null, null, null, null, null);

    public StudentFilter {
        status = status == null ? List.of() : List.copyOf(status);
        // an unknown country is a 400 as an unknown status is, not an empty list
        nationality = nationality == null || nationality.isBlank()
                ? null
                : Countries.load().require("nationality", nationality).code();
        college = blankToNull(college);
        counselor = blankToNull(counselor);
        name = blankToNull(name);
    }

    /** The same filter limited to one counselor's students. */
    public StudentFilter withCounselor(String counselor) {
        return new StudentFilter(
                status, nationality, continent, category, college, funding, counselor, partnershipId, name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
