package org.openintl.partnership.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final StatsService stats;

    StatsController(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/api/partnerships/stats")
    PartnershipStats stats() {
        return stats.current();
    }
}
