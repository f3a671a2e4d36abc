package org.openintl.localstack.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.conversions.Bson;

/**
 * Latency of the lists, filters and name searches of students and partners on the embedded MongoDB at N documents
 * per collection, with the queries answered from the indexed fields in the heap ("after") and from the documents as
 * mongo-java-server does ("before", {@code --covered-queries=off}). The queries are the services' own shapes: the
 * lists' page and total in one {@code $facet} pass ({@code SortedIds.pageWithTotal}), then the page by id. Also the
 * heap the rows take. Server and client in one JVM.
 *
 * <pre>
 * MAVEN_OPTS="-Xmx768m -XX:+UseSerialGC" ./mvnw -q -pl local-stack test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.openintl.localstack.mongo.EmbeddedListLatency -Dexec.args="1000 20000 100000"
 * </pre>
 *
 * Prints one table per size and appends it to {@code target/embedded-list-latency.txt}; figures in
 * docs/embedded-database.md. Measures, asserts nothing.
 */
public final class EmbeddedListLatency {

    private static final int AFTER_RUNS = 100;
    /** The rows' budget of each server here: 100,000 students and 100,000 partners take about 415 MB of it. */
    private static final int BUDGET_MB = 1_024;

    private static final Path FIGURES = Path.of("target", "embedded-list-latency.txt");
    private static final String P = "state.profile.";

    private EmbeddedListLatency() {}

    public static void main(String[] args) throws Exception {
        heapOnly = Arrays.asList(args).contains("--heap-only");
        afterOnly = Arrays.asList(args).contains("--after-only");
        int[] sizes = Arrays.stream(args)
                .filter(a -> !a.startsWith("--"))
                .mapToInt(Integer::parseInt)
                .toArray();
        if (sizes.length == 0) {
            sizes = new int[] {1_000, 20_000, 100_000};
        }
        Files.createDirectories(FIGURES.getParent());
        RowBudget.limitMb(BUDGET_MB); // several servers one after the other in this JVM: their budgets add up
        for (int n : sizes) {
            run(n);
        }
    }

    /** {@code --heap-only}: load and measure the rows' heap, no latencies. */
    private static boolean heapOnly;

    /** {@code --after-only}: no "before" runs (minutes at 100,000), for profiling the rows' answers. */
    private static boolean afterOnly;

    private static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("embedded-list-latency");
        CoveredCollection.answerFromRows = true;
        MongoServer server =
                new MongoServer(MongoServerMain.open(dir.resolve("lists.mv.db"), MongoServerMain.Commit.DURABLE));
        StringBuilder out = new StringBuilder();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            var db = client.getDatabase("lists");
            MongoCollection<Document> students = db.getCollection("students");
            MongoCollection<Document> partners = db.getCollection("partners");
            long begin = System.nanoTime();
            load(students, n, EmbeddedListLatency::student);
            load(partners, n, EmbeddedListLatency::partner);
            say(
                    out,
                    String.format(
                            Locale.ROOT,
                            "%,d students and %,d partners loaded in %.0f s (durable store)%n",
                            n,
                            n,
                            (System.nanoTime() - begin) / 1e9));
            long heapBefore = settledHeap();
            indexStudents(students);
            indexPartners(partners);
            students.countDocuments(Filters.eq("state.status", "x")); // builds the rows
            partners.countDocuments(Filters.eq("state.country", "x"));
            long rowBytes = settledHeap() - heapBefore;
            say(
                    out,
                    String.format(
                            Locale.ROOT,
                            "rows in the heap: %,d KB for %,d documents, %,d bytes per document%n",
                            rowBytes >> 10,
                            2L * n,
                            rowBytes / (2L * n)));
            if (heapOnly) {
                return;
            }
            say(
                    out,
                    String.format(
                            Locale.ROOT,
                            "%-44s %12s %12s %12s %12s %9s%n",
                            "query (page of 20 and its total)",
                            "before p50",
                            "before p99",
                            "after p50",
                            "after p99",
                            "total"));
            int beforeRuns = afterOnly ? 0 : n >= 50_000 ? 3 : n >= 10_000 ? 5 : 20;
            Bson name = studentNameSearch();
            row(out, "students: list", beforeRuns, () -> studentPage(students, Filters.empty()));
            row(
                    out,
                    "students: status in (2) and nationality",
                    beforeRuns,
                    () -> studentPage(
                            students,
                            Filters.and(
                                    Filters.in("state.status", "ADMITTED", "ENROLLED"),
                                    Filters.eq("state.nationality", "VN"))));
            row(out, "students: name search", beforeRuns, () -> studentPage(students, name));
            row(out, "students: list, page 200", beforeRuns, () -> studentPage(students, Filters.empty(), 4_000));
            Bson current = Filters.eq("state.archived", false);
            row(out, "partners: list", beforeRuns, () -> partnerPage(partners, current));
            row(
                    out,
                    "partners: country",
                    beforeRuns,
                    () -> partnerPage(partners, Filters.and(current, Filters.eq("state.country", "VN"))));
            Bson q = partnerNameSearch();
            row(out, "partners: name search", beforeRuns, () -> partnerPage(partners, Filters.and(current, q)));
            // the partner import's natural key (PartnerRepository.findByName): the oldest with the name in the country;
            // "before" here is mongo-java-server's own path, which it took while createdAt had no index
            String key = "^" + Pattern.quote("Bench 4242 University") + "$";
            Bson byName = Filters.and(
                    Filters.eq("state.country", "VN"),
                    Filters.or(
                            Filters.regex("state.name.zh", key, "i"),
                            Filters.regex("state.name.en", key, "i"),
                            Filters.regex("state.name.ko", key, "i"),
                            Filters.regex("state.originalName", key, "i")));
            row(out, "partners: find by name (import's key)", 3, () -> oldest(partners, byName));
            say(
                    out,
                    String.format(
                            Locale.ROOT,
                            "booked against the rows' budget at the end (rows, postings, kept orders, folded texts):"
                                    + " %,d KB%n",
                            RowBudget.usedBytes() >> 10));
        } finally {
            server.shutdownNow();
            CoveredCollection.answerFromRows = true;
        }
        if (!heapOnly) {
            firstQueriesAfterARestart(dir, out);
        }
        Files.writeString(
                FIGURES,
                "--- " + java.time.Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, -Xmx"
                        + (Runtime.getRuntime().maxMemory() >> 20) + "m\n" + out,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * The start-up (the rows built, and what the queries made remembered and made again) and the first run of each
     * list and search after it, beside the same with nothing made again at start-up (the baseline: made at the first
     * query, under the collection's lock).
     */
    private static void firstQueriesAfterARestart(Path dir, StringBuilder out) {
        say(
                out,
                String.format(
                        Locale.ROOT,
                        "%-44s %16s %16s%n",
                        "after a restart: start-up, then first run",
                        "made at query",
                        "made at start"));
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (int again = 0; again < 2; again++) {
            CoveredCollection.makeAgainAtStart = again == 1;
            // the budget is one per JVM and the servers before did not give theirs back: each start gets a full one
            RowBudget.limitMb((int) (RowBudget.usedBytes() >> 20) + BUDGET_MB);
            long begin = System.nanoTime();
            MongoServer server =
                    new MongoServer(MongoServerMain.open(dir.resolve("lists.mv.db"), MongoServerMain.Commit.DURABLE));
            try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                    .uuidRepresentation(UuidRepresentation.STANDARD)
                    .build())) {
                figures.computeIfAbsent("start-up (open the store, build the rows)", k -> new double[2])[again] =
                        (System.nanoTime() - begin) / 1e6;
                var db = client.getDatabase("lists");
                MongoCollection<Document> students = db.getCollection("students");
                MongoCollection<Document> partners = db.getCollection("partners");
                Bson current = Filters.eq("state.archived", false);
                Map<String, Supplier<Long>> first = new LinkedHashMap<>();
                first.put("students: list", () -> studentPage(students, Filters.empty()));
                first.put("students: name search", () -> studentPage(students, studentNameSearch()));
                first.put("partners: list", () -> partnerPage(partners, current));
                first.put(
                        "partners: name search",
                        () -> partnerPage(partners, Filters.and(current, partnerNameSearch())));
                for (var q : first.entrySet()) {
                    long t = System.nanoTime();
                    q.getValue().get();
                    figures.computeIfAbsent(q.getKey(), k -> new double[2])[again] = (System.nanoTime() - t) / 1e6;
                }
            } finally {
                server.shutdownNow();
                CoveredCollection.makeAgainAtStart = true;
            }
        }
        figures.forEach(
                (what, ms) -> say(out, String.format(Locale.ROOT, "%-44s %13.1f ms %13.1f ms%n", what, ms[0], ms[1])));
    }

    private static Bson studentNameSearch() {
        return Filters.or(
                Filters.regex(P + "familyName", "nov", "i"),
                Filters.regex(P + "givenName", "nov", "i"),
                Filters.regex(P + "chineseName", "nov", "i"));
    }

    private static Bson partnerNameSearch() {
        return Filters.or(
                Filters.regex("state.name.zh", Pattern.quote("Bench 1"), "i"),
                Filters.regex("state.name.en", Pattern.quote("Bench 1"), "i"),
                Filters.regex("state.name.ko", Pattern.quote("Bench 1"), "i"),
                Filters.regex("state.originalName", Pattern.quote("Bench 1"), "i"));
    }

    private static void say(StringBuilder out, String line) {
        System.out.print(line);
        out.append(line);
    }

    private static void row(StringBuilder out, String what, int beforeRuns, Supplier<Long> query) {
        CoveredCollection.answerFromRows = false;
        long[] before = time(beforeRuns, query);
        Long beforeTotal = beforeRuns == 0 ? null : query.get();
        CoveredCollection.answerFromRows = true;
        for (int i = 0; i < 20; i++) {
            query.get(); // warm-up
        }
        long[] after = time(AFTER_RUNS, query);
        Long afterTotal = query.get();
        String line = String.format(
                Locale.ROOT,
                "%-44s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %9s%n",
                what,
                percentile(before, 50),
                percentile(before, 99),
                percentile(after, 50),
                percentile(after, 99),
                beforeTotal == null || beforeTotal.equals(afterTotal) ? afterTotal : beforeTotal + " vs " + afterTotal);
        say(out, line);
    }

    private static long[] time(int runs, Supplier<Long> query) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Nearest rank; with few runs the p99 is the slowest run. */
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The student list's shape: page and total in one pass ({@code SortedIds.pageWithTotal}), then the page by id. */
    private static long studentPage(MongoCollection<Document> students, Bson filter) {
        return studentPage(students, filter, 0);
    }

    private static long studentPage(MongoCollection<Document> students, Bson filter, int skip) {
        return page(students, filter, skip, P + "familyName", P + "givenName", Sorts.ascending("k0", "k1", "_id"));
    }

    /** {@code SortedIds.pageWithTotal} (a page of 20 and the total in one {@code $facet} pass), then the page by id. */
    private static long page(
            MongoCollection<Document> collection, Bson filter, int skip, String first, String second, Bson sort) {
        List<Bson> page = new ArrayList<>();
        page.add(Aggregates.sort(sort));
        if (skip > 0) {
            page.add(Aggregates.skip(skip));
        }
        page.add(Aggregates.limit(20));
        page.add(Aggregates.project(new Document("_id", 1)));
        Document result = collection
                .aggregate(List.of(
                        Aggregates.match(filter),
                        Aggregates.project(
                                new Document("_id", 1).append("k0", "$" + first).append("k1", "$" + second)),
                        Aggregates.facet(new Facet("total", Aggregates.count("n")), new Facet("page", page))))
                .first();
        List<Object> ids = new ArrayList<>();
        result.getList("page", Document.class).forEach(d -> ids.add(d.get("_id")));
        byIds(collection, ids);
        List<Document> total = result.getList("total", Document.class);
        return total.isEmpty() ? 0 : ((Number) total.get(0).get("n")).longValue();
    }

    /** The partner list's shape: the same page and total in one pass, sorted by the English and Chinese names. */
    private static long partnerPage(MongoCollection<Document> partners, Bson filter) {
        return page(partners, filter, 0, "state.name.en", "state.name.zh", Sorts.ascending("k0", "k1"));
    }

    /** {@code SortedIds.page} of the oldest match: ids by {@code createdAt}, first one; how many (0 or 1). */
    private static long oldest(MongoCollection<Document> partners, Bson filter) {
        List<Document> first = partners.aggregate(List.of(
                        Aggregates.match(filter),
                        Aggregates.project(new Document("_id", 1).append("k0", "$createdAt")),
                        Aggregates.sort(Sorts.ascending("k0")),
                        Aggregates.sort(Sorts.ascending("k0")),
                        Aggregates.limit(1),
                        Aggregates.project(new Document("_id", 1))))
                .into(new ArrayList<>());
        return first.size();
    }

    private static void byIds(MongoCollection<Document> collection, List<Object> ids) {
        collection
                .find(Filters.in("_id", ids))
                .projection(Projections.exclude("changes"))
                .into(new ArrayList<>());
    }

    /** The indexes student-service creates (AggregateStore, StudentRepository, StudentIndexRepository). */
    static void indexStudents(MongoCollection<Document> c) {
        c.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        c.createIndex(Indexes.ascending("outbox.id"), new IndexOptions().sparse(true));
        c.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().sparse(true));
        List<IndexModel> indexes = new ArrayList<>();
        for (String field : List.of(
                "state.status",
                "state.nationality",
                P + "partnershipId",
                "state.nextWarningOn",
                P + "familyName",
                "state.continent",
                P + "category",
                P + "college",
                P + "funding.type",
                P + "counselor",
                "state.programAtRisk",
                P + "givenName",
                P + "chineseName")) {
            indexes.add(new IndexModel(Indexes.ascending(field)));
        }
        indexes.add(new IndexModel(Indexes.ascending(P + "familyName", P + "givenName", "_id")));
        c.createIndexes(indexes);
    }

    /** The indexes partnership-service creates for partners (AggregateStore, PartnerIndexRepository). */
    private static void indexPartners(MongoCollection<Document> c) {
        c.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        c.createIndex(Indexes.ascending("outbox.id"), new IndexOptions().sparse(true));
        c.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().sparse(true));
        List<IndexModel> indexes = new ArrayList<>();
        indexes.add(new IndexModel(Indexes.ascending("state.name.en", "state.name.zh")));
        for (String field : List.of(
                "createdAt",
                "state.archived",
                "state.country",
                "state.continent",
                "state.beltAndRoad",
                "state.type",
                "state.name.zh",
                "state.name.ko",
                "state.originalName")) {
            indexes.add(new IndexModel(Indexes.ascending(field)));
        }
        c.createIndexes(indexes);
    }

    private static final List<String> FAMILY = List.of("Nguyen", "Tran", "Kim", "Li", "Wang", "Nurlanov", "Park");
    private static final List<String> STATUS = List.of("APPLIED", "ADMITTED", "ENROLLED", "GRADUATED", "SUSPENDED");
    private static final List<String> NATIONALITY = List.of("VN", "KR", "KZ", "TH", "LA", "ID", "MN");

    /** About the size and shape of a stored student (sealed personal data, a change log entry). */
    static Document student(int i, Random random) {
        String nationality = NATIONALITY.get(random.nextInt(NATIONALITY.size()));
        return new Document("_id", UUID.randomUUID())
                .append("version", 2L)
                .append(
                        "state",
                        new Document("status", STATUS.get(random.nextInt(STATUS.size())))
                                .append("nationality", nationality)
                                .append("continent", "ASIA")
                                .append("programAtRisk", false)
                                .append(
                                        "profile",
                                        new Document("familyName", FAMILY.get(random.nextInt(FAMILY.size())) + i % 97)
                                                .append("givenName", "Given" + random.nextInt(5_000))
                                                .append("chineseName", "\u738b" + i % 100)
                                                .append("studentNumber", "S" + (1_000_000 + i))
                                                .append("category", "BACHELOR")
                                                .append("college", "College " + i % 20)
                                                .append("program", "Program " + i % 50)
                                                .append("counselor", "Counselor " + i % 40)
                                                .append("partnershipId", UUID.randomUUID())
                                                .append("funding", new Document("type", "CSC")))
                                .append("personal", new Document("keyId", "k1").append("data", "x".repeat(600)))
                                .append("deadlines", List.of()))
                .append("outbox", List.of())
                .append(
                        "changes",
                        List.of(new Document("version", 1L)
                                .append("at", new java.util.Date())
                                .append("by", "importer")
                                .append("fields", List.of("status", "profile"))))
                .append("createdAt", new java.util.Date());
    }

    private static Document partner(int i, Random random) {
        return new Document("_id", UUID.randomUUID())
                .append("version", 1L)
                .append(
                        "state",
                        new Document(
                                        "name",
                                        new Document("en", "Bench " + random.nextInt(100_000) + " University")
                                                .append("zh", "\u5927\u5b66" + i)
                                                .append("ko", "\ub300\ud559\uad50" + i))
                                .append("originalName", "Bench original " + i)
                                .append("country", NATIONALITY.get(random.nextInt(NATIONALITY.size())))
                                .append("continent", "ASIA")
                                .append("beltAndRoad", random.nextBoolean())
                                .append("city", "City " + i % 300)
                                .append("type", "UNIVERSITY")
                                .append("website", "https://example.org/" + i)
                                .append(
                                        "contacts",
                                        List.of(new Document("name", "Contact " + i)
                                                .append("email", "c" + i + "@example.org")))
                                .append("archived", i % 50 == 0))
                .append("outbox", List.of())
                .append("changes", List.of(new Document("version", 1L).append("at", new java.util.Date())))
                .append("createdAt", new java.util.Date());
    }

    interface Generator {
        Document make(int i, Random random);
    }

    static void load(MongoCollection<Document> collection, int n, Generator generator) {
        Random random = new Random(n);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(generator.make(i, random));
            if (batch.size() == 1_000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
