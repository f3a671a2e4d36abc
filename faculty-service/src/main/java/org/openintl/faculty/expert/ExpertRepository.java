package org.openintl.faculty.expert;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/**
 * Experts in MongoDB: writes go through the {@link AggregateStore} (state, version and outbox in one update), queries
 * are translated from {@link ExpertFilter} here so that no other class knows the document layout.
 */
@Repository
public class ExpertRepository {

    private static final String S = "state.";
    private static final String P = "state.profile.";
    private static final List<String> UNDER_CONTRACT =
            List.of(ExpertStatus.CONTRACTED.name(), ExpertStatus.IN_SERVICE.name(), ExpertStatus.ON_LEAVE.name());

    private final AggregateStore<Expert> store;
    private final MongoCollection<BsonDocument> documents;

    ExpertRepository(AggregateStore<Expert> store) {
        this.store = store;
        this.documents = store.documents();
        documents.createIndex(Indexes.ascending(S + "status"));
        documents.createIndex(Indexes.ascending(S + "nextWarningOn"));
        documents.createIndex(Indexes.ascending(S + "talentId"));
        documents.createIndex(Indexes.ascending(P + "name"));
    }

    public Versioned<Expert> create(UUID id, Change<Expert> change, String fingerprint) {
        return store.create(id, change, fingerprint);
    }

    /** Reads, applies the command and writes with the version guard; an unchanged outcome writes nothing. */
    public Versioned<Expert> modify(UUID id, Long ifMatch, Function<Versioned<Expert>, Change<Expert>> command) {
        return store.modify(id, ifMatch, command);
    }

    public Versioned<Expert> get(UUID id) {
        return store.get(id);
    }

    public java.util.Optional<Versioned<Expert>> find(UUID id) {
        return store.find(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return store.changes(id);
    }

    public PageResult<Versioned<Expert>> page(ExpertFilter filter, PageRequest page) {
        var found = store.findWithTotal(query(filter), Sorts.ascending(P + "name", "_id"), page.skip(), page.size());
        return PageResult.of(found.items(), page, found.total());
    }

    /** Every matching expert in no particular order (statistics, metrics), a batch at a time. */
    public void forEach(ExpertFilter filter, Consumer<Expert> consumer) {
        store.forEach(query(filter), null, v -> consumer.accept(v.state()));
    }

    /** Experts under contract with a deadline due on or before {@code limit}. */
    public void forEachWithDeadlinesUntil(LocalDate limit, Consumer<Expert> consumer) {
        store.forEach(
                and(in(S + "status", UNDER_CONTRACT), elemMatch(S + "deadlines", lte("dueDate", limit))),
                Sorts.ascending("_id"),
                v -> consumer.accept(v.state()));
    }

    /** Experts whose next warning is due by {@code today}: what the scan looks at. */
    public List<UUID> idsDueForWarning(LocalDate today) {
        return store.ids(lte(S + "nextWarningOn", today));
    }

    /** Experts with a value sealed by another key than the active one. */
    public List<UUID> idsSealedWithOtherKeyThan(String keyId) {
        return store.ids(or(
                ne(S + "personal.keyId", keyId),
                elemMatch(S + "documents", and(Filters.exists("number"), ne("number.keyId", keyId)))));
    }

    static Bson query(ExpertFilter f) {
        List<Bson> clauses = new ArrayList<>();
        if (!f.status().isEmpty()) {
            clauses.add(in(S + "status", f.status().stream().map(Enum::name).toList()));
        }
        if (f.nationality() != null) {
            clauses.add(eq(S + "nationality", f.nationality()));
        }
        if (f.continent() != null) {
            clauses.add(eq(S + "continent", f.continent().name()));
        }
        if (f.permitCategory() != null) {
            clauses.add(eq(P + "permitCategory", f.permitCategory().name()));
        }
        if (f.college() != null) {
            clauses.add(eq(P + "college", f.college()));
        }
        if (f.position() != null) {
            clauses.add(eq(P + "position", f.position().name()));
        }
        if (f.name() != null) {
            String pattern = literal(f.name());
            clauses.add(or(regex(P + "name", pattern, "i"), regex(P + "chineseName", pattern, "i")));
        }
        return clauses.isEmpty() ? Filters.empty() : and(clauses);
    }

    /** Escapes every regular-expression metacharacter, so a name search is a plain substring search. */
    static String literal(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
