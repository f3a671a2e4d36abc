package org.openintl.partnership.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Registers, changes, finds and archives partners. */
@Service
public class PartnerService {

    /** Scope of the ids derived from {@code Idempotency-Key}s. */
    static final String IDEMPOTENCY_SCOPE = "partners";

    private final PartnerRepository partners;
    private final PartnerReferences references;
    private final JsonMapper json;
    private final Countries countries = Countries.load();

    PartnerService(PartnerRepository partners, PartnerReferences references, JsonMapper json) {
        this.partners = partners;
        this.references = references;
        this.json = json;
    }

    /** Registers a partner; with an {@code Idempotency-Key} a retried request returns the first result. */
    public Versioned<Partner> register(PartnerRequest request, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        Country country = countries.require("country", request.country());
        var change = request.registeredArchived()
                ? Partner.migrate(id, request, country)
                : Partner.register(id, request, country);
        return partners.create(
                id, change, IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(request)));
    }

    public Versioned<Partner> get(UUID id) {
        return partners.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return partners.changes(id);
    }

    public Versioned<Partner> update(UUID id, long ifMatch, PartnerRequest request) {
        if (request.archived() != null) {
            throw new InvalidInputException(
                    "archived", "archived is given only when registering; archive a partner with DELETE");
        }
        return partners.modify(
                id,
                ifMatch,
                current -> current.state().revise(request, countries.require("country", request.country())));
    }

    /** Archives a partner no partnership refers to; the record stays (nothing is hard-deleted). */
    public Versioned<Partner> archive(UUID id, Long ifMatch) {
        long referring = references.partnershipsReferring(id);
        if (referring > 0) {
            throw new ConflictException(
                    "Partner " + id + " is referred to by " + referring + " partnership(s) and cannot be removed");
        }
        return partners.modify(id, ifMatch, current -> current.state().archive());
    }

    public PageResult<Versioned<Partner>> list(PartnerFilter filter, PageRequest page) {
        return partners.page(filter, page);
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
        return partners.findAll(ids);
    }

    /** Ids of partners matching a country or a name fragment, for the partnership list's filters. */
    public List<UUID> idsMatching(String country, String nameFragment) {
        return partners.idsMatching(country, nameFragment);
    }
}
