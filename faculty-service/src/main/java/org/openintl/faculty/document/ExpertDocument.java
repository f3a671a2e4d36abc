package org.openintl.faculty.document;

import java.time.LocalDate;
import org.openintl.platform.privacy.Sealed;

/**
 * A document as stored with the expert: its number sealed, its dates in clear because the deadline rules and the
 * alert queries need them.
 */
public record ExpertDocument(
        DocumentType type, Sealed number, LocalDate issueDate, LocalDate expiryDate, LocalDate entryDate) {

    public static ExpertDocument of(DocumentFacts facts, Sealed number) {
        return new ExpertDocument(facts.type(), number, facts.issueDate(), facts.expiryDate(), facts.entryDate());
    }

    public ExpertDocument withNumber(Sealed resealed) {
        return new ExpertDocument(type, resealed, issueDate, expiryDate, entryDate);
    }
}
