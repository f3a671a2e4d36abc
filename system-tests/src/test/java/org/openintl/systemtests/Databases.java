package org.openintl.systemtests;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.conversions.Bson;

/**
 * Reads the services' databases to count what the API cannot show: events still waiting in an outbox, the entries of
 * a projection, the drafts written per partnership. Only reads; each query asks for the few fields it counts.
 */
final class Databases implements AutoCloseable {

    private final MongoClient client;

    Databases(String uri) {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    MongoCollection<Document> collection(String database, String collection) {
        return client.getDatabase(database).getCollection(collection);
    }

    /** The ids among {@code ids} whose document still holds events in its outbox. */
    Set<UUID> withPendingEvents(String database, String collection, Set<UUID> ids) {
        Set<UUID> pending = new HashSet<>();
        collection(database, collection)
                .find(com.mongodb.client.model.Filters.exists("outbox.0"))
                .projection(Projections.include("_id"))
                .forEach(d -> {
                    UUID id = d.get("_id", UUID.class);
                    if (ids.contains(id)) {
                        pending.add(id);
                    }
                });
        return pending;
    }

    /** The ids of a projection whose {@code state.status} is {@code status} ({@code null}: any). */
    Set<UUID> projected(String database, String status) {
        Set<UUID> ids = new HashSet<>();
        Bson filter = status == null ? new Document() : com.mongodb.client.model.Filters.eq("state.status", status);
        collection(database, "partnership_projection")
                .find(filter)
                .projection(Projections.include("_id"))
                .forEach(d -> ids.add(d.get("_id", UUID.class)));
        return ids;
    }

    /** Every partnership id named by an article, once per article that names it. */
    List<UUID> partnershipsNamedByArticles() {
        List<UUID> named = new ArrayList<>();
        collection("news", "articles")
                .find(com.mongodb.client.model.Filters.exists("state.article.content.partnershipIds.0"))
                .projection(Projections.include("state.article.content.partnershipIds"))
                .forEach(d -> {
                    Document content = d.get("state", Document.class)
                            .get("article", Document.class)
                            .get("content", Document.class);
                    named.addAll(content.getList("partnershipIds", UUID.class));
                });
        return named;
    }

    @Override
    public void close() {
        client.close();
    }
}
