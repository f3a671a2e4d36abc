package org.openintl.faculty.talent;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.platform.country.Continent;

/**
 * The data of every {@code intl.talent.*.v1} event: never a name, contact, date of birth, gender, current
 * institution or note (docs/events/faculty.md).
 *
 * @param expertId the expert record created on arrival; {@code arrived} only
 */
public record TalentPayload(
        UUID id,
        TalentStage stage,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        String program,
        String college,
        String field,
        UUID expertId,
        TransitionDetails transition) {

    static TalentPayload of(Talent t) {
        TalentProfile p = t.profile();
        return new TalentPayload(
                t.id(),
                t.stage(),
                t.nationality(),
                t.continent(),
                t.beltAndRoad(),
                p.program(),
                p.college(),
                p.field(),
                null,
                null);
    }

    TalentPayload withTransition(TalentTransition m, UUID expert) {
        return new TalentPayload(
                id,
                stage,
                nationality,
                continent,
                beltAndRoad,
                program,
                college,
                field,
                expert,
                new TransitionDetails(m.from(), m.to(), m.date()));
    }

    /** A move as subscribers see it (the office's note stays in the service). */
    public record TransitionDetails(TalentStage from, TalentStage to, LocalDate date) {}
}
