package org.openintl.faculty.talent;

import org.openintl.faculty.expert.Gender;
import org.openintl.faculty.expert.Position;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What the office edits of a talent candidate besides the nationality and the sealed personal data.
 *
 * @param name as in the passport
 * @param currentInstitution where the candidate works now
 * @param program the talent program applied for
 * @param college the recruiting college
 * @param field the academic field
 * @param position what the candidate is recruited for, if known; the expert record created on arrival takes it
 *     ({@link Position#RESEARCH} when not known: high-end talent is recruited for research first)
 */
public record TalentProfile(
        String name,
        String chineseName,
        Gender gender,
        String currentInstitution,
        String program,
        String college,
        String field,
        Position position) {

    public TalentProfile {
        name = required("name", name);
        program = required("program", program);
        college = required("college", college);
        field = required("field", field);
        chineseName = blankToNull(chineseName);
        currentInstitution = blankToNull(currentInstitution);
    }

    /** The position of the expert record created on arrival. */
    public Position positionOnArrival() {
        return position == null ? Position.RESEARCH : position;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
