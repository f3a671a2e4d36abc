package org.openintl.student.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.WarningPolicy;
import org.openintl.student.student.StudentRepository;
import org.openintl.student.student.StudentService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/students/alerts?withinDays=N}: every deadline due within N days (or overdue), soonest first. */
@RestController
@RequestMapping("/api/students/alerts")
class AlertController {

    static final int MAX_WITHIN_DAYS = 366;

    private final StudentRepository students;
    private final StudentService service;

    AlertController(StudentRepository students, StudentService service) {
        this.students = students;
        this.service = service;
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
        List<AlertView> alerts = new ArrayList<>();
        students.forEachWithDeadlinesUntil(limit, s -> {
            if (counselor != null && !counselor.equals(s.profile().counselor())) {
                return;
            }
            for (Deadline d : s.deadlines()) {
                if (!d.dueDate().isAfter(limit)) {
                    long left = WarningPolicy.daysLeft(d, today);
                    alerts.add(new AlertView(
                            s.id(),
                            s.profile().familyName(),
                            s.profile().givenName(),
                            s.profile().chineseName(),
                            s.status(),
                            s.nationality(),
                            s.profile().college(),
                            s.profile().counselor(),
                            d.document(),
                            d.rule(),
                            d.dueDate(),
                            left,
                            left < 0));
                }
            }
        });
        alerts.sort(Comparator.comparing(AlertView::dueDate)
                .thenComparing(AlertView::rule)
                .thenComparing(AlertView::studentId));
        int from = Math.min(request.skip(), alerts.size());
        int to = Math.min(from + request.size(), alerts.size());
        return PageResult.of(alerts.subList(from, to), request, alerts.size());
    }
}
