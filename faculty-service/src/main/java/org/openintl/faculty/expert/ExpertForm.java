package org.openintl.faculty.expert;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An expert as the API accepts it (create and replace). Bean validation reports every missing or malformed field at
 * once; the domain values check the same invariants again and the rules that need the date or other data.
 *
 * @param name as in the passport
 * @param teachingLoad teaching hours per week
 * @param accommodationSince the day of arrival at the current accommodation
 */
public record ExpertForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String chineseName,
        @NotBlank String nationality,
        @NotNull Gender gender,
        @NotNull LocalDate dateOfBirth,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9]{5,20}", message = "must be 5 to 20 letters and digits")
        String passportNumber,

        PermitCategory permitCategory,
        @NotBlank @Size(max = 200) String college,
        @NotNull Position position,
        LocalDate contractStart,
        LocalDate contractEnd,
        @Min(0) @Max(ExpertProfile.MAX_TEACHING_LOAD) Integer teachingLoad,
        @Size(max = 200) String talentProgram,
        LocalDate accommodationSince) {

    public ExpertProfile profile() {
        return new ExpertProfile(
                name,
                chineseName,
                gender,
                permitCategory,
                college,
                position,
                contractStart,
                contractEnd,
                teachingLoad,
                talentProgram,
                accommodationSince);
    }

    PersonalData personalData() {
        return new PersonalData(passportNumber, dateOfBirth);
    }
}
