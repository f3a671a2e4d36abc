package org.openintl.faculty.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.faculty.expert.Gender;
import org.openintl.faculty.expert.Position;
import org.openintl.platform.country.Continent;

/**
 * A talent candidate as the API answers it: names, gender, contact, date of birth, current institution and notes only
 * for ADMIN and FACULTY_OFFICER.
 */
public record TalentView(
        UUID id,
        TalentStage stage,
        String name,
        String chineseName,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Gender gender,
        LocalDate dateOfBirth,
        String email,
        String currentInstitution,
        String program,
        String college,
        String field,
        Position position,
        UUID expertId,
        List<TalentTransition> history) {

    static TalentView full(Talent t, TalentPersonal personal) {
        TalentProfile p = t.profile();
        return new TalentView(
                t.id(),
                t.stage(),
                p.name(),
                p.chineseName(),
                t.nationality(),
                t.continent(),
                t.beltAndRoad(),
                p.gender(),
                personal.dateOfBirth(),
                personal.email(),
                p.currentInstitution(),
                p.program(),
                p.college(),
                p.field(),
                p.position(),
                t.expertId(),
                t.history());
    }

    static TalentView withoutPersonalData(Talent t) {
        TalentProfile p = t.profile();
        return new TalentView(
                t.id(),
                t.stage(),
                null,
                null,
                t.nationality(),
                t.continent(),
                t.beltAndRoad(),
                null,
                null,
                null,
                null,
                p.program(),
                p.college(),
                p.field(),
                p.position(),
                t.expertId(),
                t.history().stream()
                        .map(m -> new TalentTransition(m.from(), m.to(), m.date(), null))
                        .toList());
    }

    boolean showsPersonalData() {
        return name != null;
    }
}
