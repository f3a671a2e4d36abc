package org.openintl.partnership.partner;

import org.openintl.platform.country.Continent;

/** The filters of the partner list; {@code null} means no filter. */
public record PartnerFilter(
        String country,
        Continent continent,
        Boolean beltAndRoad,
        PartnerType type,
        String q,
        boolean includeArchived) {}
