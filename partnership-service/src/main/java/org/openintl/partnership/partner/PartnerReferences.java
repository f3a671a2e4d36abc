package org.openintl.partnership.partner;

import java.util.UUID;

/** Tells how many partnerships refer to a partner, so that a referred partner is never removed. */
@FunctionalInterface
public interface PartnerReferences {

    long partnershipsReferring(UUID partnerId);
}
