package org.openintl.localstack.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's server answers every query over indexed fields from its rows exactly as mongo-java-server's own
 * server answers it from the documents: the same documents, in the same order (ties included), the same counts,
 * after inserts, updates and deletes, and after a restart. Both servers get the same documents and the same queries
 * through the driver; the local stack's one must have answered from its rows.
 */
class CoveredQueriesTest {

    private static final List<String> FAMILY = List.of("Nguyen", "Tran", "Le", "nguyen", "Pham", "Hoang", "Ly");
    private static final List<String> GIVEN = List.of("An", "Binh", "Chi", "Dung", "an");
    private static final List<String> STATUS = List.of("APPLIED", "ADMITTED", "ENROLLED", "GRADUATED");

    @TempDir
    Path dir;

    private MongoServer covered;
    private MongoServer plain;
    private MongoClient coveredClient;
    private MongoClient plainClient;
    private final Random random = new Random(42);
    private int nextId;

    @BeforeEach
    void start() {
        startCovered();
        plain = new MongoServer(new H2Backend(new MVStore.Builder()
                .fileName(dir.resolve("plain.mv.db").toString())
                .open()));
        plainClient = client(plain);
        for (MongoCollection<Document> c : both()) {
            c.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            c.createIndex(Indexes.ascending("outbox.id"), new IndexOptions().sparse(true));
            c.createIndex(Indexes.ascending("state.status"));
            c.createIndex(Indexes.ascending("state.nationality"));
            c.createIndex(Indexes.ascending("state.archived"));
            c.createIndex(Indexes.ascending("state.profile.familyName", "state.profile.givenName"));
            c.createIndex(Indexes.ascending("state.profile.chineseName"));
            c.createIndex(Indexes.ascending("state.partnerIds"));
            c.createIndex(Indexes.descending("createdAt"));
            c.createIndex(Indexes.ascending("state.endDate"));
            c.createIndex(Indexes.ascending("state.tags"));
            c.createIndex(Indexes.ascending("state.partnershipId"));
            c.createIndex(Indexes.ascending("state.stays.city"));
        }
    }

    @AfterEach
    void stop() {
        coveredClient.close();
        plainClient.close();
        covered.shutdownNow();
        plain.shutdownNow();
    }

    @Test
    void findsCountsAndPagesAreTheSameAsFromTheDocuments() {
        insert(400);

        long before = CoveredCollection.ANSWERED_FROM_ROWS.sum();
        assertSameAnswers();
        assertThat(CoveredCollection.ANSWERED_FROM_ROWS.sum() - before)
                .as("queries answered from the rows")
                .isGreaterThanOrEqualTo(queries().size() + pipelines().size());
    }

    @Test
    void equalitiesReadOnlyTheRowsOfTheirValueAndFollowEveryWrite() {
        insert(300);
        long before = CoveredRows.NARROWED_BY_EQUALITY.sum();
        assertSameAnswers(); // builds the postings of the paths asked for
        assertThat(CoveredRows.NARROWED_BY_EQUALITY.sum() - before)
                .as("finds and counts narrowed by an equality")
                .isGreaterThanOrEqualTo(10);

        for (MongoCollection<Document> c : both()) {
            c.updateMany(
                    eq("state.partnershipId", PARTNERS.get(1)), Updates.set("state.partnershipId", PARTNERS.get(2)));
            c.updateMany(eq("state.tags", "b"), Updates.set("state.tags", List.of("a0")));
            c.updateOne(eq("state.stays.city", "Hue"), Updates.unset("state.stays"));
            c.updateMany(eq("state.nationality", "KR"), Updates.set("state.nationality", List.of("KR", "VN")));
            c.deleteMany(eq("state.partnershipId", PARTNERS.get(3)));
            c.updateMany(
                    eq("state.status", "APPLIED"),
                    Updates.set("state.partnershipId", PARTNERS.get(0).toString()));
        }
        insert(60);

        assertSameAnswers();
        MongoCollection<Document> c = collection(coveredClient);
        assertThat(c.countDocuments(eq("state.partnershipId", PARTNERS.get(2))))
                .isEqualTo(collection(plainClient).countDocuments(eq("state.partnershipId", PARTNERS.get(2))))
                .isPositive();
    }

    @Test
    void insertsUpdatesAndDeletesAreVisibleAtOnce() {
        insert(300);
        assertSameAnswers();

        for (MongoCollection<Document> c : both()) {
            c.updateMany(eq("state.status", "APPLIED"), Updates.set("state.status", "ADMITTED"));
            c.updateOne(eq("state.profile.familyName", "Tran"), Updates.unset("state.profile.familyName"));
            c.updateMany(
                    eq("state.nationality", "VN"),
                    Updates.combine(Updates.set("state.profile.familyName", "Aaron"), Updates.inc("version", 1)));
            c.deleteMany(eq("state.nationality", "KR"));
            c.deleteOne(eq("state.profile.givenName", "Chi"));
            c.updateMany(exists("outbox.id"), Updates.set("outbox", List.of()));
        }
        insert(50);

        assertSameAnswers();
    }

    @Test
    void listsWithoutAFilterReadTheirPageFromAnOrderKeptWithEveryWrite() {
        insert(300);
        long before = CoveredRows.PAGES_FROM_KEPT_ORDERS.sum();
        assertSameAnswers(); // makes the orders of the unfiltered pages asked for

        for (MongoCollection<Document> c : both()) { // rows move within the orders, leave them and join them
            c.updateMany(eq("state.profile.givenName", "An"), Updates.set("state.profile.familyName", "Aaron"));
            c.updateMany(eq("state.profile.familyName", "Le"), Updates.unset("state.profile.familyName"));
            c.updateMany(eq("state.status", "APPLIED"), Updates.set("state.profile.givenName", "Zed"));
            c.deleteMany(eq("state.nationality", "KR"));
        }
        assertSameAnswers();
        insert(40);
        for (MongoCollection<Document> c : both()) {
            c.updateMany(exists("state.profile.familyName", false), Updates.set("state.profile.familyName", "Zoe"));
        }
        assertSameAnswers();

        assertThat(CoveredRows.PAGES_FROM_KEPT_ORDERS.sum() - before)
                .as("unfiltered pages read from a kept order")
                .isGreaterThanOrEqualTo(3L * UNFILTERED_PAGES);
    }

    @Test
    void filteredListsReadTheirPageFromTheKeptOrderAndAnEqualitysTotalFromItsPostings() {
        insert(300);
        long pages = CoveredRows.PAGES_FROM_KEPT_ORDERS.sum();
        long totals = CoveredRows.COUNTED_FROM_POSTINGS.sum();
        assertSameLists();
        assertThat(CoveredRows.PAGES_FROM_KEPT_ORDERS.sum() - pages)
                .as("pages of one equality read from the kept order (the others rank their candidates)")
                .isGreaterThanOrEqualTo(3);
        assertThat(CoveredRows.COUNTED_FROM_POSTINGS.sum() - totals)
                .as("totals of one equality read from its postings")
                .isGreaterThanOrEqualTo(3);

        for (MongoCollection<Document> c : both()) { // rows change value, move within the order, leave and join
            c.updateMany(eq("state.status", "APPLIED"), Updates.set("state.nationality", "VN"));
            c.updateMany(eq("state.profile.givenName", "An"), Updates.set("state.archived", true));
            c.updateMany(eq("state.profile.familyName", "Le"), Updates.set("state.profile.familyName", "Aaron"));
            c.deleteMany(eq("state.nationality", "KR"));
        }
        insert(40);
        assertSameLists();

        for (MongoCollection<Document> c : both()) { // values an equality cannot count alone: the rows are tested
            c.updateMany(eq("state.profile.givenName", "Chi"), Updates.set("state.nationality", List.of("CN", "VN")));
            c.updateOne(eq("state.archived", true), Updates.set("state.archived", 0));
        }
        assertSameLists();

        int walk = CoveredRows.walkAtLeast;
        CoveredRows.walkAtLeast = 10; // the rarer filters' walks end early: their matches are ranked instead
        try {
            assertSameLists();
        } finally {
            CoveredRows.walkAtLeast = walk;
        }
    }

    @Test
    void literalSearchesReadTheirCandidatesFromTheFoldedTextAndFollowEveryWrite() {
        insert(300);
        for (MongoCollection<Document> c : both()) { // names whose case folding is not plain, on a few rows each
            c.updateMany(eq("_id", "s-1"), Updates.set("state.profile.familyName", "Kelvin\u212A"));
            c.updateMany(eq("_id", "s-2"), Updates.set("state.profile.familyName", "\u0130stanbul I\u015f\u0131k"));
            c.updateMany(eq("_id", "s-3"), Updates.set("state.profile.familyName", "Stra\u00dfe"));
            c.updateMany(eq("_id", "s-4"), Updates.set("state.profile.familyName", "STRA\u1e9eE"));
            c.updateMany(
                    eq("_id", "s-5"),
                    Updates.set("state.profile.givenName", "\u03a3\u0399\u03a3\u03a5\u03a6\u039f\u03a3"));
            c.updateMany(
                    eq("_id", "s-6"),
                    Updates.set("state.profile.givenName", "\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2"));
            c.updateMany(eq("_id", "s-7"), Updates.set("state.profile.givenName", "\u01c5emal"));
            c.updateMany(eq("_id", "s-8"), Updates.set("state.profile.givenName", "\ud835\udc9clice"));
            c.updateMany(eq("_id", "s-9"), Updates.set("state.profile.familyName", "\uff26\uff55\uff4c\uff4c"));
            c.updateMany(eq("_id", "s-10"), Updates.set("state.profile.chineseName", List.of("\u660e", "\u4eae")));
            c.updateMany(eq("_id", "s-11"), Updates.set("state.profile.chineseName", 7));
            c.updateMany(eq("_id", "s-12"), Updates.set("state.profile.familyName", "Le\n")); // $ matches before \n
            c.updateMany(eq("_id", "s-13"), Updates.set("state.profile.familyName", "Le$"));
        }
        long before = CoveredRows.NARROWED_BY_TEXT.sum();
        assertSameSearches();
        assertThat(CoveredRows.NARROWED_BY_TEXT.sum() - before)
                .as("searches narrowed by the folded text")
                .isGreaterThanOrEqualTo(20);

        long compactions = FoldedText.COMPACTIONS.sum();
        for (MongoCollection<Document> c : both()) { // every row written again, then some: the text is made anew
            c.updateMany(empty(), Updates.inc("version", 1));
            c.updateMany(
                    eq("state.profile.familyName", "Tran"), Updates.set("state.profile.familyName", "Kr\u00fcger"));
            c.updateMany(eq("state.profile.givenName", "Chi"), Updates.unset("state.profile.givenName"));
            c.updateMany(eq("state.status", "APPLIED"), Updates.set("state.profile.chineseName", "\u5f20\u660e"));
            c.deleteMany(eq("state.nationality", "KR"));
        }
        insert(40);
        assertThat(FoldedText.COMPACTIONS.sum() - compactions)
                .as("texts made anew")
                .isPositive();
        assertSameSearches();
    }

    private void assertSameSearches() {
        MongoCollection<Document> c = collection(coveredClient);
        MongoCollection<Document> p = collection(plainClient);
        Bson byName = Sorts.ascending("state.profile.familyName", "state.profile.givenName", "_id");
        for (Bson filter : searchFilters()) {
            assertThat(ids(c, filter, byName)).as(filter.toString()).isEqualTo(ids(p, filter, byName));
            assertThat(c.countDocuments(filter)).as("count " + filter).isEqualTo(p.countDocuments(filter));
            List<Bson> list = pageWithTotal(filter, Sorts.ascending("k0", "k1", "_id"), 0, 20);
            assertThat(c.aggregate(list).into(new ArrayList<>()))
                    .as(list.toString())
                    .isEqualTo(p.aggregate(list).into(new ArrayList<>()));
        }
    }

    /** Name searches as the services send them, and patterns the folded text must not narrow wrongly. */
    private static List<Bson> searchFilters() {
        List<Bson> filters = new ArrayList<>();
        List<String> texts = List.of(
                "k",
                "K",
                "\u212A",
                "kelvin\u212a",
                "\u0130",
                "i",
                "I",
                "\u0131",
                "\u0131\u015f",
                "ss",
                "\u00df",
                "\u1e9e",
                "stra\u00dfe",
                "STRASSE",
                "\u03c3",
                "\u03c2",
                "\u03bf\u03c2",
                "\u03a3\u03a5",
                "\u01c6",
                "\u01c4em",
                "lice",
                "\ud835\udc9c",
                "\uff46\uff55",
                "\u660e",
                "\u4eae",
                "guy",
                "ngu",
                "Q\\E",
                "binh",
                "\uffff");
        for (String text : texts) {
            String quoted = Pattern.quote(text);
            filters.add(or(
                    regex("state.profile.familyName", quoted, "i"),
                    regex("state.profile.givenName", quoted, "i"),
                    regex("state.profile.chineseName", quoted, "i")));
            filters.add(and(in("state.status", "ADMITTED", "ENROLLED"), regex("state.profile.familyName", quoted)));
        }
        // anchored, as the partner import's natural key asks for a name (country and one of four names, equal)
        for (String name : List.of("Nguyen", "le", "LE$", "stra\u00dfe", "\u212Aelvin\u212A", "Ly", "\u660e")) {
            filters.add(and(
                    eq("state.nationality", "VN"),
                    or(
                            regex("state.profile.familyName", "^" + Pattern.quote(name) + "$", "i"),
                            regex("state.profile.chineseName", "^" + Pattern.quote(name) + "$", "i"))));
            filters.add(regex("state.profile.familyName", "^" + Pattern.quote(name), "i"));
            filters.add(regex("state.profile.familyName", Pattern.quote(name) + "$"));
        }
        filters.add(regex("state.profile.familyName", "^Le$", "i"));
        filters.add(regex("state.profile.familyName", "^Le\\$", "i")); // an escaped dollar: the text "le$"
        filters.add(regex("state.profile.familyName", "\\QLe$", "i")); // quoted to the end: the text "le$"
        filters.add(regex("state.profile.familyName", "^\\QLe\\E$\\Q\\E", "i"));
        filters.add(regex("state.profile.familyName", "stra.e", "i")); // not a literal: every row tested
        filters.add(regex("state.profile.familyName", "kelvin", "im"));
        filters.add(or(regex("state.profile.givenName", "an", "i"), eq("state.nationality", "VN")));
        filters.add(and(eq("state.nationality", "CN"), regex("state.profile.givenName", "\\Qbinh\\E", "i")));
        return filters;
    }

    private void assertSameLists() {
        MongoCollection<Document> c = collection(coveredClient);
        MongoCollection<Document> p = collection(plainClient);
        for (List<Bson> pipeline : filteredLists()) {
            assertThat(c.aggregate(pipeline).into(new ArrayList<>()))
                    .as(pipeline.toString())
                    .isEqualTo(p.aggregate(pipeline).into(new ArrayList<>()));
        }
    }

    /** The student list's page and total, filtered, in the list's own order (the order the unfiltered list keeps). */
    private static List<List<Bson>> filteredLists() {
        Bson order = Sorts.ascending("k0", "k1", "_id");
        return List.of(
                pageWithTotal(eq("state.nationality", "VN"), order, 0, 20),
                pageWithTotal(and(List.of(eq("state.archived", false))), order, 0, 20),
                pageWithTotal(eq("state.archived", true), order, 40, 20),
                pageWithTotal(
                        and(in("state.status", "ADMITTED", "ENROLLED"), eq("state.nationality", "CN")), order, 0, 20),
                pageWithTotal(
                        or(
                                regex("state.profile.familyName", "N", "i"),
                                regex("state.profile.chineseName", "\\Q\u660e\\E", "i")),
                        order,
                        10,
                        20),
                pageWithTotal(eq("state.nationality", "none"), order, 0, 20),
                // ties: in the store's order, from a kept order and from candidates taken in no order
                pageWithTotal(eq("state.nationality", "CN"), Sorts.ascending("k1"), 0, 15),
                pageWithTotal(
                        and(eq("state.nationality", "VN"), eq("state.archived", false)), Sorts.ascending("k1"), 3, 15),
                pageWithTotal(eq("state.profile.givenName", "Chi"), order, 0, 500));
    }

    @Test
    void guardedWritesAndReadsByIdUseTheIdIndexAndMatchAsBefore() {
        insert(300);
        long before = CoveredCollection.ANSWERED_BY_UNIQUE_INDEX.sum();

        for (MongoCollection<Document> c : both()) {
            // the driver sends and(...) as {$and: [...]}, which mongo-java-server's index look-up does not see into
            assertThat(c.updateOne(and(eq("_id", "s-5"), eq("version", 1L)), Updates.inc("version", 1))
                            .getModifiedCount())
                    .isEqualTo(1);
            assertThat(c.updateOne(and(eq("_id", "s-6"), eq("version", 7L)), Updates.inc("version", 1))
                            .getModifiedCount())
                    .as("a stale version matches nothing")
                    .isZero();
            assertThat(c.deleteOne(and(eq("_id", "s-8"), exists("state.status")))
                            .getDeletedCount())
                    .isEqualTo(1);
            c.updateMany(
                    and(in("_id", "s-10", "s-11", "s-404"), exists("outbox.id")),
                    Updates.set("state.status", "ENROLLED"));
        }

        assertThat(CoveredCollection.ANSWERED_BY_UNIQUE_INDEX.sum() - before)
                .as("selections narrowed by the _id index")
                .isGreaterThanOrEqualTo(4);
        assertSameAnswers();
        MongoCollection<Document> c = collection(coveredClient);
        MongoCollection<Document> p = collection(plainClient);
        for (Bson filter : List.of(
                and(eq("_id", "s-5"), eq("version", 2L)),
                and(eq("_id", "s-6"), eq("version", 1L)),
                and(eq("_id", "s-6"), eq("version", 2L)),
                and(in("_id", "s-9", "s-10", "s-11", "s-404"), exists("outbox.id")),
                and(and(eq("version", 1L), eq("_id", "s-12")), or(eq("state.archived", true), exists("outbox.id"))),
                and(eq("_id", "s-13"), ne("_id", "s-13")))) {
            assertThat(c.find(filter).into(new ArrayList<>()))
                    .as(filter.toString())
                    .isEqualTo(p.find(filter).into(new ArrayList<>()));
        }
        assertThat(c.find(eq("_id", "s-8")).first()).isNull();
    }

    @Test
    void rowsAreRebuiltFromTheStoreAfterARestart() {
        insert(300);
        coveredClient.close();
        covered.shutdownNow(); // closes the store
        startCovered();

        long before = CoveredCollection.ANSWERED_FROM_ROWS.sum();
        assertSameAnswers();
        assertThat(CoveredCollection.ANSWERED_FROM_ROWS.sum()).isGreaterThan(before);
    }

    @Test
    void ordersTextsAndPostingsMadeBeforeARestartAreMadeAgainAtStartUp() {
        insert(300);
        long madeBefore = CoveredRows.MADE.sum();
        assertSameAnswers(); // kept orders
        assertSameLists(); // postings
        assertSameSearches(); // folded texts
        long made = CoveredRows.MADE.sum() - madeBefore;
        assertThat(made).as("orders, texts and postings made by the queries").isGreaterThanOrEqualTo(3);
        coveredClient.close();
        covered.shutdownNow(); // closes the store, with what was made remembered in it

        long atStart = CoveredRows.MADE.sum();
        startCovered();
        assertThat(CoveredRows.MADE.sum() - atStart)
                .as("made again at start-up")
                .isEqualTo(made);

        long afterStart = CoveredRows.MADE.sum();
        assertSameAnswers();
        assertSameLists();
        assertSameSearches();
        assertThat(CoveredRows.MADE.sum())
                .as("made by the first queries after the restart")
                .isEqualTo(afterStart);
    }

    @Test
    void queriesOverOtherFieldsStillReadTheDocuments() {
        insert(100);
        long before = CoveredCollection.ANSWERED_FROM_ROWS.sum();

        Bson notIndexed = eq("state.city", "Hue");
        assertThat(ids(collection(coveredClient), notIndexed, Sorts.ascending("_id")))
                .isEqualTo(ids(collection(plainClient), notIndexed, Sorts.ascending("_id")))
                .isNotEmpty();
        assertThat(CoveredCollection.ANSWERED_FROM_ROWS.sum()).isEqualTo(before);
    }

    @Test
    void aCollectionBeyondTheRowBudgetIsQueriedFromItsDocuments() {
        insert(200);
        coveredClient.close();
        covered.shutdownNow();
        RowBudget.limitMb(0);
        try {
            startCovered(); // the rows are built at start-up, and do not fit
            long before = CoveredCollection.ANSWERED_FROM_ROWS.sum();

            assertSameAnswers();
            assertThat(CoveredCollection.ANSWERED_FROM_ROWS.sum()).isEqualTo(before);
        } finally {
            RowBudget.limitMb(RowBudget.DEFAULT_MB);
        }
    }

    private void startCovered() {
        covered = new MongoServer(MongoServerMain.open(dir.resolve("covered.mv.db"), MongoServerMain.Commit.DURABLE));
        coveredClient = client(covered);
    }

    private static MongoClient client(MongoServer server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
    }

    private void assertSameAnswers() {
        MongoCollection<Document> c = collection(coveredClient);
        MongoCollection<Document> p = collection(plainClient);
        for (Query q : queries()) {
            Function<MongoCollection<Document>, List<Document>> run = x -> {
                var find = x.find(q.filter()).skip(q.skip()).limit(q.limit());
                if (q.sort() != null) {
                    find = find.sort(q.sort());
                }
                if (q.projection() != null) {
                    find = find.projection(q.projection());
                }
                return find.into(new ArrayList<>());
            };
            assertThat(run.apply(c)).as(q.toString()).isEqualTo(run.apply(p));
            assertThat(c.countDocuments(q.filter())).as("count " + q).isEqualTo(p.countDocuments(q.filter()));
        }
        for (List<Bson> pipeline : pipelines()) {
            assertThat(c.aggregate(pipeline).into(new ArrayList<>()))
                    .as(pipeline.toString())
                    .isEqualTo(p.aggregate(pipeline).into(new ArrayList<>()));
        }
    }

    private record Query(Bson filter, Bson sort, int skip, int limit, Bson projection) {}

    private static List<Query> queries() {
        Bson byName = Sorts.ascending("state.profile.familyName", "state.profile.givenName", "_id");
        Bson nameOnly = Sorts.ascending("state.profile.familyName"); // ties: the store's order
        Bson search = or(
                regex("state.profile.familyName", Pattern.quote("ngu"), "i"),
                regex("state.profile.givenName", "an", "i"),
                regex("state.profile.chineseName", "\u660e"));
        Bson current = in("state.status", "APPLIED", "ADMITTED", "ENROLLED");
        Date mid = new Date(1_700_000_000_000L);
        return List.of(
                new Query(empty(), byName, 0, 20, null),
                new Query(empty(), byName, 40, 20, null),
                new Query(empty(), nameOnly, 7, 25, null),
                new Query(empty(), Sorts.descending("createdAt"), 0, 20, null),
                new Query(empty(), null, 0, 30, null),
                new Query(current, byName, 0, 20, null),
                new Query(and(current, eq("state.nationality", "VN")), nameOnly, 0, 0, null),
                new Query(search, byName, 0, 20, null),
                new Query(and(eq("state.archived", false), search), nameOnly, 3, 10, null),
                new Query(eq("state.nationality", null), byName, 0, 50, null),
                new Query(exists("state.profile.chineseName", false), byName, 0, 50, null),
                new Query(ne("state.status", "GRADUATED"), Sorts.descending("state.endDate"), 0, 20, null),
                new Query(and(gte("state.endDate", mid), lt("createdAt", mid)), byName, 0, 0, null),
                new Query(lte("state.endDate", mid), null, 0, 0, Projections.include("_id")),
                new Query(exists("outbox.id"), null, 0, 10, Projections.include("outbox")),
                new Query(eq("state.partnerIds", PARTNERS.get(1)), byName, 0, 0, null),
                new Query(in("state.partnerIds", PARTNERS.subList(2, 4)), nameOnly, 0, 5, null),
                new Query(and(eq("_id", "s-7"), eq("version", 1L)), null, 0, 0, null),
                new Query(eq("state.tags", "a1"), byName, 0, 0, null),
                new Query(or(eq("state.tags", "b"), regex("state.tags", "A2", "i")), byName, 0, 0, null),
                new Query(in("state.tags", "a0", "b"), nameOnly, 2, 30, null),
                new Query(and(eq("state.archived", true), ne("state.tags", "b")), byName, 0, 0, null),
                new Query(eq("state.tags", 1), Sorts.descending("state.tags"), 0, 0, null),
                new Query(in("_id", "s-3", "s-99", "s-150"), null, 0, 0, Projections.exclude("changes")),
                // equalities read from the postings of a path (ids, strings, arrays, nulls, paths through arrays)
                new Query(eq("state.partnershipId", PARTNERS.get(2)), null, 0, 0, null),
                new Query(
                        and(eq("state.partnershipId", PARTNERS.get(1)), eq("state.status", "ENROLLED")),
                        null,
                        0,
                        7,
                        null),
                new Query(eq("state.partnershipId", PARTNERS.get(3).toString()), byName, 0, 0, null),
                new Query(
                        and(eq("state.tags", "b"), new Document("state.nationality", new Document("$eq", "VN"))),
                        nameOnly,
                        1,
                        10,
                        null),
                new Query(eq("state.stays.city", "Hue"), null, 0, 0, Projections.include("_id")),
                new Query(and(eq("state.stays.city", "Hanoi"), ne("_id", "s-40")), null, 0, 1, null),
                new Query(and(eq("state.status", "nobody"), eq("state.nationality", "VN")), byName, 0, 20, null),
                new Query(
                        eq("state.status", "ENROLLED"), byName, 0, 0, Projections.include("state.profile.familyName")),
                // missing and null values decided on the rows: never equal, among strings or matching a pattern
                new Query(
                        or(eq("state.profile.chineseName", "\u660e"), regex("state.nationality", "^K")),
                        byName,
                        0,
                        0,
                        null),
                new Query(in("state.profile.familyName", FAMILY.get(0), FAMILY.get(1)), nameOnly, 0, 0, null),
                new Query(
                        or(eq("state.nationality", "VN"), eq("state.profile.familyName", FAMILY.get(2))),
                        byName,
                        0,
                        0,
                        null),
                new Query(regex("state.stays.city", "u"), byName, 0, 0, null));
    }

    /** The pipelines below that page through every row: the student list's and the three marked so. */
    private static final int UNFILTERED_PAGES = 4;

    private static List<List<Bson>> pipelines() {
        Bson match = in("state.status", "ADMITTED", "ENROLLED");
        Bson keys = Aggregates.project(new Document("_id", 1)
                .append("k0", "$state.profile.familyName")
                .append("k1", "$state.profile.givenName"));
        Bson sort = Aggregates.sort(Sorts.ascending("k0", "k1", "_id"));
        Bson idOnly = Aggregates.project(new Document("_id", 1));
        Bson search = regex("state.profile.familyName", "n", "i");
        return List.of(
                // SortedIds.page, pageWithTotal and all
                List.of(Aggregates.match(match), keys, sort, Aggregates.skip(20), Aggregates.limit(20), idOnly),
                List.of(
                        Aggregates.match(empty()),
                        keys,
                        Aggregates.facet(
                                new Facet("total", Aggregates.count("n")),
                                new Facet("page", List.of(sort, Aggregates.limit(20), idOnly)))),
                List.of(
                        Aggregates.match(search),
                        keys,
                        Aggregates.facet(
                                new Facet("total", Aggregates.count("n")),
                                new Facet(
                                        "page",
                                        List.of(
                                                Aggregates.sort(Sorts.ascending("k0")),
                                                Aggregates.skip(5),
                                                Aggregates.limit(20),
                                                idOnly)))),
                pageWithTotal(empty(), Sorts.orderBy(Sorts.descending("k0"), Sorts.ascending("_id")), 3, 7),
                pageWithTotal(eq("state.nationality", "none"), Sorts.ascending("k0", "k1", "_id"), 0, 20),
                pageWithTotal(match, Sorts.ascending("k1"), 0, 15), // ties: the store's order
                pageWithTotal(match, Sorts.descending("_id"), 0, 5),
                pageWithTotal(empty(), Sorts.ascending("k0", "k1", "_id"), 5_000, 20), // beyond the total
                List.of(
                        Aggregates.match(search),
                        keys,
                        Aggregates.facet(
                                new Facet(
                                        "page",
                                        List.of(Aggregates.sort(Sorts.ascending("k0", "_id")), Aggregates.limit(3))),
                                new Facet("total", Aggregates.count("n")))),
                List.of(Aggregates.match(match), keys, sort, idOnly),
                List.of(Aggregates.match(eq("state.nationality", "none")), Aggregates.count("n")),
                List.of(
                        Aggregates.match(
                                and(eq("state.partnershipId", PARTNERS.get(0)), eq("state.status", "ENROLLED"))),
                        Aggregates.count("n")),
                pageWithTotal(eq("state.stays.city", "Hanoi"), Sorts.ascending("k0", "k1", "_id"), 0, 20),
                // lists without a filter, read from kept orders: deep pages, ties in the store's order, descending
                pageWithTotal(empty(), Sorts.ascending("k0"), 280, 20),
                pageWithTotal(empty(), Sorts.descending("k1", "k0"), 7, 13),
                pageWithTotal(empty(), Sorts.ascending("k1", "_id"), 0, 500),
                List.of(
                        Aggregates.match(search),
                        Aggregates.group(1, com.mongodb.client.model.Accumulators.sum("n", 1))),
                // the leading $match stages and the $project after them read the values a row holds in advance:
                // paths through arrays, arrays, nulls and missing fields, _id left out, then a $match on documents
                List.of(
                        Aggregates.match(or(eq("state.archived", false), exists("state.tags"))),
                        Aggregates.match(ne("state.nationality", "KZ")),
                        Aggregates.project(new Document("_id", 0)
                                .append("version", 1)
                                .append("id", "$_id")
                                .append("city", "$state.stays.city")
                                .append("tags", "$state.tags")
                                .append("nationality", "$state.nationality")
                                .append("chinese", "$state.profile.chineseName")),
                        Aggregates.match(exists("chinese", false)),
                        Aggregates.sort(Sorts.descending("tags", "id")),
                        Aggregates.limit(30)),
                List.of(
                        Aggregates.match(eq("state.stays.city", "Hue")),
                        Aggregates.project(new Document("state.profile.familyName", 1).append("state.tags", true)),
                        Aggregates.sort(Sorts.ascending("state.profile.familyName", "_id"))),
                List.of(
                        Aggregates.project(new Document("version", true)
                                .append("stays", "$state.stays.city")
                                .append("name", "$state.profile.familyName")),
                        Aggregates.sort(Sorts.ascending("stays", "name", "_id")),
                        Aggregates.skip(3),
                        Aggregates.limit(40)));
    }

    /** {@code SortedIds.pageWithTotal}'s shape. */
    private static List<Bson> pageWithTotal(Bson match, Bson sort, int skip, int limit) {
        Bson keys = Aggregates.project(new Document("_id", 1)
                .append("k0", "$state.profile.familyName")
                .append("k1", "$state.profile.givenName"));
        List<Bson> page = new ArrayList<>();
        page.add(Aggregates.sort(sort));
        if (skip > 0) {
            page.add(Aggregates.skip(skip));
        }
        page.add(Aggregates.limit(limit));
        page.add(Aggregates.project(new Document("_id", 1)));
        return List.of(
                Aggregates.match(match),
                keys,
                Aggregates.facet(new Facet("total", Aggregates.count("n")), new Facet("page", page)));
    }

    private static final List<UUID> PARTNERS = List.of(
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            UUID.fromString("00000000-0000-0000-0000-000000000002"),
            UUID.fromString("00000000-0000-0000-0000-000000000003"),
            UUID.fromString("00000000-0000-0000-0000-000000000004"));

    private static List<Object> ids(MongoCollection<Document> c, Bson filter, Bson sort) {
        return c.find(filter).sort(sort).map(d -> d.get("_id")).into(new ArrayList<>());
    }

    private void insert(int n) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            documents.add(student("s-" + nextId++));
        }
        for (MongoCollection<Document> c : both()) {
            for (Document d : documents) {
                c.insertOne(new Document(d));
            }
        }
    }

    private Document student(String id) {
        Document profile = new Document();
        if (random.nextInt(10) > 0) {
            profile.append("familyName", pick(FAMILY));
        }
        profile.append("givenName", pick(GIVEN));
        if (random.nextBoolean()) {
            profile.append("chineseName", random.nextBoolean() ? "\u660e" : "\u534e");
        }
        Document state = new Document("status", pick(STATUS)).append("profile", profile);
        int nationality = random.nextInt(5);
        if (nationality == 0) {
            state.append("nationality", null);
        } else if (nationality > 1) {
            state.append("nationality", List.of("VN", "KR", "CN").get(nationality - 2));
        }
        state.append("archived", random.nextInt(4) == 0);
        switch (random.nextInt(4)) { // strings, an array of strings, a number, or nothing: the same filters on each
            case 0 -> state.append("tags", "a" + random.nextInt(3));
            case 1 -> state.append("tags", List.of("a" + random.nextInt(3), "b"));
            case 2 -> state.append("tags", random.nextInt(3));
            default -> {}
        }
        state.append("city", random.nextBoolean() ? "Hue" : "Hanoi");
        state.append("partnerIds", List.of(pick(PARTNERS), pick(PARTNERS)));
        switch (random.nextInt(4)) { // one id, an id as a string, null, or nothing
            case 0, 1 -> state.append("partnershipId", pick(PARTNERS));
            case 2 ->
                state.append(
                        "partnershipId",
                        random.nextBoolean() ? null : pick(PARTNERS).toString());
            default -> {}
        }
        if (random.nextBoolean()) { // a path through an array of documents
            state.append(
                    "stays", List.of(new Document("city", pick(List.of("Hue", "Hanoi"))), new Document("city", "Hue")));
        } else if (random.nextBoolean()) {
            state.append("stays", new Document("city", "Hanoi"));
        }
        if (random.nextBoolean()) {
            state.append("endDate", new Date(1_690_000_000_000L + random.nextInt(20_000) * 1_000_000L));
        }
        List<Document> outbox = random.nextInt(3) == 0
                ? List.of(new Document("id", UUID.randomUUID().toString()))
                : List.of();
        return new Document("_id", id)
                .append("version", 1L)
                .append("state", state)
                .append("outbox", outbox)
                .append("changes", List.of(new Document("at", new Date()).append("by", "test")))
                .append("createdAt", new Date(1_690_000_000_000L + random.nextInt(20_000) * 1_000_000L));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<MongoCollection<Document>> both() {
        return List.of(collection(coveredClient), collection(plainClient));
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("intl").getCollection("students");
    }
}
