package org.openintl.student.student;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.openintl.platform.aggregate.BulkInsert;
import org.springframework.stereotype.Repository;

/**
 * The students' natural key, nationality + passport number, as blind indexes ({@code student_passport_keys}: {@code
 * _id} the index, {@code student} the id). Kept beside the students so that an import finds a student by an {@code
 * _id} lookup, which every MongoDB server answers from its primary index, whatever the number of students. Nothing in
 * it is readable without the data keys (see {@code FieldCipher#blindIndex}).
 */
@Repository
class PassportKeyRepository {

    private final MongoCollection<Document> keys;

    PassportKeyRepository(MongoDatabase db) {
        this.keys = db.getCollection("student_passport_keys");
    }

    /** The student claimed under one of {@code blindIndexes} (one per configured data key), if any. */
    Optional<UUID> find(List<String> blindIndexes) {
        Document d = keys.find(in("_id", blindIndexes)).first();
        return d == null ? Optional.empty() : Optional.of(d.get("student", UUID.class));
    }

    /** The students claimed under any of {@code blindIndexes}, by blind index, in one round trip. */
    Map<String, UUID> findAll(Collection<String> blindIndexes) {
        Map<String, UUID> found = new HashMap<>();
        if (!blindIndexes.isEmpty()) {
            keys.find(in("_id", blindIndexes))
                    .forEach(d -> found.put(d.getString("_id"), d.get("student", UUID.class)));
        }
        return found;
    }

    /**
     * {@link #claim} for several natural keys in one command (one commit of the embedded server instead of one per
     * key); a key claimed already keeps its student.
     */
    void claimAll(Map<String, UUID> studentsByBlindIndex) {
        List<Document> claims = new ArrayList<>();
        studentsByBlindIndex.forEach(
                (index, student) -> claims.add(new Document("_id", index).append("student", student)));
        BulkInsert.skippingDuplicateKeys(keys, claims);
    }

    /**
     * Records that {@code student} has this natural key; false (and nothing changed) when another record claimed it
     * first.
     */
    boolean claim(String blindIndex, UUID student) {
        try {
            keys.insertOne(new Document("_id", blindIndex).append("student", student));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
