package org.openintl.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write whose write concern says {@code j: false} is answered without waiting for the store's commit; every other
 * write waits for it (what survives a SIGKILL is proven in {@link MongoDurabilityIntegrationTest}).
 */
class UnjournaledWritesTest {

    @TempDir
    Path dir;

    @Test
    void onlyWritesThatAskForNoJournalSkipTheWaitForTheDisk() {
        DurableH2Backend backend =
                (DurableH2Backend) MongoServerMain.open(dir.resolve("db.mv.db"), MongoServerMain.Commit.DURABLE);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> c = client.getDatabase("d").getCollection("c");
            c.insertOne(new Document("_id", 0)); // creates the collection
            String before = backend.commitFigures();

            MongoCollection<Document> unjournaled =
                    c.withWriteConcern(c.getWriteConcern().withJournal(false));
            for (int i = 1; i <= 5; i++) {
                unjournaled.insertOne(new Document("_id", i));
            }
            assertThat(backend.commitFigures()).as("no write waited").isEqualTo(before);

            c.insertOne(new Document("_id", 6));
            assertThat(backend.commitFigures()).as("the default write waited").isNotEqualTo(before);
            assertThat(c.countDocuments()).isEqualTo(7);
        } finally {
            server.shutdownNow();
        }
    }
}
