package org.openintl.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MongoDB wire server of the local stack keeps every write it acknowledged when it is killed with SIGKILL in
 * the middle of a stream from four concurrent writers. The same stream against mongo-java-server's own
 * background commits is measured beside it (what it loses is printed, not asserted: it depends on timing).
 *
 * <p>Figures go to the console and to {@code target/mongo-durability.txt}.
 */
class MongoDurabilityIntegrationTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 2_000;
    private static final Path FIGURES = Path.of("target", "mongo-durability.txt");

    @TempDir
    Path tempDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillWithDurableCommits() throws Exception {
        Run run = writeThenKill("durable", tempDir.resolve("durable"));

        assertThat(run.missing())
                .as("acknowledged inserts missing after SIGKILL")
                .isEmpty();
        assertThat(run.acknowledged()).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    }

    /**
     * What the services' event consumers rely on: writes that ask for no journal ({@code j: false}) are made durable
     * by the next write that does not ask so, which they make before committing the offsets of a batch.
     */
    @Test
    void unjournaledWritesSurviveSigkillOnceADurableWriteFollowedThem() throws Exception {
        Path dataDir = tempDir.resolve("unjournaled");
        int port = freePort();
        Process server = startServer(port, dataDir, "durable");
        List<String> covered = new ArrayList<>();
        try (MongoClient client = client(port)) {
            MongoCollection<Document> projection =
                    client.getDatabase("durability").getCollection("projection");
            MongoCollection<Document> unjournaled =
                    projection.withWriteConcern(projection.getWriteConcern().withJournal(false));
            MongoCollection<Document> checkpoints =
                    client.getDatabase("durability").getCollection("checkpoints");
            for (int batch = 0; covered.size() < 1_000; batch++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    String id = batch + "-" + i;
                    unjournaled.insertOne(new Document("_id", id));
                    ids.add(id);
                }
                checkpoints.replaceOne(
                        Filters.eq("_id", "consumer"),
                        new Document("_id", "consumer").append("batch", batch),
                        new com.mongodb.client.model.ReplaceOptions().upsert(true));
                covered.addAll(ids);
            }
            // unjournaled writes after the last durable one: not covered, and not asserted either way
            unjournaled.insertOne(new Document("_id", "after-the-last-checkpoint"));
        }
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);

        Process restarted = startServer(port, dataDir, "durable");
        Set<String> found = new HashSet<>();
        try (MongoClient again = client(port)) {
            again.getDatabase("durability")
                    .getCollection("projection")
                    .find()
                    .forEach(d -> found.add(d.getString("_id")));
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(covered.stream().filter(id -> !found.contains(id)).toList())
                .as("unjournaled writes a durable write followed, missing after SIGKILL")
                .isEmpty();
    }

    @Test
    void backgroundCommitsAreMeasuredForComparison() throws Exception {
        Run run = writeThenKill("background", tempDir.resolve("background"));

        // what this mode loses depends on where the kill lands in its one-second cycle: recorded, not asserted
        assertThat(run.acknowledged()).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    }

    private Run writeThenKill(String commit, Path dataDir) throws Exception {
        int port = freePort();
        Process server = startServer(port, dataDir, commit);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch writersDone = new CountDownLatch(WRITERS);
        Instant begin;
        Duration writing;
        try (MongoClient client = client(port)) {
            MongoCollection<Document> partners =
                    client.getDatabase("durability").getCollection("partners");
            partners.insertOne(new Document("_id", "warm-up")); // creates the collection before the clock starts
            begin = Instant.now();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = 0; !stop.get(); i++) {
                            String id = writer + "-" + i;
                            partners.insertOne(new Document("_id", id).append("name", "Partner " + id));
                            acknowledged.add(id);
                        }
                    } catch (RuntimeException killedUnderneath) {
                        // the server is gone: the write in flight was not acknowledged
                    } finally {
                        writersDone.countDown();
                    }
                });
                thread.setDaemon(true);
                thread.start();
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            writing = Duration.between(begin, Instant.now());
            int beforeKill = acknowledged.size();
            server.destroyForcibly(); // SIGKILL on Linux and macOS
            server.waitFor(30, TimeUnit.SECONDS);
            stop.set(true);
            assertThat(writersDone.await(60, TimeUnit.SECONDS)).isTrue();
            double perSecond = beforeKill * 1000.0 / Math.max(1, writing.toMillis());

            Process restarted = startServer(port, dataDir, commit);
            Set<String> found = new HashSet<>();
            try (MongoClient again = client(port)) {
                again.getDatabase("durability")
                        .getCollection("partners")
                        .find(Filters.ne("_id", "warm-up"))
                        .forEach(d -> found.add(d.getString("_id")));
            }
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
            List<String> missing =
                    acknowledged.stream().filter(id -> !found.contains(id)).toList();
            String figures = "%s commits, %d writers: %.0f inserts/s, %d acknowledged, %d missing after SIGKILL"
                    .formatted(commit, WRITERS, perSecond, acknowledged.size(), missing.size());
            record(figures);
            return new Run(List.copyOf(acknowledged), missing);
        }
    }

    private record Run(List<String> acknowledged, List<String> missing) {}

    private static void record(String line) throws IOException {
        System.out.println("[mongo-durability] " + line);
        Files.createDirectories(FIGURES.getParent());
        Files.writeString(
                FIGURES,
                Instant.now() + " " + line + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static MongoClient client(int port) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port + "/"))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(
                        s -> s.connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .retryWrites(false) // a retried write could be acknowledged after the kill: keep the count exact
                .build());
    }

    private Process startServer(int port, Path dataDir, String commit) throws IOException {
        Process process = new ProcessBuilder(
                        java(),
                        "-Xmx128m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        classpath(),
                        MongoServerMain.class.getName(),
                        "--port=" + port,
                        "--data-dir=" + dataDir,
                        "--commit=" + commit)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        tempDir.resolve("mongo-" + commit + ".log").toFile()))
                .start();
        started.add(process);
        await().atMost(Duration.ofSeconds(30)).until(() -> accepts(port));
        return process;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() {
        return String.join(
                File.pathSeparator,
                org.openintl.localstack.RuntimeClasspathAccess.expand(System.getProperty("java.class.path")));
    }
}
