package org.openintl.student.student;

import java.time.LocalDate;
import org.openintl.student.document.DocumentFacts;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.VisaCategory;

/** {@code PUT /api/students/{id}/documents/{type}}: the document's type is in the path. */
public record DocumentRequest(
        VisaCategory visaCategory, String number, LocalDate issueDate, LocalDate expiryDate, LocalDate entryDate) {

    DocumentFacts facts(DocumentType type) {
        return new DocumentFacts(type, visaCategory, number, issueDate, expiryDate, entryDate);
    }
}
