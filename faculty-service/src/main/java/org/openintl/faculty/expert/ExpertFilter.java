package org.openintl.faculty.expert;

import java.util.List;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Countries;

/**
 * The filters of the list and the statistics, bound from the query string; every one is optional and they combine
 * with AND.
 *
 * @param status any of these statuses ({@code ?status=IN_SERVICE&status=ON_LEAVE})
 * @param nationality ISO 3166-1 alpha-2, any letter case; an unknown code is refused (400)
 * @param name part of the name or Chinese name, ignoring case (ADMIN and FACULTY_OFFICER only)
 */
public record ExpertFilter(
        List<ExpertStatus> status,
        String nationality,
        Continent continent,
        PermitCategory permitCategory,
        String college,
        Position position,
        String name) {

    public static final ExpertFilter ALL = new ExpertFilter(null, null, null, null, null, null, null);

    public ExpertFilter {
        status = status == null ? List.of() : List.copyOf(status);
        nationality = nationality == null || nationality.isBlank()
                ? null
                : Countries.load().require("nationality", nationality).code();
        college = blankToNull(college);
        name = blankToNull(name);
    }

    public static ExpertFilter withStatus(ExpertStatus... statuses) {
        return new ExpertFilter(List.of(statuses), null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
