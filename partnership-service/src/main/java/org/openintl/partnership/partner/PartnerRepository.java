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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/**
 * Partners in MongoDB (collection {@code partners}): writes go through the {@link AggregateStore} (state, version and
 * outbox in one update); {@link PartnerFilter} is translated into a query here, so no other class knows the document
 * layout.
 */
@Repository
public class PartnerRepository {

    private static final String S = "state.";

    private final AggregateStore<Partner> store;

    PartnerRepository(AggregateStore<Partner> store) {
        this.store = store;
    }

    public Versioned<Partner> create(UUID id, Change<Partner> change, String fingerprint) {
        return store.create(id, change, fingerprint);
    }

    /** Reads, applies the command and writes with the version guard; an unchanged outcome writes nothing. */
    public Versioned<Partner> modify(UUID id, Long ifMatch, Function<Versioned<Partner>, Change<Partner>> command) {
        return store.modify(id, ifMatch, command);
    }

    /** Inserts the partners whose ids do not exist yet, in one command; answers the ids inserted. */
    public Set<UUID> createAllUnlessPresent(List<AggregateStore.New<Partner>> partners) {
        return store.createAll(partners);
    }

    /**
     * The partner in {@code country} (archived ones included) one of whose names (zh, en, ko, original) equals one of
     * {@code names}, ignoring case: the natural key of imports.
     */
    public Optional<Versioned<Partner>> findByName(String country, Collection<String> names) {
        List<Bson> equal = new ArrayList<>();
        for (String name : names) {
            String pattern = "^" + Pattern.quote(name.strip()) + "$";
            for (String field : List.of("name.zh", "name.en", "name.ko", "originalName")) {
                equal.add(regex(S + field, pattern, "i"));
            }
        }
        if (equal.isEmpty()) {
            return Optional.empty();
        }
        return store.find(and(eq(S + "country", country), or(equal)), Sorts.ascending("createdAt"), 0, 1).stream()
                .findFirst();
    }

    /** Every partner, archived ones included, in name order, for exports (hundreds, not millions). */
    public List<Versioned<Partner>> all(PartnerFilter filter) {
        return store.find(query(filter), Sorts.ascending(S + "name.en", S + "name.zh"), 0, Integer.MAX_VALUE);
    }

    public Versioned<Partner> get(UUID id) {
        return store.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return store.changes(id);
    }

    public PageResult<Versioned<Partner>> page(PartnerFilter filter, PageRequest page) {
        // one pass for the page and its total (docs/embedded-database.md: each pass reads the index rows or documents)
        var found = store.findWithTotal(
                query(filter), Sorts.ascending(S + "name.en", S + "name.zh"), page.skip(), page.size());
        return PageResult.of(found.items(), page, found.total());
    }

    public Map<UUID, Partner> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.find(in("_id", ids), null, 0, ids.size()).stream()
                .map(Versioned::state)
                .collect(Collectors.toMap(Partner::id, Function.identity()));
    }

    /** Ids of partners matching a country or a name fragment, for the partnership list's filters. */
    public List<UUID> idsMatching(String country, String nameFragment) {
        List<Bson> conditions = new ArrayList<>();
        if (country != null) {
            conditions.add(eq(S + "country", country.toUpperCase()));
        }
        if (nameFragment != null) {
            conditions.add(nameMatches(nameFragment));
        }
        return store.find(conditions.isEmpty() ? Filters.empty() : and(conditions), null, 0, 10_000).stream()
                .map(Versioned::id)
                .toList();
    }

    private static Bson query(PartnerFilter f) {
        List<Bson> conditions = new ArrayList<>();
        if (!f.includeArchived()) {
            conditions.add(eq(S + "archived", false));
        }
        if (f.country() != null) {
            conditions.add(eq(S + "country", f.country().toUpperCase()));
        }
        if (f.continent() != null) {
            conditions.add(eq(S + "continent", f.continent().name()));
        }
        if (f.beltAndRoad() != null) {
            conditions.add(eq(S + "beltAndRoad", f.beltAndRoad()));
        }
        if (f.type() != null) {
            conditions.add(eq(S + "type", f.type().name()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            conditions.add(nameMatches(f.q()));
        }
        return conditions.isEmpty() ? Filters.empty() : and(conditions);
    }

    private static Bson nameMatches(String fragment) {
        String pattern = Pattern.quote(fragment.strip());
        return or(
                regex(S + "name.zh", pattern, "i"),
                regex(S + "name.en", pattern, "i"),
                regex(S + "name.ko", pattern, "i"),
                regex(S + "originalName", pattern, "i"));
    }
}
