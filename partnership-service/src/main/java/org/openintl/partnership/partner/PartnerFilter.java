package org.openintl.partnership.partner;

import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Countries;

/**
 * The filters of the partner list; {@code null} means no filter. An unknown country is a 400, as an unknown type is:
 * an empty list would tell the user there are no partners there.
 */
public record PartnerFilter(
        String country, Continent continent, Boolean beltAndRoad, PartnerType type, String q, boolean includeArchived) {

    public PartnerFilter {
        country = country == null
                ? null
                : Countries.load().require("country", country).code();
    }
}
