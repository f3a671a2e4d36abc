package org.openintl.faculty.talent;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openintl.faculty.expert.Gender;
import org.openintl.faculty.expert.Position;

/**
 * A talent candidate as the API accepts it (create and replace).
 *
 * @param program the talent program applied for
 * @param position what the candidate is recruited for, if known (the expert record created on arrival takes it;
 *     RESEARCH when not given)
 */
public record TalentForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String chineseName,
        @NotBlank String nationality,
        Gender gender,
        @Past LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String currentInstitution,
        @NotBlank @Size(max = 200) String program,
        @NotBlank @Size(max = 200) String college,
        @NotBlank @Size(max = 200) String field,
        Position position) {

    TalentProfile profile() {
        return new TalentProfile(name, chineseName, gender, currentInstitution, program, college, field, position);
    }

    TalentPersonal personal() {
        return new TalentPersonal(email == null || email.isBlank() ? null : email.strip(), dateOfBirth);
    }
}
