package org.openintl.platform.aggregate;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.openintl.platform.accountability.Actor;
import org.openintl.platform.domain.NotFoundException;
import org.openintl.platform.domain.StaleVersionException;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.tracing.TraceContext;

/**
 * Stores one kind of aggregate, one document each: {@code {_id, version, state, outbox}}. Every write
 * is a single-document update guarded by the expected version, which sets the new state, increments the version and
 * appends the change's events to the outbox in one atomic step (ADR 0001), so that a state change can never be
 * stored without its events or the other way round. Works the same on MongoDB and on the MongoDB-wire test server
 * because it needs no transactions.
 */
public final class AggregateStore<T> implements PendingEvents {

    /** Lists and reads leave out what only the relay and the change log need. */
    private static final BsonDocument WITHOUT_LOGS =
            new BsonDocument("outbox", new BsonInt32(0)).append("changes", new BsonInt32(0));

    private static final int MAX_RETRIES = 5;

    /** The relay's claim on a document with events: {@code {owner, until}} (ADR 0573). */
    private static final String RELAY = "relay";

    /** Aggregates read per round trip when going through many. */
    public static final int BATCH = 500;

    private final String kind;
    private final MongoCollection<BsonDocument> documents;
    private final Codec<T> stateCodec;
    private final Codec<OutboxEntry> entryCodec;
    private final EventChannel channel;
    private final Function<Object, String> json;
    private final PendingEventsSignal wakeup;
    private final Clock clock;

    public AggregateStore(
            String kind,
            MongoDatabase database,
            String collection,
            Class<T> stateType,
            EventChannel channel,
            Function<Object, String> json,
            PendingEventsSignal wakeup,
            Clock clock) {
        this.kind = kind;
        this.documents = database.getCollection(collection, BsonDocument.class);
        this.stateCodec = documents.getCodecRegistry().get(stateType);
        this.entryCodec = documents.getCodecRegistry().get(OutboxEntry.class);
        this.channel = channel;
        this.json = json;
        this.wakeup = wakeup;
        this.clock = clock;
        // the version guard {_id, version} of every write: real MongoDB would use the _id index anyway, but the
        // MongoDB-wire test server only uses an index whose keys are exactly those of the filter
        documents.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        // finds documents with events waiting; sparse, so only those are in it
        documents.createIndex(Indexes.ascending("outbox.id"), new IndexOptions().sparse(true));
        documents.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().sparse(true));
    }

    @Override
    public EventChannel channel() {
        return channel;
    }

    /**
     * The raw collection, for what the methods here do not cover (aggregation pipelines of statistics, indexes on
     * {@code state.*} fields). Only a service's {@code *Repository} uses it.
     */
    public MongoCollection<BsonDocument> documents() {
        return documents;
    }

    /**
     * Inserts a new aggregate at version {@code max(1, events)}. When {@code fingerprint} is given (an idempotent
     * create whose id was derived from the client's key) and the id exists already with the same fingerprint, the
     * stored aggregate is returned instead; with another fingerprint the key was reused for a different request.
     */
    public Versioned<T> create(UUID id, Change<T> change, String fingerprint) {
        BsonDocument doc = newDocument(id, change, clock.instant());
        long version = doc.getInt64("version").getValue();
        if (fingerprint != null) {
            doc.append("fingerprint", new BsonString(fingerprint));
        }
        try {
            documents.insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || fingerprint == null) {
                throw e;
            }
            BsonDocument existing = documents.find(eq("_id", id)).first();
            String stored = existing != null && existing.isString("fingerprint")
                    ? existing.getString("fingerprint").getValue()
                    : null;
            if (!fingerprint.equals(stored)) {
                throw new IdempotencyKeyReusedException();
            }
            return decode(existing);
        }
        if (!change.events().isEmpty()) {
            wakeup.signal(this, id);
        }
        return new Versioned<>(id, change.state(), version);
    }

    /** A new aggregate for {@link #createAll}: its id and its first change. */
    public record New<T>(UUID id, Change<T> change) {}

    /**
     * Inserts new aggregates in one command, as {@link #create} without a fingerprint would one after the other,
     * except that an id that exists already is left as it is (a duplicate key is not an error here). One command
     * costs the database one commit instead of one per aggregate, which is what makes imports fast on the embedded
     * server (docs/embedded-database.md).
     *
     * @return the ids that were inserted
     */
    public Set<UUID> createAll(List<New<T>> aggregates) {
        if (aggregates.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        List<BsonDocument> docs = new ArrayList<>(aggregates.size());
        aggregates.forEach(a -> docs.add(newDocument(a.id(), a.change(), now)));
        Set<Integer> duplicates = BulkInsert.skippingDuplicateKeys(documents, docs);
        Set<UUID> inserted = new LinkedHashSet<>();
        for (int i = 0; i < aggregates.size(); i++) {
            New<T> a = aggregates.get(i);
            if (!duplicates.contains(i)) {
                inserted.add(a.id());
                if (!a.change().events().isEmpty()) {
                    wakeup.signal(this, a.id());
                }
            }
        }
        return inserted;
    }

    /** The document of a new aggregate at version {@code max(1, events)}, its events in the outbox. */
    private BsonDocument newDocument(UUID id, Change<T> change, Instant now) {
        long version = Math.max(1, change.events().size());
        return new BsonDocument("_id", uuid(id))
                .append("version", new BsonInt64(version))
                .append("state", encode(change.state()))
                .append("outbox", new BsonArray(entries(0, change.events())))
                .append("changes", new BsonArray(List.of(changeRecord(version, now, change))))
                .append("createdAt", new BsonDateTime(now.toEpochMilli()))
                .append("updatedAt", new BsonDateTime(now.toEpochMilli()));
    }

    public Versioned<T> create(UUID id, Change<T> change) {
        return create(id, change, null);
    }

    public Optional<Versioned<T>> find(UUID id) {
        return Optional.ofNullable(documents
                        .find(eq("_id", id))
                        .projection(new BsonDocument("changes", new BsonInt32(0)))
                        .first())
                .map(this::decode);
    }

    public Versioned<T> get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    /**
     * Replaces the state of version {@code expectedVersion} and appends the events; fails with
     * {@link StaleVersionException} when someone else wrote first.
     */
    public Versioned<T> update(UUID id, long expectedVersion, Change<T> change) {
        List<BsonDocument> entries = entries(expectedVersion, change.events());
        long increment = Math.max(1, change.events().size());
        Instant now = clock.instant();
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("state", encode(change.state())),
                Updates.inc("version", increment),
                Updates.set("updatedAt", now),
                Updates.push("changes", changeRecord(expectedVersion + increment, now, change))));
        if (!entries.isEmpty()) {
            updates.add(Updates.pushEach("outbox", entries));
        }
        var result = documents.updateOne(and(eq("_id", id), eq("version", expectedVersion)), Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new StaleVersionException(expectedVersion, get(id).version());
        }
        if (!entries.isEmpty()) {
            wakeup.signal(this, id);
        }
        return new Versioned<>(id, change.state(), expectedVersion + increment);
    }

    /**
     * Reads, applies {@code command} and writes. With {@code ifMatch} (the client's ETag) a concurrent change is the
     * client's conflict (412); without it the command is simply re-applied to the newer state. A command returning
     * {@link Change#unchanged} (or {@code null}) writes nothing.
     */
    public Versioned<T> modify(UUID id, Long ifMatch, Function<Versioned<T>, Change<T>> command) {
        for (int attempt = 0; ; attempt++) {
            Versioned<T> current = get(id);
            if (ifMatch != null && ifMatch != current.version()) {
                throw new StaleVersionException(ifMatch, current.version());
            }
            Change<T> change = command.apply(current);
            if (change == null || !change.changed()) {
                return current;
            }
            try {
                return update(id, current.version(), change);
            } catch (StaleVersionException e) {
                if (ifMatch != null || attempt >= MAX_RETRIES) {
                    throw e;
                }
            }
        }
    }

    /**
     * Every write of the aggregate, oldest first: who, in which request, which version, which events (ADR 0482).
     * Aggregates written before the log existed start with their first write after it.
     */
    public List<ChangeRecord> changes(UUID id) {
        BsonDocument d = documents
                .find(eq("_id", id))
                .projection(new BsonDocument("changes", new BsonInt32(1)))
                .first();
        if (d == null) {
            throw new NotFoundException(kind, id);
        }
        return d.getArray("changes", new BsonArray()).stream()
                .map(v -> ChangeRecord.fromBson(v.asDocument()))
                .toList();
    }

    /**
     * A page of matches. Without a sort the server stops reading at the page's end. With a sort only the sort keys
     * are sorted, then the page is read by id: the embedded MongoDB sorts whatever documents reach its sort in its
     * heap, so sorting the whole documents of 100,000 students would hold all of them (docs/embedded-database.md).
     * The order is the same as {@code find(filter).sort(sort)}, ties broken by the sort's own last key.
     */
    public List<Versioned<T>> find(Bson filter, Bson sort, int skip, int limit) {
        List<Versioned<T>> result = new ArrayList<>();
        if (sort == null) {
            documents
                    .find(filter)
                    .projection(WITHOUT_LOGS)
                    .skip(skip)
                    .limit(limit)
                    .forEach(d -> result.add(decode(d)));
            return result;
        }
        return byIds(SortedIds.page(documents, filter, sort, skip, limit));
    }

    /** A sorted page and the number of all matches, read in one pass ({@link SortedIds#pageWithTotal}). */
    public Found<T> findWithTotal(Bson filter, Bson sort, int skip, int limit) {
        SortedIds.Page page = SortedIds.pageWithTotal(documents, filter, sort, skip, limit);
        return new Found<>(byIds(page.ids()), page.total());
    }

    /** A page of aggregates and the number of all matches. */
    public record Found<T>(List<Versioned<T>> items, long total) {}

    private List<Versioned<T>> byIds(List<BsonValue> ids) {
        List<Versioned<T>> result = new ArrayList<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<BsonValue, BsonDocument> byId = new java.util.HashMap<>();
        documents.find(in("_id", ids)).projection(WITHOUT_LOGS).forEach(d -> byId.put(d.get("_id"), d));
        for (BsonValue id : ids) {
            BsonDocument d = byId.get(id);
            if (d != null) { // deleted between the two reads
                result.add(decode(d));
            }
        }
        return result;
    }

    public long count(Bson filter) {
        return documents.countDocuments(filter);
    }

    /** The ids of the matches, in no particular order. */
    public List<UUID> ids(Bson filter) {
        List<UUID> ids = new ArrayList<>();
        documents
                .find(filter)
                .projection(new BsonDocument("_id", new BsonInt32(1)))
                .forEach(d -> ids.add(d.getBinary("_id").asUuid()));
        return ids;
    }

    /**
     * Every match, {@value #BATCH} at a time, for exports, statistics and scans over many aggregates. With a sort the
     * server sorts only the sort keys ({@link SortedIds#all}); without one it holds only the ids (a find with a
     * projection and no sort); either way the aggregates are then read by id, so no query holds every whole document.
     */
    public void forEach(Bson filter, Bson sort, Consumer<Versioned<T>> consumer) {
        List<BsonValue> batch = new ArrayList<>(BATCH);
        Consumer<BsonValue> collect = id -> {
            batch.add(id);
            if (batch.size() == BATCH) {
                byIds(batch).forEach(consumer);
                batch.clear();
            }
        };
        if (sort == null) {
            List<BsonValue> ids = new ArrayList<>();
            documents
                    .find(filter)
                    .projection(new BsonDocument("_id", new BsonInt32(1)))
                    .forEach(d -> ids.add(d.get("_id")));
            ids.forEach(collect);
        } else {
            SortedIds.all(documents, filter, sort, collect);
        }
        byIds(batch).forEach(consumer);
    }

    @Override
    public List<PendingDocument> pending(int limit) {
        List<PendingDocument> result = new ArrayList<>();
        documents
                .find(exists("outbox.id"))
                .projection(new BsonDocument("outbox", new BsonInt32(1)))
                .limit(limit)
                .forEach(d -> result.add(toPending(d)));
        return result;
    }

    private PendingDocument toPending(BsonDocument d) {
        return new PendingDocument(
                d.getBinary("_id").asUuid(),
                d.getArray("outbox").stream()
                        .map(v -> entryCodec.decode(
                                new BsonDocumentReader(v.asDocument()),
                                DecoderContext.builder().build()))
                        .toList());
    }

    /**
     * Read by {@code _id} only, the one filter the embedded server answers from an index (ADR 0402); one query per
     * document made the relay fall behind at a few hundred writes a second (docs/performance.md).
     */
    @Override
    public List<PendingDocument> pending(List<UUID> ids) {
        List<PendingDocument> result = new ArrayList<>();
        if (ids.isEmpty()) {
            return result;
        }
        documents
                .find(in("_id", ids.stream().map(AggregateStore::uuid).toList()))
                .projection(new BsonDocument("outbox", new BsonInt32(1)))
                .forEach(d -> {
                    if (!d.getArray("outbox").isEmpty()) {
                        result.add(toPending(d));
                    }
                });
        return result;
    }

    /**
     * One bulk statement claims the batch, one query reads it back by {@code _id} (an index lookup on any MongoDB;
     * one query per document made the relay fall behind at a few hundred writes a second, docs/performance.md).
     */
    @Override
    public Claimed claim(List<UUID> ids, String relay, Instant now, Instant until) {
        List<PendingDocument> claimed = new ArrayList<>();
        List<UUID> heldElsewhere = new ArrayList<>();
        if (ids.isEmpty()) {
            return new Claimed(claimed, heldElsewhere);
        }
        List<BsonValue> keys = ids.stream().map(AggregateStore::uuid).toList();
        documents.updateMany(
                and(
                        in("_id", keys),
                        exists("outbox.id"),
                        or(exists(RELAY, false), eq(RELAY + ".owner", relay), lt(RELAY + ".until", date(now)))),
                Updates.set(RELAY, new BsonDocument("owner", new BsonString(relay)).append("until", date(until))));
        documents
                .find(and(in("_id", keys), exists("outbox.id")))
                .projection(new BsonDocument("outbox", new BsonInt32(1)).append(RELAY, new BsonInt32(1)))
                .forEach(d -> {
                    BsonDocument claim = d.getDocument(RELAY, null);
                    if (claim != null && relay.equals(claim.getString("owner").getValue())) {
                        claimed.add(toPending(d));
                    } else {
                        heldElsewhere.add(d.getBinary("_id").asUuid());
                    }
                });
        return new Claimed(claimed, heldElsewhere);
    }

    @Override
    public long countPending() {
        return documents.countDocuments(exists("outbox.id"));
    }

    /** Removes acknowledged events and ends the claims, one bulk round trip for a whole batch. */
    @Override
    public void acknowledge(Map<UUID, List<UUID>> eventIdsByDocument, @Nullable String relay) {
        List<WriteModel<BsonDocument>> pulls = new ArrayList<>();
        eventIdsByDocument.forEach((id, eventIds) -> {
            Bson release = Updates.unset(RELAY);
            Bson update = eventIds.isEmpty()
                    ? release
                    : relay == null ? pull(eventIds) : Updates.combine(pull(eventIds), release);
            if (relay == null) {
                if (!eventIds.isEmpty()) {
                    pulls.add(new UpdateOneModel<>(eq("_id", uuid(id)), update));
                }
            } else {
                pulls.add(new UpdateOneModel<>(and(eq("_id", uuid(id)), eq(RELAY + ".owner", relay)), update));
            }
        });
        if (!pulls.isEmpty()) {
            // needs no journal of its own: lost in a crash, the events are published again, and delivery is at least
            // once anyway (docs/events.md); the relay's next batch does not wait for the disk
            documents
                    .withWriteConcern(documents.getWriteConcern().withJournal(false))
                    .bulkWrite(pulls, new BulkWriteOptions().ordered(false));
        }
    }

    private List<BsonDocument> entries(long expectedVersion, List<PendingEvent> events) {
        List<BsonDocument> entries = new ArrayList<>();
        String traceparent = TraceContext.current().toString();
        Instant now = clock.instant();
        for (int i = 0; i < events.size(); i++) {
            PendingEvent e = events.get(i);
            var entry = new OutboxEntry(
                    UUID.randomUUID(),
                    e.type(),
                    expectedVersion + i + 1,
                    now,
                    traceparent,
                    json.apply(e.payload()),
                    e.migrated() ? Boolean.TRUE : null);
            BsonDocument doc = new BsonDocument();
            entryCodec.encode(
                    new BsonDocumentWriter(doc), entry, EncoderContext.builder().build());
            entries.add(doc);
        }
        return entries;
    }

    private static BsonDocument changeRecord(long version, Instant at, Change<?> change) {
        Actor actor = Actor.current();
        return new ChangeRecord(
                        version,
                        at,
                        actor.subject(),
                        actor.requestId(),
                        change.events().stream().map(PendingEvent::type).toList())
                .toBson();
    }

    private BsonDocument encode(T state) {
        BsonDocument doc = new BsonDocument();
        stateCodec.encode(
                new BsonDocumentWriter(doc), state, EncoderContext.builder().build());
        return doc;
    }

    private Versioned<T> decode(BsonDocument doc) {
        T state = stateCodec.decode(
                new BsonDocumentReader(doc.getDocument("state")),
                DecoderContext.builder().build());
        return new Versioned<>(
                doc.getBinary("_id").asUuid(), state, doc.getNumber("version").longValue());
    }

    private static Bson pull(List<UUID> eventIds) {
        return Updates.pull(
                "outbox",
                new BsonDocument(
                        "id",
                        new BsonDocument(
                                "$in",
                                new BsonArray(eventIds.stream()
                                        .map(AggregateStore::uuid)
                                        .toList()))));
    }

    private static BsonDateTime date(Instant instant) {
        return new BsonDateTime(instant.toEpochMilli());
    }

    private static BsonValue uuid(UUID id) {
        return new BsonBinary(id);
    }
}
