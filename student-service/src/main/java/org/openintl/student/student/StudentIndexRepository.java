package org.openintl.student.student;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.openintl.platform.aggregate.AggregateStore;
import org.springframework.stereotype.Repository;

/**
 * An index for every filter, search field and sort of the student list that {@link StudentRepository} does not
 * create itself, created at start-up. MongoDB uses them to answer a list without reading every student; the local
 * stack's embedded server answers the lists from the indexed fields it keeps in its heap
 * (docs/embedded-database.md).
 */
@Repository
class StudentIndexRepository {

    private static final String S = "state.";
    private static final String P = "state.profile.";

    StudentIndexRepository(AggregateStore<Student> students) {
        students.documents()
                .createIndexes(List.of(
                        new IndexModel(Indexes.ascending(P + "familyName", P + "givenName", "_id")), // the list's order
                        new IndexModel(Indexes.ascending(S + "continent")),
                        new IndexModel(Indexes.ascending(P + "category")),
                        new IndexModel(Indexes.ascending(P + "college")),
                        new IndexModel(Indexes.ascending(P + "funding.type")),
                        new IndexModel(Indexes.ascending(P + "counselor")),
                        new IndexModel(Indexes.ascending(S + "programAtRisk")),
                        // the name search (a substring of any of the names)
                        new IndexModel(Indexes.ascending(P + "givenName")),
                        new IndexModel(Indexes.ascending(P + "chineseName"))));
    }
}
