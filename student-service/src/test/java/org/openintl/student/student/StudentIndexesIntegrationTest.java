package org.openintl.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openintl.platform.country.Continent;
import org.openintl.student.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field the student list filters, searches or sorts on has an index once the service has started: MongoDB
 * answers the list from its indexes, the embedded server from the indexed fields it keeps in its heap
 * (docs/embedded-database.md). The fields are read from the list's own query with every filter set, so a new filter
 * without an index fails here.
 */
class StudentIndexesIntegrationTest extends IntegrationTest {

    @Autowired
    MongoDatabase db;

    @Test
    void everyFilterSearchAndSortFieldOfTheListLeadsAnIndex() {
        StudentFilter everything = new StudentFilter(
                List.of(StudentStatus.ADMITTED),
                "VN",
                Continent.values()[0],
                Category.values()[0],
                "College",
                FundingType.values()[0],
                "Counselor",
                UUID.randomUUID(),
                "Nguyen");
        Set<String> fields = new HashSet<>();
        collectFields(
                StudentRepository.query(everything).toBsonDocument(BsonDocument.class, db.getCodecRegistry()), fields);
        fields.add("state.profile.familyName"); // the list's order
        fields.add("state.profile.givenName");

        Set<String> leading = new HashSet<>();
        List<List<String>> keys = new ArrayList<>();
        for (Document index : db.getCollection("students").listIndexes()) {
            List<String> key = new ArrayList<>(index.get("key", Document.class).keySet());
            keys.add(key);
            leading.add(key.get(0));
        }

        assertThat(fields).hasSizeGreaterThanOrEqualTo(11);
        assertThat(leading).as("first keys of the indexes").containsAll(fields);
        assertThat(keys)
                .as("the list's order, ties by id")
                .contains(List.of("state.profile.familyName", "state.profile.givenName", "_id"));
    }

    private static void collectFields(BsonValue value, Set<String> fields) {
        if (value instanceof BsonDocument document) {
            document.forEach((key, child) -> {
                if (!key.startsWith("$")) {
                    fields.add(key);
                }
                collectFields(child, fields);
            });
        } else if (value instanceof BsonArray array) {
            array.forEach(element -> collectFields(element, fields));
        }
    }
}
