package org.openintl.faculty.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/** The audit log in MongoDB ({@code audit}): appended to, never changed. */
@Repository
class AuditRepository {

    private final MongoCollection<Document> entries;

    AuditRepository(MongoDatabase db) {
        this.entries = db.getCollection("audit");
        entries.createIndex(Indexes.descending("at"));
        entries.createIndex(Indexes.ascending("actor"));
        entries.createIndex(Indexes.ascending("subjects"));
    }

    /** Ids that sort in the order they were made (per instance), so entries of the same millisecond keep theirs. */
    static String newId() {
        return new ObjectId().toHexString();
    }

    void insert(AuditEntry e) {
        entries.insertOne(new Document("_id", new ObjectId(e.id()))
                .append("at", Date.from(e.at()))
                .append("actor", e.actor())
                .append("requestId", e.requestId())
                .append("action", e.action())
                .append("route", e.route())
                .append("query", e.query())
                .append("subjects", e.subjects())
                .append("count", e.count()));
    }

    PageResult<AuditEntry> find(AuditQuery q, PageRequest page) {
        List<Bson> clauses = new ArrayList<>();
        if (q.actor() != null) {
            clauses.add(eq("actor", q.actor()));
        }
        if (q.subject() != null) {
            clauses.add(eq("subjects", q.subject()));
        }
        if (q.action() != null) {
            clauses.add(eq("action", q.action()));
        }
        if (q.requestId() != null) {
            clauses.add(eq("requestId", q.requestId()));
        }
        if (q.from() != null) {
            clauses.add(gte("at", Date.from(q.from())));
        }
        if (q.to() != null) {
            clauses.add(lt("at", Date.from(q.to())));
        }
        Bson filter = clauses.isEmpty() ? Filters.empty() : and(clauses);
        List<AuditEntry> items = new ArrayList<>();
        entries.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id")))
                .skip(page.skip())
                .limit(page.size())
                .forEach(d -> items.add(decode(d)));
        return PageResult.of(items, page, entries.countDocuments(filter));
    }

    private static AuditEntry decode(Document d) {
        Instant at = d.getDate("at").toInstant();
        return new AuditEntry(
                d.getObjectId("_id").toHexString(),
                at,
                d.getString("actor"),
                d.getString("requestId"),
                d.getString("action"),
                d.getString("route"),
                d.getString("query"),
                d.getList("subjects", UUID.class),
                ((Number) d.get("count")).longValue());
    }
}
