package org.openintl.student.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the projection keeps of a partnership event's data; any other field of the event is ignored, so that
 * partnership-service can add fields without breaking this consumer. The status is kept as text for the same reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnershipSnapshot(
        UUID id, String status, String type, Title title, String responsibleUnit, LocalDate endDate) {

    /** The title in the office's languages; any of them may be missing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Title(String zh, String en, String ko) {}
}
