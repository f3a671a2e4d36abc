package org.openintl.faculty.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.faculty.document.Deadline;
import org.openintl.faculty.document.DocumentType;
import org.openintl.platform.country.Continent;

/**
 * An expert as the API answers it. Names, gender, date of birth, passport, documents, deadlines, teaching load,
 * contract dates and the notes of the history only for ADMIN and FACULTY_OFFICER; absent (left out of the JSON) for
 * the other roles (docs/faculty-service.md, "Need to know").
 */
public record ExpertView(
        UUID id,
        ExpertStatus status,
        String name,
        String chineseName,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Gender gender,
        LocalDate dateOfBirth,
        String passportNumber,
        PermitCategory permitCategory,
        String college,
        Position position,
        LocalDate contractStart,
        LocalDate contractEnd,
        Integer teachingLoad,
        String talentProgram,
        UUID talentId,
        LocalDate accommodationSince,
        List<DocumentView> documents,
        List<Deadline> deadlines,
        List<Transition> history) {

    /** The non-personal fields only: what every role may read. */
    static ExpertView withoutPersonalData(Expert e) {
        ExpertProfile p = e.profile();
        return new ExpertView(
                e.id(),
                e.status(),
                null,
                null,
                e.nationality(),
                e.continent(),
                e.beltAndRoad(),
                null,
                null,
                null,
                p.permitCategory(),
                p.college(),
                p.position(),
                null,
                null,
                null,
                p.talentProgram(),
                e.talentId(),
                null,
                null,
                null,
                e.history().stream()
                        .map(t -> new Transition(t.from(), t.to(), t.date(), null))
                        .toList());
    }

    /** Whether this view shows the expert's names and personal data (what the audit log records). */
    public boolean showsPersonalData() {
        return name != null;
    }

    /** A document with its number opened. */
    public record DocumentView(
            DocumentType type, String number, LocalDate issueDate, LocalDate expiryDate, LocalDate entryDate) {}
}
