package org.openintl.faculty.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * What the projection keeps of a partnership event's data: its status and the ids of its partners. Any other field is
 * ignored, so that partnership-service can add fields without breaking this consumer; the status is kept as text for
 * the same reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnershipSnapshot(UUID id, String status, List<Partner> partners) {

    public PartnershipSnapshot {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** A partner of the agreement: its id only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(UUID id) {}
}
