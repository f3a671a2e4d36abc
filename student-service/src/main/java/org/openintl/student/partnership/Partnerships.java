package org.openintl.student.partnership;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.stereotype.Component;

/** Answers questions about partnerships from the local projection, never by calling partnership-service. */
@Component
public class Partnerships {

    private static final Set<String> USABLE = Set.of("SIGNED", "ACTIVE");
    private static final Set<String> AT_RISK = Set.of("SUSPENDED", "TERMINATED", "EXPIRED");

    private final ProjectionStore<PartnershipSnapshot> projection;

    Partnerships(ProjectionStore<PartnershipSnapshot> projection) {
        this.projection = projection;
    }

    /** Students may refer only to partnerships that are SIGNED or ACTIVE. */
    public static boolean isUsable(String status) {
        return USABLE.contains(status);
    }

    /** A partnership in this state endangers the programs of its students. */
    public static boolean isAtRisk(String status) {
        return AT_RISK.contains(status);
    }

    public Optional<String> status(UUID partnershipId) {
        return projection.find(partnershipId).map(PartnershipSnapshot::status);
    }

    /**
     * @throws UnknownReferenceException (422) when the partnership is unknown here or not SIGNED/ACTIVE
     */
    public void requireUsable(UUID partnershipId) {
        String status = status(partnershipId)
                .orElseThrow(() -> new UnknownReferenceException(
                        "partnershipId", "partnership " + partnershipId + " is not known to the student service"));
        if (!isUsable(status)) {
            throw new UnknownReferenceException(
                    "partnershipId",
                    "partnership " + partnershipId + " is " + status + "; students need a SIGNED or ACTIVE one");
        }
    }
}
