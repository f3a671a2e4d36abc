package org.openintl.partnership.partner;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;

/** Registers, changes, finds and archives partners. */
public class PartnerService {

    private final AggregateStore<Partner> partners;
    private final Countries countries;
    private final PartnerReferences references;

    public PartnerService(AggregateStore<Partner> partners, Countries countries, PartnerReferences references) {
        this.partners = partners;
        this.countries = countries;
        this.references = references;
    }

    public Versioned<Partner> register(PartnerRequest request, String idempotencyKey, String requestJson) {
        UUID id = IdempotencyKeys.aggregateId("partners", idempotencyKey);
        Partner partner = toPartner(id, request, false);
        return partners.create(
                id,
                Change.of(partner, new PendingEvent(PartnerEvent.REGISTERED, PartnerEvent.of(partner))),
                IdempotencyKeys.fingerprint(idempotencyKey, requestJson));
    }

    public Versioned<Partner> get(UUID id) {
        return partners.get(id);
    }

    public Versioned<Partner> update(UUID id, long ifMatch, PartnerRequest request) {
        return partners.modify(id, ifMatch, current -> {
            Partner next = toPartner(id, request, current.state().archived());
            return Change.of(next, new PendingEvent(PartnerEvent.UPDATED, PartnerEvent.of(next)));
        });
    }

    /** Archives a partner no partnership refers to; the record stays (nothing is hard-deleted). */
    public Versioned<Partner> archive(UUID id, Long ifMatch) {
        long referring = references.partnershipsReferring(id);
        if (referring > 0) {
            throw new ConflictException(
                    "Partner " + id + " is referred to by " + referring + " partnership(s) and cannot be removed");
        }
        return partners.modify(id, ifMatch, current -> {
            if (current.state().archived()) {
                return null;
            }
            Partner next = current.state().archive();
            return Change.of(next, new PendingEvent(PartnerEvent.ARCHIVED, PartnerEvent.of(next)));
        });
    }

    public PageResult<Versioned<Partner>> list(PartnerFilter filter, PageRequest page) {
        Bson query = query(filter);
        var items = partners.find(query, Sorts.ascending("state.name.en", "state.name.zh"), page.skip(), page.size());
        return PageResult.of(items, page, partners.count(query));
    }

    /** The partners with these ids, or a 422 naming the first unknown (or archived) one. */
    public Map<UUID, Partner> requireAll(String field, Collection<UUID> ids) {
        Map<UUID, Partner> found = findAll(ids);
        for (UUID id : ids) {
            Partner p = found.get(id);
            if (p == null || p.archived()) {
                throw new UnknownReferenceException(field, "partner " + id + " does not exist");
            }
        }
        return found;
    }

    public Map<UUID, Partner> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return partners.find(in("_id", ids), null, 0, ids.size()).stream()
                .map(Versioned::state)
                .collect(Collectors.toMap(Partner::id, Function.identity()));
    }

    /** Ids of partners matching a country or a name fragment, for the partnership list's filters. */
    public List<UUID> idsMatching(String country, String nameFragment) {
        List<Bson> conditions = new ArrayList<>();
        if (country != null) {
            conditions.add(eq("state.country", country.toUpperCase()));
        }
        if (nameFragment != null) {
            conditions.add(nameMatches(nameFragment));
        }
        return partners.find(conditions.isEmpty() ? Filters.empty() : and(conditions), null, 0, 10_000).stream()
                .map(Versioned::id)
                .toList();
    }

    private Partner toPartner(UUID id, PartnerRequest r, boolean archived) {
        Country country = countries.require("country", r.country());
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

    private static Bson query(PartnerFilter f) {
        List<Bson> conditions = new ArrayList<>();
        if (!f.includeArchived()) {
            conditions.add(eq("state.archived", false));
        }
        if (f.country() != null) {
            conditions.add(eq("state.country", f.country().toUpperCase()));
        }
        if (f.continent() != null) {
            conditions.add(eq("state.continent", f.continent().name()));
        }
        if (f.beltAndRoad() != null) {
            conditions.add(eq("state.beltAndRoad", f.beltAndRoad()));
        }
        if (f.type() != null) {
            conditions.add(eq("state.type", f.type().name()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            conditions.add(nameMatches(f.q()));
        }
        return conditions.isEmpty() ? Filters.empty() : and(conditions);
    }

    static Bson nameMatches(String fragment) {
        String pattern = Pattern.quote(fragment.strip());
        return or(
                regex("state.name.zh", pattern, "i"),
                regex("state.name.en", pattern, "i"),
                regex("state.name.ko", pattern, "i"),
                regex("state.originalName", pattern, "i"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
