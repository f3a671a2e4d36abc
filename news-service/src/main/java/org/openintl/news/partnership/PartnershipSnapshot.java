package org.openintl.news.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What the news service keeps of a partnership: enough to check links and to write a signing draft.
 *
 * @param cooperativeProgram whether the partnership runs a cooperative program (中外合作办学)
 * @param transitionDate the date of the lifecycle move the event reported, if it reported one
 */
public record PartnershipSnapshot(
        UUID id,
        String status,
        String type,
        LocalizedName title,
        List<PartnerSnapshot> partners,
        String responsibleUnit,
        LocalDate startDate,
        LocalDate endDate,
        boolean cooperativeProgram,
        LocalDate transitionDate) {

    public PartnershipSnapshot {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** The event data as partnership-service sends it; fields this service does not use are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventData(
            UUID id,
            String status,
            String type,
            LocalizedName title,
            List<PartnerSnapshot> partners,
            String responsibleUnit,
            LocalDate startDate,
            LocalDate endDate,
            JsonNode program,
            Transition transition) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transition(String from, String to, String date, String note) {}

    static PartnershipSnapshot of(UUID id, EventData d) {
        return new PartnershipSnapshot(
                id,
                d.status(),
                d.type(),
                d.title(),
                d.partners(),
                d.responsibleUnit(),
                d.startDate(),
                d.endDate(),
                d.program() != null && d.program().isObject(),
                d.transition() == null ? null : date(d.transition().date()));
    }

    /** A date or the date part of a timestamp; anything else is no date rather than a poison message. */
    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
