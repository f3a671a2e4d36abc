package org.openintl.student.document;

import java.time.LocalDate;
import org.openintl.platform.privacy.Sealed;

/**
 * A document as stored with the student: its number sealed, its dates in clear because the deadline rules and the
 * alert queries need them.
 */
public record ImmigrationDocument(
        DocumentType type,
        VisaCategory visaCategory,
        Sealed number,
        LocalDate issueDate,
        LocalDate expiryDate,
        LocalDate entryDate) {

    public static ImmigrationDocument of(DocumentFacts facts, Sealed number) {
        return new ImmigrationDocument(
                facts.type(), facts.visaCategory(), number, facts.issueDate(), facts.expiryDate(), facts.entryDate());
    }

    public ImmigrationDocument withNumber(Sealed resealed) {
        return new ImmigrationDocument(type, visaCategory, resealed, issueDate, expiryDate, entryDate);
    }
}
