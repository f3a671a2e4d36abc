package org.openintl.faculty.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openintl.faculty.audit.AuditLog;
import org.openintl.faculty.document.Deadline;
import org.openintl.faculty.expert.Expert;
import org.openintl.faculty.expert.ExpertService;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/experts/alerts?withinDays=N&college=}: every deadline of experts under contract due within N days
 * (or overdue), soonest first. Names, nationality and dates only for ADMIN and FACULTY_OFFICER; the other roles see
 * what kind of deadline is due where, and how many.
 */
@RestController
@RequestMapping("/api/experts/alerts")
class AlertController {

    static final int MAX_WITHIN_DAYS = 366;

    private final ExpertService service;
    private final AuditLog audit;

    AlertController(ExpertService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @GetMapping
    PageResult<AlertView> alerts(
            @RequestParam(defaultValue = "30") int withinDays,
            @RequestParam(required = false) String college,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new InvalidInputException("withinDays", "withinDays must be between 0 and " + MAX_WITHIN_DAYS);
        }
        PageRequest request = PageRequest.of(page, size);
        LocalDate today = service.today();
        LocalDate limit = today.plusDays(withinDays);
        List<Due> due = new ArrayList<>();
        service.forEachWithDeadlinesUntil(limit, e -> {
            if (college != null
                    && !college.isBlank()
                    && !college.strip().equals(e.profile().college())) {
                return;
            }
            for (Deadline d : e.deadlines()) {
                if (!d.dueDate().isAfter(limit)) {
                    due.add(new Due(e, d));
                }
            }
        });
        due.sort(Comparator.comparing((Due a) -> a.deadline().dueDate())
                .thenComparing(a -> a.deadline().rule())
                .thenComparing(a -> a.expert().id()));
        int from = Math.min(request.skip(), due.size());
        int to = Math.min(from + request.size(), due.size());
        boolean personal = service.mayReadPersonalData();
        List<AlertView> alerts = new ArrayList<>();
        List<UUID> named = new ArrayList<>();
        for (Due a : due.subList(from, to)) {
            if (personal) {
                alerts.add(AlertView.of(a.expert(), a.deadline(), today));
                named.add(a.expert().id());
            } else {
                alerts.add(AlertView.withoutPersonalData(a.expert(), a.deadline(), today));
            }
        }
        audit.shown("expert.alerts", named);
        return PageResult.of(alerts, request, due.size());
    }

    private record Due(Expert expert, Deadline deadline) {}
}
