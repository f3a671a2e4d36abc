package org.openintl.localstack.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.UuidRepresentation;

/**
 * Writes per second on the embedded MongoDB as an import makes them, with durable commits and, as the baseline in
 * the same run, with mongo-java-server's background commits (about once a second, losing what a crash interrupts).
 * Each imported student is a passport-key document and a student document with one outbox event, both inserted
 * one at a time by {@code writers} threads; a relay thread removes the events in bulk as the service's relay does.
 * The collection first holds {@code preload} students with the student-service's indexes.
 *
 * <pre>
 * MAVEN_OPTS="-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" ./mvnw -q -pl local-stack test-compile exec:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=org.openintl.localstack.mongo.EmbeddedWriteThroughput \
 *     -Dexec.args="20000 4 20"
 * </pre>
 *
 * Arguments: preload, writers, seconds (default 20,000, 4, 20). Prints one table and appends it to
 * {@code target/embedded-write-throughput.txt}; figures in docs/embedded-database.md. Measures, asserts nothing.
 */
public final class EmbeddedWriteThroughput {

    private static final Path FIGURES = Path.of("target", "embedded-write-throughput.txt");

    /** Students per insert command of each writer ({@code -Dbatch=N}; 1, the default, is what an import does now). */
    private static final int BATCH = Integer.getInteger("batch", 1);

    private EmbeddedWriteThroughput() {}

    public static void main(String[] args) throws Exception {
        int preload = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Duration duration = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        Files.createDirectories(FIGURES.getParent());
        StringBuilder out = new StringBuilder();
        say(
                out,
                String.format(
                        Locale.ROOT,
                        "%,d students stored first, %d writers, %d s; one student = passport key + student inserted,"
                                + " its event removed in bulk; %d students per insert%n%-12s %14s %14s %12s %10s%n",
                        preload,
                        writers,
                        duration.toSeconds(),
                        BATCH,
                        "commits",
                        "students/s",
                        "commands/s",
                        "vs durable",
                        "file MB"));
        double durable = run(MongoServerMain.Commit.DURABLE, preload, writers, duration, out, 0);
        run(MongoServerMain.Commit.BACKGROUND, preload, writers, duration, out, durable);
        Files.writeString(
                FIGURES,
                "--- " + java.time.Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, -Xmx"
                        + (Runtime.getRuntime().maxMemory() >> 20) + "m\n" + out,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static double run(
            MongoServerMain.Commit commit, int preload, int writers, Duration duration, StringBuilder out, double base)
            throws Exception {
        Path dir = Files.createTempDirectory("embedded-write-throughput");
        MongoServer server = new MongoServer(MongoServerMain.open(dir.resolve("writes.mv.db"), commit));
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connect(server)))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            var db = client.getDatabase("writes");
            MongoCollection<Document> students = db.getCollection("students");
            MongoCollection<Document> keys = db.getCollection("student_passport_keys");
            EmbeddedListLatency.indexStudents(students);
            EmbeddedListLatency.load(students, preload, EmbeddedListLatency::student);
            // the writers stop at the deadline by themselves, the relay once they all have: nothing waits on a timer
            long begin = System.nanoTime();
            long deadline = begin + duration.toNanos();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong written = new AtomicLong();
            AtomicLong commands = new AtomicLong();
            ConcurrentLinkedQueue<Object> published = new ConcurrentLinkedQueue<>();
            List<Thread> writerThreads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int seed = w;
                writerThreads.add(started(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; System.nanoTime() < deadline; i += BATCH) {
                        List<Document> claims = new ArrayList<>();
                        List<Document> batch = new ArrayList<>();
                        for (int b = 0; b < BATCH; b++) {
                            claims.add(new Document("_id", "k" + seed + "-" + (i + b) + "-" + random.nextLong()));
                            batch.add(EmbeddedListLatency.student(preload + i + b, random)
                                    .append(
                                            "outbox",
                                            List.of(new Document("id", UUID.randomUUID())
                                                    .append("type", "intl.student.admitted.v1")
                                                    .append("data", "x".repeat(400)))));
                        }
                        // one at a time as the import stores a row today, or BATCH per command (-Dbatch=N)
                        if (BATCH == 1) {
                            keys.insertOne(claims.get(0));
                            students.insertOne(batch.get(0));
                        } else {
                            keys.insertMany(claims);
                            students.insertMany(batch);
                        }
                        batch.forEach(d -> published.add(d.get("_id")));
                        written.addAndGet(BATCH);
                        commands.addAndGet(2);
                    }
                }));
            }
            Thread relay = started(() -> {
                while (writing.get()) {
                    List<WriteModel<Document>> pulls = new ArrayList<>();
                    for (Object id; pulls.size() < 500 && (id = published.poll()) != null; ) {
                        pulls.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.set("outbox", List.of())));
                    }
                    if (!pulls.isEmpty()) {
                        students.bulkWrite(pulls, new BulkWriteOptions().ordered(false));
                        commands.incrementAndGet();
                    }
                }
            });
            for (Thread t : writerThreads) {
                t.join();
            }
            writing.set(false);
            relay.join();
            double seconds = (System.nanoTime() - begin) / 1e9;
            long fileMb = Files.size(dir.resolve("writes.mv.db")) >> 20;
            double rate = written.get() / seconds;
            say(
                    out,
                    String.format(
                            Locale.ROOT,
                            "%-12s %14.0f %14.0f %12s %10d%n",
                            commit.name().toLowerCase(Locale.ROOT),
                            rate,
                            commands.get() / seconds,
                            base == 0 ? "1.00" : String.format(Locale.ROOT, "%.2f", rate / base),
                            fileMb));
            return rate;
        } finally {
            server.shutdownNow();
        }
    }

    /** Bound as the local stack binds it. */
    private static String connect(MongoServer server) {
        return "mongodb://127.0.0.1:" + MongoServerMain.bind(server, 0).getPort();
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work);
        t.start();
        return t;
    }

    private static void say(StringBuilder out, String line) {
        System.out.print(line);
        out.append(line);
    }
}
