package org.openintl.partnership.partner;

import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.platform.domain.MultilingualText;

/** Payload of {@code intl.partner.*.v1}: the public facts about a partner (contacts are personal and stay here). */
public record PartnerEvent(
        UUID id,
        MultilingualText name,
        String originalName,
        String country,
        Continent continent,
        boolean beltAndRoad,
        String city,
        PartnerType type,
        String website,
        boolean archived) {

    public static final String REGISTERED = "intl.partner.registered.v1";
    public static final String UPDATED = "intl.partner.updated.v1";
    public static final String ARCHIVED = "intl.partner.archived.v1";

    static PartnerEvent of(Partner p) {
        return new PartnerEvent(
                p.id(),
                p.name(),
                p.originalName(),
                p.country(),
                p.continent(),
                p.beltAndRoad(),
                p.city(),
                p.type(),
                p.website(),
                p.archived());
    }
}
