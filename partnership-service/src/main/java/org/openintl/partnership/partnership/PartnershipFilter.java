package org.openintl.partnership.partnership;

import java.util.UUID;
import org.openintl.platform.country.Countries;

/**
 * The filters of the partnership list; {@code null} means no filter. An unknown country is a 400, as an unknown
 * status is.
 */
public record PartnershipFilter(
        PartnershipStatus status,
        PartnershipType type,
        String country,
        UUID partnerId,
        String unit,
        Integer expiringWithinDays,
        String q) {

    public PartnershipFilter {
        country = country == null
                ? null
                : Countries.load().require("country", country).code();
    }
}
