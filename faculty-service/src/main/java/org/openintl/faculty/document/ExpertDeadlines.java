package org.openintl.faculty.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives an expert's deadlines from the documents on file, the day of arrival at the current accommodation and the
 * contract's end. A pure function of that data, so it is recomputed whenever the data changes and stored with the
 * expert for queries.
 */
public final class ExpertDeadlines {

    /** The renewal of a work permit is due this many days before it expires. */
    public static final int WORK_PERMIT_RENEWAL_DAYS = 30;
    /** A Z visa must be converted into a residence permit within this many days of entry. */
    public static final int Z_VISA_CONVERSION_DAYS = 30;
    /** Accommodation must be registered within 24 hours of arrival or a move: by the next day. */
    public static final int ACCOMMODATION_REGISTRATION_DAYS = 1;
    /** Whether to renew a contract is decided this many days before it ends. */
    public static final int CONTRACT_DECISION_DAYS = 90;

    private ExpertDeadlines() {}

    public static List<Deadline> of(
            List<ExpertDocument> documents, LocalDate accommodationSince, LocalDate contractEnd) {
        List<Deadline> deadlines = new ArrayList<>();
        find(documents, DocumentType.PASSPORT)
                .ifPresent(p -> deadlines.add(
                        new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, p.expiryDate())));
        find(documents, DocumentType.WORK_PERMIT)
                .ifPresent(p -> deadlines.add(new Deadline(
                        DocumentType.WORK_PERMIT,
                        DeadlineRule.WORK_PERMIT_RENEWAL,
                        p.expiryDate().minusDays(WORK_PERMIT_RENEWAL_DAYS))));
        Optional<ExpertDocument> permit = find(documents, DocumentType.RESIDENCE_PERMIT);
        permit.ifPresent(p -> deadlines.add(
                new Deadline(DocumentType.RESIDENCE_PERMIT, DeadlineRule.RESIDENCE_PERMIT_EXPIRY, p.expiryDate())));
        find(documents, DocumentType.Z_VISA)
                .filter(v -> v.entryDate() != null)
                .filter(v -> permit.isEmpty() || permit.get().issueDate().isBefore(v.entryDate()))
                .ifPresent(v -> deadlines.add(new Deadline(
                        DocumentType.Z_VISA,
                        DeadlineRule.Z_VISA_RESIDENCE_PERMIT,
                        v.entryDate().plusDays(Z_VISA_CONVERSION_DAYS))));
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
        if (contractEnd != null) {
            deadlines.add(new Deadline(
                    DocumentType.CONTRACT,
                    DeadlineRule.CONTRACT_RENEWAL_DECISION,
                    contractEnd.minusDays(CONTRACT_DECISION_DAYS)));
        }
        deadlines.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::rule));
        return List.copyOf(deadlines);
    }

    private static Optional<ExpertDocument> find(List<ExpertDocument> documents, DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst();
    }
}
