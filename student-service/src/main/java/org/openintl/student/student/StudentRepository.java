package org.openintl.student.student;

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
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.SortedIds;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/**
 * Students in MongoDB: writes go through the {@link AggregateStore} (state, version and outbox in one update),
 * queries are translated from {@link StudentFilter} here so that no other class knows the document layout.
 */
@Repository
public class StudentRepository {

    private static final String S = "state.";
    private static final String P = "state.profile.";
    private static final List<StudentStatus> CURRENT =
            List.of(StudentStatus.APPLIED, StudentStatus.ADMITTED, StudentStatus.ENROLLED, StudentStatus.SUSPENDED);

    /** Students read per round trip when going through many. */
    static final int BATCH = 500;

    private final AggregateStore<Student> store;
    private final MongoCollection<BsonDocument> documents;
    private final Codec<Student> codec;

    StudentRepository(AggregateStore<Student> store) {
        this.store = store;
        this.documents = store.documents();
        this.codec = documents.getCodecRegistry().get(Student.class);
        documents.createIndex(Indexes.ascending(S + "status"));
        documents.createIndex(Indexes.ascending(S + "nationality"));
        documents.createIndex(Indexes.ascending(P + "partnershipId"));
        documents.createIndex(Indexes.ascending(S + "nextWarningOn"));
        documents.createIndex(Indexes.ascending(P + "familyName"));
    }

    public Versioned<Student> create(UUID id, Change<Student> change, String fingerprint) {
        return store.create(id, change, fingerprint);
    }

    /** Reads, applies the command and writes with the version guard; an unchanged outcome writes nothing. */
    /**
     * Inserts the students whose ids do not exist yet, in one command (two rows of one import with the same natural
     * key, or rows processed again after a restart, leave the student there as it is); answers the ids inserted.
     */
    public Set<UUID> createAllUnlessPresent(List<AggregateStore.New<Student>> students) {
        return store.createAll(students);
    }

    /** Which of these ids are students already, in one round trip. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(store.ids(in("_id", ids)));
    }

    public Optional<Versioned<Student>> find(UUID id) {
        return store.find(id);
    }

    public Versioned<Student> modify(UUID id, Long ifMatch, Function<Versioned<Student>, Change<Student>> command) {
        return store.modify(id, ifMatch, command);
    }

    public Versioned<Student> get(UUID id) {
        return store.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return store.changes(id);
    }

    public PageResult<Versioned<Student>> page(StudentFilter filter, PageRequest page) {
        // one pass for the page and its total: the embedded server reads every student for each query
        var found = store.findWithTotal(query(filter), defaultSort(), page.skip(), page.size());
        return PageResult.of(found.items(), page, found.total());
    }

    public long count(StudentFilter filter) {
        return store.count(query(filter));
    }

    /**
     * Every matching student in list order (the export), a batch at a time: the server sorts only the sort keys and
     * holds only their ids, the students are read {@value #BATCH} at a time by id.
     */
    public void forEach(StudentFilter filter, Consumer<Student> consumer) {
        List<BsonValue> batch = new ArrayList<>(BATCH);
        SortedIds.all(documents, query(filter), defaultSort(), id -> {
            batch.add(id);
            if (batch.size() == BATCH) {
                readInOrder(batch, consumer);
                batch.clear();
            }
        });
        readInOrder(batch, consumer);
    }

    /** Every matching student in no particular order (statistics, metrics), a batch at a time. */
    public void forEachInAnyOrder(StudentFilter filter, Consumer<Student> consumer) {
        inBatches(query(filter), consumer);
    }

    /** Current students with a deadline due on or before {@code limit}, a batch at a time. */
    public void forEachWithDeadlinesUntil(LocalDate limit, Consumer<Student> consumer) {
        inBatches(and(in(S + "status", names(CURRENT)), elemMatch(S + "deadlines", lte("dueDate", limit))), consumer);
    }

    /**
     * The ids of the matches first (a find without a sort and with a projection holds only the projected ids in the
     * server's cursor), then the students by id, {@value #BATCH} at a time.
     */
    private void inBatches(Bson filter, Consumer<Student> consumer) {
        List<BsonValue> ids = new ArrayList<>();
        documents.find(filter).projection(Projections.include("_id")).forEach(d -> ids.add(d.get("_id")));
        for (int from = 0; from < ids.size(); from += BATCH) {
            readInOrder(ids.subList(from, Math.min(ids.size(), from + BATCH)), consumer);
        }
    }

    private void readInOrder(List<BsonValue> ids, Consumer<Student> consumer) {
        if (ids.isEmpty()) {
            return;
        }
        Map<BsonValue, BsonDocument> byId = new HashMap<>();
        documents.find(in("_id", ids)).projection(Projections.include("state")).forEach(d -> byId.put(d.get("_id"), d));
        for (BsonValue id : ids) {
            BsonDocument d = byId.get(id);
            if (d != null) { // deleted meanwhile
                consumer.accept(decode(d));
            }
        }
    }

    /** Students whose next warning is due by {@code today}: what the scan looks at. */
    public List<UUID> idsDueForWarning(LocalDate today) {
        return ids(lte(S + "nextWarningOn", today));
    }

    /** Current students tied to a partnership, flagged at risk or not. */
    public List<UUID> idsDependingOn(UUID partnershipId, boolean programAtRisk) {
        return ids(and(
                eq(P + "partnershipId", partnershipId),
                in(S + "status", names(CURRENT)),
                eq(S + "programAtRisk", programAtRisk)));
    }

    /** Students with a value sealed by another key than the active one. */
    public List<UUID> idsSealedWithOtherKeyThan(String keyId) {
        return ids(or(
                ne(S + "personal.keyId", keyId),
                // students registered before the blind index existed get it when re-sealed
                eq(S + "passportKey", null),
                elemMatch(S + "documents", and(Filters.exists("number"), ne("number.keyId", keyId)))));
    }

    private List<UUID> ids(Bson filter) {
        List<UUID> ids = new ArrayList<>();
        documents
                .find(filter)
                .projection(Projections.include("_id"))
                .forEach(d -> ids.add(d.getBinary("_id").asUuid()));
        return ids;
    }

    static Bson query(StudentFilter f) {
        List<Bson> clauses = new ArrayList<>();
        if (!f.status().isEmpty()) {
            clauses.add(in(S + "status", names(f.status())));
        }
        if (f.nationality() != null) {
            clauses.add(eq(S + "nationality", f.nationality()));
        }
        if (f.continent() != null) {
            clauses.add(eq(S + "continent", f.continent().name()));
        }
        if (f.category() != null) {
            clauses.add(eq(P + "category", f.category().name()));
        }
        if (f.college() != null) {
            clauses.add(eq(P + "college", f.college()));
        }
        if (f.funding() != null) {
            clauses.add(eq(P + "funding.type", f.funding().name()));
        }
        if (f.counselor() != null) {
            clauses.add(eq(P + "counselor", f.counselor()));
        }
        if (f.partnershipId() != null) {
            clauses.add(eq(P + "partnershipId", f.partnershipId()));
        }
        if (f.name() != null) {
            String pattern = literal(f.name());
            clauses.add(or(
                    regex(P + "familyName", pattern, "i"),
                    regex(P + "givenName", pattern, "i"),
                    regex(P + "chineseName", pattern, "i")));
        }
        return clauses.isEmpty() ? Filters.empty() : and(clauses);
    }

    private static Bson defaultSort() {
        return Sorts.ascending(P + "familyName", P + "givenName", "_id");
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

    private static List<String> names(List<StudentStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private Student decode(BsonDocument document) {
        return codec.decode(
                new BsonDocumentReader(document.getDocument("state")),
                DecoderContext.builder().build());
    }
}
