package org.openintl.student.student;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/students/{id}/changes}: the student's change log ({@link ChangesController}, ADR 0482). */
@RestController
@RequestMapping("/api/students")
class StudentChangesController extends ChangesController<Student> {

    StudentChangesController(StudentService students) {
        super(students::changes);
    }
}
