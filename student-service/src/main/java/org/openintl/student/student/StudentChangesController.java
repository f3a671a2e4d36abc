package org.openintl.student.student;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.ChangeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/students/{id}/changes}: every write of the student, oldest first, with who made it (the token's {@code sub}),
 * the request id and the events it published (ADR 0482). Holds ids and event types only, so every role that reads
 * the student reads its changes.
 */
@RestController
class StudentChangesController {

    private final StudentService students;

    StudentChangesController(StudentService students) {
        this.students = students;
    }

    @GetMapping("/api/students/{id}/changes")
    List<ChangeRecord> changes(@PathVariable UUID id) {
        return students.changes(id);
    }
}
