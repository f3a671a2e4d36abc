package org.openintl.faculty.partnership;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.stereotype.Component;

/** Answers questions about partners and partnerships from the local projections, never by calling partnership-service. */
@Component
public class Partnerships {

    private static final Set<String> USABLE = Set.of("SIGNED", "ACTIVE");

    private final ProjectionStore<PartnershipSnapshot> partnerships;
    private final ProjectionStore<PartnerSnapshot> partners;

    Partnerships(ProjectionStore<PartnershipSnapshot> partnerships, ProjectionStore<PartnerSnapshot> partners) {
        this.partnerships = partnerships;
        this.partners = partners;
    }

    public Optional<String> status(UUID partnershipId) {
        return partnerships.find(partnershipId).map(PartnershipSnapshot::status);
    }

    public boolean partnerKnown(UUID partnerId) {
        return partners.find(partnerId).isPresent();
    }

    /**
     * Checks the host and the agreement of a staff trip: the partner known here and not archived; the partnership
     * known here and SIGNED or ACTIVE; and, when both are given, the host among the partnership's partners.
     *
     * @throws UnknownReferenceException (422) naming the field at fault
     */
    public void requireUsableForTrip(UUID hostPartnerId, UUID partnershipId) {
        if (hostPartnerId != null) {
            PartnerSnapshot partner = partners.find(hostPartnerId)
                    .orElseThrow(() -> new UnknownReferenceException(
                            "hostPartnerId", "partner " + hostPartnerId + " is not known to the faculty service"));
            if (partner.archived()) {
                throw new UnknownReferenceException(
                        "hostPartnerId", "partner " + hostPartnerId + " is archived; trips need a current partner");
            }
        }
        if (partnershipId != null) {
            PartnershipSnapshot partnership = partnerships
                    .find(partnershipId)
                    .orElseThrow(() -> new UnknownReferenceException(
                            "partnershipId", "partnership " + partnershipId + " is not known to the faculty service"));
            if (!USABLE.contains(partnership.status())) {
                throw new UnknownReferenceException(
                        "partnershipId",
                        "partnership " + partnershipId + " is " + partnership.status()
                                + "; trips need a SIGNED or ACTIVE one");
            }
            if (hostPartnerId != null && partnership.partners().stream().noneMatch(p -> hostPartnerId.equals(p.id()))) {
                throw new UnknownReferenceException(
                        "hostPartnerId",
                        "partner " + hostPartnerId + " is not a party to partnership " + partnershipId);
            }
        }
    }
}
