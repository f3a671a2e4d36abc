package org.openintl.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unique indexes' key type ({@link SerializedKeyType}) orders and stores keys exactly as H2's own type does, so
 * that a data file written by an earlier version (or by stock mongo-java-server) reads the same, and the other way
 * round.
 */
class UniqueIndexKeysTest {

    @TempDir
    Path dir;

    @Test
    void ordersWritesAndReadsEveryKindOfKeyAsH2Does() {
        SerializedKeyType ours = new SerializedKeyType();
        ObjectDataType h2 = new ObjectDataType();
        List<KeyValue> keys = keys(new Random(42), 400);
        for (KeyValue a : keys) {
            WriteBuffer mine = new WriteBuffer();
            WriteBuffer theirs = new WriteBuffer();
            ours.write(mine, SerializedKey.of(a));
            h2.write(theirs, a);
            assertThat(bytes(mine)).isEqualTo(bytes(theirs));
            SerializedKey read = ours.read(ByteBuffer.wrap(bytes(theirs)));
            assertThat(read).isEqualTo(SerializedKey.of(a));
            assertThat(read.keyValue()).isEqualTo(a);
            for (KeyValue b : keys.subList(0, 60)) {
                assertThat(Integer.signum(ours.compare(SerializedKey.of(a), SerializedKey.of(b))))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void readsAKeyH2WroteWithAnotherTagAsH2OrdersIt() {
        WriteBuffer theirs = new WriteBuffer();
        new ObjectDataType().write(theirs, "a plain string");
        SerializedKey read = new SerializedKeyType().read(ByteBuffer.wrap(bytes(theirs)));
        assertThat(ObjectDataType.deserialize(read.bytes())).isEqualTo("a plain string");
    }

    @Test
    void aFileWrittenByStockMongoJavaServerKeepsItsUniqueIndexesAndTheOtherWayRound() {
        Path file = dir.resolve("keys.mv.db");
        List<UUID> ids = new ArrayList<>();
        // written by stock mongo-java-server, then used by ours: lookups and duplicates as before
        withServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()), c -> {
            c.createIndex(Indexes.ascending("passport", "nationality"), new IndexOptions().unique(true));
            for (int i = 0; i < 2_000; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                c.insertOne(new Document("_id", id).append("passport", "P" + i).append("nationality", "KR"));
            }
        });
        withServer(MongoServerMain.open(file, MongoServerMain.Commit.DURABLE), c -> {
            assertEveryKeyFoundAndEnforced(c, ids);
            for (int i = 2_000; i < 3_000; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                c.insertOne(new Document("_id", id).append("passport", "P" + i).append("nationality", "VN"));
            }
        });
        // and what ours wrote reads the same with stock mongo-java-server
        withServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()), c -> {
            assertEveryKeyFoundAndEnforced(c, ids);
        });
    }

    private static void assertEveryKeyFoundAndEnforced(MongoCollection<Document> c, List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            assertThat(c.find(Filters.eq("_id", ids.get(i))).first())
                    .as("document %d by _id", i)
                    .isNotNull();
        }
        UUID taken = ids.get(ids.size() / 2);
        assertThatThrownBy(() -> c.insertOne(new Document("_id", taken).append("passport", "new")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> c.insertOne(new Document("_id", UUID.randomUUID())
                        .append("passport", "P7")
                        .append("nationality", "KR")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
        assertThat(c.countDocuments()).isEqualTo(ids.size());
    }

    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            use.accept(client.getDatabase("keys").getCollection("students"));
        } finally {
            server.shutdownNow();
        }
    }

    /** Keys as mongo-java-server builds them: one or several values of the types documents hold. */
    private static List<KeyValue> keys(Random random, int n) {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] values = new Object[1 + random.nextInt(3)];
            for (int v = 0; v < values.length; v++) {
                values[v] = switch (random.nextInt(7)) {
                    case 0 -> UUID.randomUUID();
                    case 1 -> "s" + random.nextInt(1_000);
                    case 2 -> random.nextInt(100) - 50;
                    case 3 -> random.nextLong();
                    case 4 -> random.nextDouble();
                    case 5 -> new de.bwaldvogel.mongo.bson.Document("k", random.nextInt(10));
                    default -> Arrays.asList("a", random.nextInt(5));
                };
            }
            keys.add(new KeyValue(values));
        }
        return keys;
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer b = buffer.getBuffer();
        b.flip();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
