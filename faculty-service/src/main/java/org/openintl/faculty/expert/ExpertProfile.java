package org.openintl.faculty.expert;

import java.time.LocalDate;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What the office edits of an expert, besides the nationality and the sealed personal data. Names stay in clear so
 * that the list can be searched and sorted by them; they are shown by role like the sealed values.
 *
 * @param name the name as in the passport
 * @param teachingLoad teaching hours per week
 * @param talentProgram the talent program the expert came under, if any
 * @param accommodationSince the day of arrival at the current accommodation (registration due within 24 hours)
 */
public record ExpertProfile(
        String name,
        String chineseName,
        Gender gender,
        PermitCategory permitCategory,
        String college,
        Position position,
        LocalDate contractStart,
        LocalDate contractEnd,
        Integer teachingLoad,
        String talentProgram,
        LocalDate accommodationSince) {

    public static final int MAX_TEACHING_LOAD = 40;

    public ExpertProfile {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name is required");
        }
        if (college == null || college.isBlank()) {
            throw new InvalidInputException("college", "college is required");
        }
        if (position == null) {
            throw new InvalidInputException("position", "position is required");
        }
        name = name.strip();
        college = college.strip();
        chineseName = blankToNull(chineseName);
        talentProgram = blankToNull(talentProgram);
        if (contractStart != null && contractEnd != null && !contractEnd.isAfter(contractStart)) {
            throw new InvalidInputException("contractEnd", "contractEnd must be after contractStart");
        }
        if (teachingLoad != null && (teachingLoad < 0 || teachingLoad > MAX_TEACHING_LOAD)) {
            throw new InvalidInputException(
                    "teachingLoad", "teachingLoad is hours per week, 0 to " + MAX_TEACHING_LOAD);
        }
    }

    void checkDates(LocalDate today) {
        if (accommodationSince != null && accommodationSince.isAfter(today)) {
            throw new InvalidInputException("accommodationSince", "accommodationSince cannot be in the future");
        }
    }

    boolean hasContract() {
        return contractStart != null && contractEnd != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
