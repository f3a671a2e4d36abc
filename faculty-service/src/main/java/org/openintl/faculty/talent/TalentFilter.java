package org.openintl.faculty.talent;

import java.util.List;
import org.openintl.platform.country.Countries;

/**
 * The filters of the list, bound from the query string; all optional, combined with AND.
 *
 * @param stage any of these stages
 * @param name part of the name or Chinese name (ADMIN and FACULTY_OFFICER only)
 */
public record TalentFilter(
        List<TalentStage> stage, String nationality, String program, String college, String field, String name) {

    public static final TalentFilter ALL = new TalentFilter(null, null, null, null, null, null);

    public TalentFilter {
        stage = stage == null ? List.of() : List.copyOf(stage);
        nationality = nationality == null || nationality.isBlank()
                ? null
                : Countries.load().require("nationality", nationality).code();
        program = blankToNull(program);
        college = blankToNull(college);
        field = blankToNull(field);
        name = blankToNull(name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
