package org.openintl.faculty.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/faculty/stats}: counts of experts, talent and staff trips; every role may read them. */
@RestController
class StatsController {

    private final FacultyStatistics statistics;

    StatsController(FacultyStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/faculty/stats")
    FacultyStats stats() {
        return statistics.compute();
    }
}
