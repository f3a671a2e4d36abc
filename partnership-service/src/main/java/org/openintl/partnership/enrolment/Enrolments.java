package org.openintl.partnership.enrolment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.UUID;
import org.openintl.platform.events.ProjectionStore;

/** Counts students currently ENROLLED per partnership, from the projection. */
public class Enrolments {

    private final ProjectionStore<StudentEnrolment> students;

    public Enrolments(ProjectionStore<StudentEnrolment> students) {
        this.students = students;
    }

    public long enrolled(UUID partnershipId) {
        return students.documents()
                .countDocuments(and(eq("state.partnershipId", partnershipId), eq("state.status", "ENROLLED")));
    }

    public void apply(UUID studentId, long sequence, StudentEnrolment enrolment) {
        students.apply(studentId, sequence, enrolment);
    }
}
