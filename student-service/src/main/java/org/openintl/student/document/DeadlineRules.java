package org.openintl.student.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives the deadlines of a student from the documents on file and the day of arrival at the current accommodation.
 * A pure function of that data, so it is recomputed whenever the data changes and stored with the student for queries.
 */
public final class DeadlineRules {

    /** An X1 visa must be converted into a residence permit within this many days of entry. */
    public static final int X1_CONVERSION_DAYS = 30;
    /** Accommodation must be registered within 24 hours of arrival or a move: by the next day. */
    public static final int ACCOMMODATION_REGISTRATION_DAYS = 1;

    private DeadlineRules() {}

    public static List<Deadline> of(List<ImmigrationDocument> documents, LocalDate accommodationSince) {
        List<Deadline> deadlines = new ArrayList<>();
        find(documents, DocumentType.PASSPORT)
                .ifPresent(p -> deadlines.add(
                        new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, p.expiryDate())));
        Optional<ImmigrationDocument> permit = find(documents, DocumentType.RESIDENCE_PERMIT);
        permit.ifPresent(p -> deadlines.add(
                new Deadline(DocumentType.RESIDENCE_PERMIT, DeadlineRule.RESIDENCE_PERMIT_EXPIRY, p.expiryDate())));
        find(documents, DocumentType.VISA)
                .filter(v -> v.visaCategory() == VisaCategory.X1 && v.entryDate() != null)
                .filter(v -> permit.isEmpty() || permit.get().issueDate().isBefore(v.entryDate()))
                .ifPresent(v -> deadlines.add(new Deadline(
                        DocumentType.VISA,
                        DeadlineRule.X1_RESIDENCE_PERMIT,
                        v.entryDate().plusDays(X1_CONVERSION_DAYS))));
        if (accommodationSince != null) {
            boolean registered = find(documents, DocumentType.ACCOMMODATION_REGISTRATION)
                    .filter(r -> !r.issueDate().isBefore(accommodationSince))
                    .isPresent();
            if (!registered) {
                deadlines.add(new Deadline(
                        DocumentType.ACCOMMODATION_REGISTRATION,
                        DeadlineRule.ACCOMMODATION_REGISTRATION,
                        accommodationSince.plusDays(ACCOMMODATION_REGISTRATION_DAYS)));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::rule));
        return List.copyOf(deadlines);
    }

    private static Optional<ImmigrationDocument> find(List<ImmigrationDocument> documents, DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst();
    }
}
