package org.openintl.faculty.expert;

import java.time.LocalDate;
import org.openintl.faculty.document.DocumentFacts;
import org.openintl.faculty.document.DocumentType;

/** {@code PUT /api/experts/{id}/documents/{type}}: the document's type is in the path. */
public record DocumentRequest(String number, LocalDate issueDate, LocalDate expiryDate, LocalDate entryDate) {

    DocumentFacts facts(DocumentType type) {
        return new DocumentFacts(type, number, issueDate, expiryDate, entryDate);
    }
}
