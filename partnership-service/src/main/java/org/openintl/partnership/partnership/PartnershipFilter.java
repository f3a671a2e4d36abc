package org.openintl.partnership.partnership;

import java.util.UUID;

/** The filters of the partnership list; {@code null} means no filter. */
public record PartnershipFilter(
        PartnershipStatus status,
        PartnershipType type,
        String country,
        UUID partnerId,
        String unit,
        Integer expiringWithinDays,
        String q) {}
