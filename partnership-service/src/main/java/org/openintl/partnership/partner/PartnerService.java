package org.openintl.partnership.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.DomainException;
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

    /** Scope of the ids derived from imported partners' natural keys. */
    static final String NATURAL_KEY_SCOPE = "partner-natural-key";

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

    /** What importing a row did: created, matched (neither created nor refused), or refused with the reason. */
    public record ImportedPartner(boolean created, DomainException refusal) {}

    /**
     * Brings partners in as they are (migrated events), each unless one with the same natural key exists: a name (in
     * any language) in the same country, stored before or in an earlier row of {@code requests}. A new partner's id
     * is derived from the key, so two rows of the same partner (also in parallel, also after a restart) create it
     * once. The new partners are stored in one command: on the embedded database a command costs a commit, so a
     * batch is many times faster than its rows one by one (docs/performance.md).
     */
    public List<ImportedPartner> importPartners(List<PartnerRequest> requests) {
        ImportedPartner[] answers = new ImportedPartner[requests.size()];
        Set<String> namesInBatch = new HashSet<>();
        Map<UUID, Integer> creatingRow = new LinkedHashMap<>();
        List<AggregateStore.New<Partner>> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            PartnerRequest request = requests.get(i);
            try {
                Country country = countries.require("country", request.country());
                List<String> keys =
                        names(request).stream().map(n -> nameKey(country, n)).toList();
                if (keys.stream().anyMatch(namesInBatch::contains)
                        || partners.findByName(country.code(), names(request)).isPresent()) {
                    answers[i] = new ImportedPartner(false, null);
                    continue;
                }
                UUID id = IdempotencyKeys.aggregateId(NATURAL_KEY_SCOPE, naturalKey(country, request));
                if (creatingRow.containsKey(id)) { // its first name is an earlier row's: kept in namesInBatch too
                    answers[i] = new ImportedPartner(false, null);
                    continue;
                }
                created.add(new AggregateStore.New<>(id, Partner.migrate(id, request, country)));
                creatingRow.put(id, i);
                namesInBatch.addAll(keys);
            } catch (DomainException e) {
                answers[i] = new ImportedPartner(false, e);
            }
        }
        Set<UUID> inserted = partners.createAllUnlessPresent(created);
        // not inserted: a partner with the id was there already (a replay, or another batch created it meanwhile)
        creatingRow.forEach((id, i) -> answers[i] = new ImportedPartner(inserted.contains(id), null));
        return List.of(answers);
    }

    /** Checks a partner as {@link #importPartners} would, storing nothing: true when it would be matched. */
    public boolean checkImport(PartnerRequest request) {
        Country country = countries.require("country", request.country());
        if (partners.findByName(country.code(), names(request)).isPresent()) {
            return true;
        }
        Partner.migrate(UUID.randomUUID(), request, country);
        return false;
    }

    /** The partner named {@code name} (any language) in {@code country}, archived ones included. */
    public Optional<Partner> findByName(String country, String name) {
        return partners.findByName(country, List.of(name)).map(Versioned::state);
    }

    /** Every partner matching the filter, for exports. */
    public List<Versioned<Partner>> all(PartnerFilter filter) {
        return partners.all(filter);
    }

    private static List<String> names(PartnerRequest r) {
        return java.util.stream.Stream.of(r.name().zh(), r.name().en(), r.name().ko())
                .filter(n -> n != null && !n.isBlank())
                .toList();
    }

    /** A name as the natural key compares it: stripped, case folded, in its country. */
    private static String nameKey(Country country, String name) {
        return country.code() + ":" + name.strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String naturalKey(Country country, PartnerRequest r) {
        return country.code() + ":" + names(r).get(0).strip().toLowerCase(java.util.Locale.ROOT);
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
