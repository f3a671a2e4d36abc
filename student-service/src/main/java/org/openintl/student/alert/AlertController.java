package org.openintl.student.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.openintl.student.audit.AuditLog;
import org.openintl.student.document.Deadline;
import org.openintl.student.student.Student;
import org.openintl.student.student.StudentAccess;
import org.openintl.student.student.StudentService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/students/alerts?withinDays=N}: every deadline due within N days (or overdue), soonest first. Names,
 * nationality and dates only for those who may see the student's personal data; the others see what kind of deadline
 * is due where, and how many (docs/security.md).
 */
@RestController
@RequestMapping("/api/students/alerts")
class AlertController {

    static final int MAX_WITHIN_DAYS = 366;

    private final StudentService service;
    private final StudentAccess access;
    private final AuditLog audit;

    AlertController(StudentService service, StudentAccess access, AuditLog audit) {
        this.service = service;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping
    PageResult<AlertView> alerts(
            @RequestParam(defaultValue = "30") int withinDays,
            @RequestParam(required = false) String counselor,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new InvalidInputException("withinDays", "withinDays must be between 0 and " + MAX_WITHIN_DAYS);
        }
        PageRequest request = PageRequest.of(page, size);
        LocalDate today = service.today();
        LocalDate limit = today.plusDays(withinDays);
        List<Due> due = new ArrayList<>();
        service.forEachWithDeadlinesUntil(limit, s -> {
            if (counselor != null && !counselor.equals(s.profile().counselor())) {
                return;
            }
            for (Deadline d : s.deadlines()) {
                if (!d.dueDate().isAfter(limit)) {
                    due.add(new Due(s, d));
                }
            }
        });
        due.sort(Comparator.comparing((Due a) -> a.deadline().dueDate())
                .thenComparing(a -> a.deadline().rule())
                .thenComparing(a -> a.student().id()));
        int from = Math.min(request.skip(), due.size());
        int to = Math.min(from + request.size(), due.size());
        List<AlertView> alerts = new ArrayList<>();
        List<UUID> named = new ArrayList<>();
        for (Due a : due.subList(from, to)) {
            if (access.mayReadPersonalData(a.student())) {
                alerts.add(AlertView.of(a.student(), a.deadline(), today));
                named.add(a.student().id());
            } else {
                alerts.add(AlertView.withoutPersonalData(a.student(), a.deadline(), today));
            }
        }
        audit.shown("student.alerts", named);
        return PageResult.of(alerts, request, due.size());
    }

    private record Due(Student student, Deadline deadline) {}
}
