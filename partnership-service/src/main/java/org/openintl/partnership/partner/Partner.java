package org.openintl.partnership.partner;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.platform.domain.MultilingualText;

/**
 * A partner institution. Continent and Belt-and-Road membership are derived from the country when it is set, so they
 * always agree with the shipped country list of that moment.
 */
public record Partner(
        UUID id,
        MultilingualText name,
        String originalName,
        String country,
        Continent continent,
        boolean beltAndRoad,
        String city,
        PartnerType type,
        String website,
        List<Contact> contacts,
        boolean archived) {

    public Partner {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public Partner archive() {
        return new Partner(
                id, name, originalName, country, continent, beltAndRoad, city, type, website, contacts, true);
    }
}
