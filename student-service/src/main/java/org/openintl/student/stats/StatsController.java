package org.openintl.student.stats;

import org.openintl.student.student.StudentAccess;
import org.openintl.student.student.StudentFilter;
import org.openintl.student.student.StudentService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/students/stats}, over all students or those matching the list's filters (e.g.
 * {@code ?status=ENROLLED} for the students currently studying).
 */
@RestController
@RequestMapping("/api/students/stats")
class StatsController {

    private final StudentService service;
    private final StudentAccess access;

    StatsController(StudentService service, StudentAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping
    StudentStats stats(StudentFilter filter) {
        StatsAccumulator stats = new StatsAccumulator(service.today());
        // counts are for every role, but counting by name would tell who is a student
        service.forEachInAnyOrder(access.listFilter(filter), stats::add);
        return stats.result();
    }
}
