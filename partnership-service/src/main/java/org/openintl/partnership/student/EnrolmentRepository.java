package org.openintl.partnership.student;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Indexes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonDocument;
import org.openintl.platform.aggregate.AggregateStores;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.stereotype.Repository;

/**
 * The enrolment projection (collection {@code student_enrolments}): counts students currently ENROLLED per
 * partnership. A repository, as every class that reads the database is.
 */
@Repository
public class EnrolmentRepository {

    private final ProjectionStore<StudentEnrolment> students;

    EnrolmentRepository(AggregateStores stores) {
        this.students = stores.projection("student_enrolments", StudentEnrolment.class);
        // real MongoDB counts a partnership's students from it; the embedded server ignores it
        // (docs/partnership-service.md)
        students.documents().createIndex(Indexes.ascending("state.partnershipId", "state.status"));
    }

    public long enrolled(UUID partnershipId) {
        return students.documents()
                .countDocuments(and(eq("state.partnershipId", partnershipId), eq("state.status", "ENROLLED")));
    }

    /**
     * The students ENROLLED in each of these partnerships (absent: none), counted in one pass. On the embedded
     * database every query reads the whole collection, so a page or the statistics ask once, not once a partnership.
     */
    public Map<UUID, Long> enrolled(Collection<UUID> partnershipIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (partnershipIds.isEmpty()) {
            return counts;
        }
        students.documents()
                .aggregate(List.of(
                        match(and(in("state.partnershipId", partnershipIds), eq("state.status", "ENROLLED"))),
                        group("$state.partnershipId", sum("students", 1))))
                .forEach((BsonDocument group) -> counts.put(
                        group.getBinary("_id").asUuid(),
                        group.getNumber("students").longValue()));
        return counts;
    }

    public void apply(UUID studentId, long sequence, StudentEnrolment enrolment) {
        students.apply(studentId, sequence, enrolment);
    }
}
