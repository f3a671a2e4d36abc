package org.openintl.localstack.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.sun.management.GarbageCollectionNotificationInfo;
import de.bwaldvogel.mongo.MongoServer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.conversions.Bson;

/**
 * What one query costs the embedded MongoDB (mongo-java-server on its H2 file, as the local stack runs it) at N
 * student-like documents: the most heap still in use after a garbage collection while the query runs (server and
 * client in one JVM; the client only ever receives a page or a batch), above the heap before it, and its time. Run
 * with a heap small enough that collections happen during a query:
 *
 * <pre>
 * ./mvnw -q -pl local-stack test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.openintl.localstack.mongo.EmbeddedQueryCost \
 *     [-Dexec.args="100000 DURABLE --skip-whole-document-shapes"]
 * </pre>
 *
 * (with {@code MAVEN_OPTS="-Xmx512m -XX:+UseSerialGC"}; a shape that holds every document fails at 100,000 with
 * an OutOfMemoryError, which is the point). Figures in
 * docs/embedded-database.md.
 */
public final class EmbeddedQueryCost {

    private EmbeddedQueryCost() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("embedded-query-cost");
        MongoServer server =
                new MongoServer(MongoServerMain.open(dir.resolve("cost.mv.db"), MongoServerMain.Commit.DURABLE));
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            MongoCollection<Document> students = client.getDatabase("cost").getCollection("students");
            load(students, n);
            System.out.printf(
                    Locale.ROOT, "store file %,d MB after loading%n", Files.size(dir.resolve("cost.mv.db")) >> 20);
            Bson anyone = Filters.empty();
            Bson name = Filters.or(
                    Filters.regex("state.profile.familyName", Pattern.compile("nurlanov", Pattern.CASE_INSENSITIVE)),
                    Filters.regex("state.profile.givenName", Pattern.compile("nurlanov", Pattern.CASE_INSENSITIVE)));
            Bson sort = Sorts.ascending("state.profile.familyName", "state.profile.givenName", "_id");
            System.out.printf(Locale.ROOT, "%,d documents%n", n);
            boolean wholeDocumentShapes = !(args.length > 2 && args[2].equals("--skip-whole-document-shapes"));
            measure("count (countDocuments, all)", () -> students.countDocuments(anyone));
            measure("count (countDocuments, name search)", () -> students.countDocuments(name));
            measureIf(
                    wholeDocumentShapes,
                    "page of 50, find().sort() on whole documents",
                    () -> students.find(anyone)
                            .projection(Projections.exclude("outbox"))
                            .sort(sort)
                            .limit(50)
                            .into(new ArrayList<>())
                            .size());
            measure("page of 50, sort keys only, then by id (AggregateStore.find)", () -> {
                List<Object> ids = new ArrayList<>();
                students.aggregate(List.of(
                                Aggregates.match(anyone),
                                Aggregates.project(Projections.include(
                                        "_id", "state.profile.familyName", "state.profile.givenName")),
                                Aggregates.sort(sort),
                                Aggregates.limit(50),
                                Aggregates.project(Projections.include("_id"))))
                        .forEach(d -> ids.add(d.get("_id")));
                return students.find(Filters.in("_id", ids))
                        .into(new ArrayList<>())
                        .size();
            });
            measure("page of 50, flat sort keys only, then by id", () -> {
                List<Object> ids = new ArrayList<>();
                students.aggregate(List.of(
                                Aggregates.match(anyone),
                                Aggregates.project(new Document("k0", "$state.profile.familyName")
                                        .append("k1", "$state.profile.givenName")),
                                Aggregates.sort(Sorts.ascending("k0", "k1", "_id")),
                                Aggregates.limit(50),
                                Aggregates.project(Projections.include("_id"))))
                        .forEach(d -> ids.add(d.get("_id")));
                return students.find(Filters.in("_id", ids))
                        .into(new ArrayList<>())
                        .size();
            });
            measure("page of 50 and the total in one pass ($facet, flat keys), then by id", () -> {
                Document result = students.aggregate(List.of(
                                Aggregates.match(anyone),
                                Aggregates.project(new Document("k0", "$state.profile.familyName")
                                        .append("k1", "$state.profile.givenName")),
                                Aggregates.facet(
                                        new com.mongodb.client.model.Facet("total", Aggregates.count("n")),
                                        new com.mongodb.client.model.Facet(
                                                "page",
                                                Aggregates.sort(Sorts.ascending("k0", "k1", "_id")),
                                                Aggregates.limit(50),
                                                Aggregates.project(Projections.include("_id"))))))
                        .first();
                List<Object> ids = new ArrayList<>();
                result.getList("page", Document.class).forEach(d -> ids.add(d.get("_id")));
                students.find(Filters.in("_id", ids)).into(new ArrayList<>());
                return result.getList("total", Document.class).get(0).get("n");
            });
            measure("name search page of 50, sort keys only", () -> {
                List<Object> ids = new ArrayList<>();
                students.aggregate(List.of(
                                Aggregates.match(name),
                                Aggregates.project(Projections.include(
                                        "_id", "state.profile.familyName", "state.profile.givenName")),
                                Aggregates.sort(sort),
                                Aggregates.limit(50),
                                Aggregates.project(Projections.include("_id"))))
                        .forEach(d -> ids.add(d.get("_id")));
                return ids.size();
            });
            measureIf(wholeDocumentShapes, "every document, no sort, no projection (held in the cursor)", () -> {
                long[] count = {0};
                students.find(anyone).batchSize(500).forEach(d -> count[0]++);
                return count[0];
            });
            measure("every id (find with _id projection)", () -> {
                long[] count = {0};
                students.find(anyone).projection(Projections.include("_id")).forEach(d -> count[0]++);
                return count[0];
            });
            measure(
                    "outbox scan, limit 200",
                    () -> students.find(Filters.exists("outbox.id"))
                            .projection(Projections.include("outbox"))
                            .limit(200)
                            .into(new ArrayList<>())
                            .size());
            System.out.printf(
                    Locale.ROOT, "store file %,d MB at the end%n", Files.size(dir.resolve("cost.mv.db")) >> 20);
        } finally {
            server.shutdownNow();
        }
    }

    private static void load(MongoCollection<Document> students, int n) {
        String sealed = "x".repeat(700); // personal data, sealed: about this long for a student
        List<Document> batch = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < n; i++) {
            batch.add(new Document("_id", UUID.randomUUID())
                    .append("version", 1L)
                    .append(
                            "state",
                            new Document("status", "ADMITTED")
                                    .append("nationality", "KZ")
                                    .append("continent", "ASIA")
                                    .append(
                                            "profile",
                                            new Document("familyName", i % 12 == 3 ? "Nurlanov" : "Name" + (i % 977))
                                                    .append("givenName", "Given" + i)
                                                    .append("chineseName", "王" + (i % 100))
                                                    .append("category", "BACHELOR")
                                                    .append("college", "College " + (i % 20))
                                                    .append("program", "Program " + (i % 50))
                                                    .append("counselor", "Counselor " + (i % 40))
                                                    .append("funding", new Document("type", "CSC")))
                                    .append("personal", new Document("keyId", "k1").append("data", sealed))
                                    .append("deadlines", List.of()))
                    .append("outbox", i % 1000 == 0 ? List.of(new Document("id", UUID.randomUUID())) : List.of()));
            if (batch.size() == 1_000) {
                students.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            students.insertMany(batch);
        }
        System.out.printf(Locale.ROOT, "loaded in %.1f s%n", (System.nanoTime() - begin) / 1e9);
    }

    private interface Query {
        Object run() throws Exception;
    }

    /** The shapes that hold every document can take many minutes of garbage collection at 100,000: skippable. */
    private static void measureIf(boolean run, String what, Query query) throws Exception {
        if (run) {
            measure(what, query);
        } else {
            System.out.printf(Locale.ROOT, "%-66s skipped%n", what);
        }
    }

    private static void measure(String what, Query query) throws Exception {
        System.gc();
        long base = heapUsed();
        AtomicLong peakAfterGc = new AtomicLong(base);
        List<Runnable> unregister = new ArrayList<>();
        // the heap still in use after each collection during the query: what the query keeps, not what it allocates
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed)
                            .sum();
                    peakAfterGc.accumulateAndGet(after, Math::max);
                }
            };
            emitter.addNotificationListener(listener, null, null);
            unregister.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        long begin = System.nanoTime();
        Object result;
        try {
            result = query.run();
        } catch (RuntimeException e) {
            result = "FAILED: " + e.getMessage();
        }
        long took = (System.nanoTime() - begin) / 1_000_000;
        unregister.forEach(Runnable::run);
        System.out.printf(
                Locale.ROOT,
                "%-66s %7d ms  held +%4d MB  (%s)%n",
                what,
                took,
                Math.max(0, peakAfterGc.get() - base) / (1024 * 1024),
                result);
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
