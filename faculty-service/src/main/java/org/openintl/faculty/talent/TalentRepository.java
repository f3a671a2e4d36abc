package org.openintl.faculty.talent;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/** Talent records in MongoDB; the only class that knows their document layout. */
@Repository
public class TalentRepository {

    private static final String S = "state.";
    private static final String P = "state.profile.";

    private final AggregateStore<Talent> store;

    TalentRepository(AggregateStore<Talent> store) {
        this.store = store;
        store.documents().createIndex(Indexes.ascending(S + "stage"));
        store.documents().createIndex(Indexes.ascending(P + "name"));
    }

    public Versioned<Talent> create(UUID id, Change<Talent> change, String fingerprint) {
        return store.create(id, change, fingerprint);
    }

    public Versioned<Talent> modify(UUID id, Long ifMatch, Function<Versioned<Talent>, Change<Talent>> command) {
        return store.modify(id, ifMatch, command);
    }

    public Versioned<Talent> get(UUID id) {
        return store.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return store.changes(id);
    }

    public PageResult<Versioned<Talent>> page(TalentFilter filter, PageRequest page) {
        var found = store.findWithTotal(query(filter), Sorts.ascending(P + "name", "_id"), page.skip(), page.size());
        return PageResult.of(found.items(), page, found.total());
    }

    public void forEach(TalentFilter filter, Consumer<Talent> consumer) {
        store.forEach(query(filter), null, v -> consumer.accept(v.state()));
    }

    public List<UUID> idsSealedWithOtherKeyThan(String keyId) {
        return store.ids(ne(S + "personal.keyId", keyId));
    }

    static Bson query(TalentFilter f) {
        List<Bson> clauses = new ArrayList<>();
        if (!f.stage().isEmpty()) {
            clauses.add(in(S + "stage", f.stage().stream().map(Enum::name).toList()));
        }
        if (f.nationality() != null) {
            clauses.add(eq(S + "nationality", f.nationality()));
        }
        if (f.program() != null) {
            clauses.add(eq(P + "program", f.program()));
        }
        if (f.college() != null) {
            clauses.add(eq(P + "college", f.college()));
        }
        if (f.field() != null) {
            clauses.add(eq(P + "field", f.field()));
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
