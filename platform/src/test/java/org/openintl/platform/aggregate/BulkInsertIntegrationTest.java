package org.openintl.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.EmbeddedInfrastructure;

/** One unordered insert for many documents: taken keys are left out and named, every other document is stored. */
class BulkInsertIntegrationTest {

    private MongoClient client;
    private MongoCollection<Document> keys;

    @BeforeEach
    void connect() {
        EmbeddedInfrastructure.start();
        client = MongoClients.create(EmbeddedInfrastructure.mongoUri());
        keys = client.getDatabase("bulk-insert").getCollection("keys-" + UUID.randomUUID());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void leavesOutTakenKeysNamesTheirPositionsAndStoresTheRest() {
        keys.insertOne(new Document("_id", "b").append("owner", "first"));

        var duplicates = BulkInsert.skippingDuplicateKeys(
                keys,
                List.of(
                        new Document("_id", "a").append("owner", "second"),
                        new Document("_id", "b").append("owner", "second"),
                        new Document("_id", "c").append("owner", "second"),
                        new Document("_id", "a").append("owner", "third")));

        assertThat(duplicates).containsExactlyInAnyOrder(1, 3);
        assertThat(keys.countDocuments()).isEqualTo(3);
        assertThat(keys.find(new Document("_id", "b")).first().getString("owner"))
                .isEqualTo("first");
        assertThat(keys.find(new Document("_id", "a")).first().getString("owner"))
                .isEqualTo("second");
    }

    @Test
    void nothingToInsertIsNoCommand() {
        assertThat(BulkInsert.skippingDuplicateKeys(keys, List.of())).isEmpty();
        assertThat(keys.countDocuments()).isZero();
    }

    @Test
    void aTakenKeyOfAnotherUniqueIndexIsLeftOutToo() {
        keys.createIndex(Indexes.ascending("passport"), new IndexOptions().unique(true));
        keys.insertOne(new Document("_id", "x").append("passport", "P1"));

        var duplicates = BulkInsert.skippingDuplicateKeys(
                keys, List.of(new Document("_id", "y").append("passport", "P1"), new Document("_id", "z")));

        assertThat(duplicates).containsExactly(0);
        assertThat(keys.countDocuments()).isEqualTo(2);
    }

    @Test
    void anotherFailureIsThrownNotSwallowed() {
        // an array is no valid _id: not a duplicate key, so the caller must learn of it
        assertThatThrownBy(() -> BulkInsert.skippingDuplicateKeys(
                        keys, List.of(new Document("_id", List.of(1, 2)), new Document("_id", "ok"))))
                .isInstanceOf(MongoBulkWriteException.class);
    }
}
