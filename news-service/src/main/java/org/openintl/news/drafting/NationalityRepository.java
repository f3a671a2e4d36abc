package org.openintl.news.drafting;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Remembers, per nationality, which enrolment event was the first one seen (collection {@code enrolled_nationalities}).
 * The first insert wins on {@code _id}; asking again with the same event (a redelivery) still answers that it was the
 * first, so a crash between remembering and drafting cannot lose the draft.
 */
@Repository
class NationalityRepository {

    private final MongoCollection<Document> documents;

    NationalityRepository(MongoDatabase db) {
        this.documents = db.getCollection("enrolled_nationalities");
    }

    /** Whether this event is the first enrolment of the nationality. */
    boolean isFirst(String nationality, String eventId, Instant time) {
        try {
            documents.insertOne(new Document("_id", nationality)
                    .append("firstEventId", eventId)
                    .append("firstEnrolledAt", Date.from(time)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document first = documents.find(eq("_id", nationality)).first();
        return first != null && eventId.equals(first.getString("firstEventId"));
    }
}
