package org.openintl.partnership.student;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.UUID;
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
    }

    public long enrolled(UUID partnershipId) {
        return students.documents()
                .countDocuments(and(eq("state.partnershipId", partnershipId), eq("state.status", "ENROLLED")));
    }

    public void apply(UUID studentId, long sequence, StudentEnrolment enrolment) {
        students.apply(studentId, sequence, enrolment);
    }
}
