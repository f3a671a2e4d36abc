package org.openintl.partnership.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Country;
import org.openintl.platform.domain.MultilingualText;

/**
 * A partner institution. Continent and Belt-and-Road membership are derived from the country when it is set, so they
 * always agree with the shipped country list of that moment. Every command returns the {@link Change} with the events
 * it causes.
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

    /** A new partner, announced as registered. */
    public static Change<Partner> register(UUID id, PartnerRequest request, Country country) {
        Partner partner = of(id, request, country, false);
        return Change.of(partner, new PendingEvent(PartnerEvent.REGISTERED, PartnerEvent.of(partner)));
    }

    /**
     * A partner brought in as it already is (imported, or registered archived): the same events as a live registration
     * (and archiving), marked migrated so that subscribers do not take them for news.
     */
    public static Change<Partner> migrate(UUID id, PartnerRequest request, Country country) {
        Partner partner = of(id, request, country, false);
        List<PendingEvent> events = new ArrayList<>();
        events.add(PendingEvent.migrated(PartnerEvent.REGISTERED, PartnerEvent.of(partner)));
        if (request.registeredArchived()) {
            partner = partner.withArchived();
            events.add(PendingEvent.migrated(PartnerEvent.ARCHIVED, PartnerEvent.of(partner)));
        }
        return new Change<>(partner, events);
    }

    /** Replaces what the office edits; the archived flag stays. */
    public Change<Partner> revise(PartnerRequest request, Country country) {
        Partner next = of(id, request, country, archived);
        return Change.of(next, new PendingEvent(PartnerEvent.UPDATED, PartnerEvent.of(next)));
    }

    /** Archives the partner (the record stays); no change when it is archived already. */
    public Change<Partner> archive() {
        if (archived) {
            return Change.unchanged(this);
        }
        Partner next = withArchived();
        return Change.of(next, new PendingEvent(PartnerEvent.ARCHIVED, PartnerEvent.of(next)));
    }

    private Partner withArchived() {
        return new Partner(
                id, name, originalName, country, continent, beltAndRoad, city, type, website, contacts, true);
    }

    private static Partner of(UUID id, PartnerRequest r, Country country, boolean archived) {
        return new Partner(
                id,
                r.name(),
                blankToNull(r.originalName()),
                country.code(),
                country.continent(),
                country.beltAndRoad(),
                blankToNull(r.city()),
                r.type(),
                blankToNull(r.website()),
                r.contacts(),
                archived);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
