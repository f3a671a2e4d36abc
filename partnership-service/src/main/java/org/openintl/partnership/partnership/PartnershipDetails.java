package org.openintl.partnership.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.MultilingualText;

/** The editable description of a partnership, checked as a whole (type-specific parts, dates). */
public record PartnershipDetails(
        MultilingualText title,
        PartnershipType type,
        List<UUID> partnerIds,
        String responsibleUnit,
        String coordinator,
        LocalDate startDate,
        LocalDate endDate,
        boolean autoRenewal,
        Integer noticeDays,
        List<AgreementDocument> documents,
        String notes,
        MoeRecord program,
        SchoolAbroad schoolAbroad) {

    public PartnershipDetails {
        if (title == null) {
            throw new InvalidInputException("title", "a title in at least one language is required");
        }
        if (type == null) {
            throw new InvalidInputException("type", "the type is required");
        }
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw new InvalidInputException("partnerIds", "at least one partner is required");
        }
        if (partnerIds.stream().distinct().count() != partnerIds.size()) {
            throw new InvalidInputException("partnerIds", "a partner is listed twice");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "the end date is before the start date");
        }
        if (noticeDays != null && noticeDays < 0) {
            throw new InvalidInputException("noticeDays", "notice days cannot be negative");
        }
        if (autoRenewal && endDate == null) {
            throw new InvalidInputException("endDate", "an agreement that renews itself needs an end date");
        }
        if (program != null && !type.hasMoeRecord()) {
            throw new InvalidInputException("program", "only JOINT_PROGRAM and JOINT_INSTITUTE carry an MOE record");
        }
        if (type == PartnershipType.SCHOOL_ABROAD && schoolAbroad == null) {
            throw new InvalidInputException("schoolAbroad", "a SCHOOL_ABROAD needs hostCountry and corridor");
        }
        if (type != PartnershipType.SCHOOL_ABROAD && schoolAbroad != null) {
            throw new InvalidInputException("schoolAbroad", "only a SCHOOL_ABROAD has a host country and corridor");
        }
        partnerIds = List.copyOf(partnerIds);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The same agreement with another end date (a renewal), checked again as a whole. */
    public PartnershipDetails withEndDate(LocalDate newEndDate) {
        return new PartnershipDetails(
                title,
                type,
                partnerIds,
                responsibleUnit,
                coordinator,
                startDate,
                newEndDate,
                autoRenewal,
                noticeDays,
                documents,
                notes,
                program,
                schoolAbroad);
    }
}
