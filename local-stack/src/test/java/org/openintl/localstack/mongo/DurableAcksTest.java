package org.openintl.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write's answer waits for the disk in the connection's pipeline, not on the thread that serves the connection:
 * the server here has a single thread for all connections and the test holds the disk's sync, so a read that is
 * answered meanwhile proves the thread is free, and the write's answer must wait until the sync is done.
 */
class DurableAcksTest {

    @TempDir
    Path dir;

    /** What the next sync does before forcing the store to disk; null lets it through. */
    private final AtomicReference<Runnable> beforeSync = new AtomicReference<>();

    private MVStore store;
    private MongoServer server;
    private String uri;

    @BeforeEach
    void start() {
        store = new MVStore.Builder()
                .fileName(dir.resolve("acks.mv.db").toString())
                .autoCommitDisabled()
                .open();
        GroupCommit commits = new GroupCommit(store, () -> {
            Runnable hook = beforeSync.get();
            if (hook != null) {
                hook.run();
            }
            store.executeFilestoreOperation(() -> store.getFileStore().sync());
        });
        server = new MongoServer(new DurableH2Backend(store, commits));
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 1);
        InetSocketAddress address = server.getLocalAddress();
        uri = "mongodb://127.0.0.1:" + address.getPort() + "/?retryWrites=false";
    }

    @AfterEach
    void stop() {
        beforeSync.set(null);
        server.shutdownNow();
    }

    @Test
    void aReadIsAnsweredWhileAnotherConnectionsWriteWaitsForTheDiskAndTheWriteOnlyAfterIt() throws Exception {
        CountDownLatch syncing = new CountDownLatch(1);
        CountDownLatch diskDone = new CountDownLatch(1);
        try (MongoClient writer = client();
                MongoClient reader = client()) {
            MongoCollection<Document> written = writer.getDatabase("d").getCollection("c");
            written.insertOne(new Document("_id", 0));

            beforeSync.set(() -> {
                syncing.countDown();
                hold(diskDone);
            });
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> written.insertOne(new Document("_id", 1)));
            assertThat(syncing.await(10, TimeUnit.SECONDS))
                    .as("the write reached the sync")
                    .isTrue();

            MongoCollection<Document> read = reader.getDatabase("d").getCollection("c");
            assertThat(read.find(Filters.eq("_id", 0)).first())
                    .as("answered on the server's only thread while the write waits")
                    .isNotNull();
            assertThat(write).as("the write is not answered before its sync").isNotDone();

            diskDone.countDown();
            await().atMost(Duration.ofSeconds(10)).until(write::isDone);
            assertThat(write).isCompleted();
            assertThat(read.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void aWriteWhoseSyncFailsIsNotAcknowledged() {
        try (MongoClient writer = client()) {
            MongoCollection<Document> written = writer.getDatabase("d").getCollection("c");
            written.insertOne(new Document("_id", 0));

            beforeSync.set(() -> {
                throw new IllegalStateException("disk failed");
            });
            assertThatThrownBy(() -> written.insertOne(new Document("_id", 1)))
                    .as("the client is never told the write is done")
                    .isInstanceOf(MongoException.class);

            beforeSync.set(null);
            written.insertOne(new Document("_id", 2));
            assertThat(written.find(Filters.eq("_id", 2)).first())
                    .as("later writes are served again")
                    .isNotNull();
        }
    }

    private MongoClient client() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToSocketSettings(s -> s.readTimeout(20, TimeUnit.SECONDS))
                .build());
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the sync");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
