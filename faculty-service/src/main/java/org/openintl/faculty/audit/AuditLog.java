package org.openintl.faculty.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openintl.platform.accountability.Actor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records the answers that include personal data of experts, talent candidates or staff members, before they are sent: a read that cannot be recorded is
 * not answered (the request fails with 500 instead). Who and which request come from the token and the
 * {@code X-Request-Id}; what from the route and the query string, whose name search term is left out.
 */
@Component
public class AuditLog {

    /** Ids kept per entry; a list page holds at most 200 records. */
    static final int MAX_IDS = 200;

    private static final Pattern NAME_TERM = Pattern.compile("(^|&)name=[^&]*");

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** An answer showed the personal data of {@code subjects} (expert, talent or trip ids); nothing is recorded when it showed none. */
    public void shown(String action, List<UUID> subjects) {
        if (!subjects.isEmpty()) {
            entries.insert(
                    entry(action, subjects.stream().distinct().limit(MAX_IDS).toList(), subjects.size()));
        }
    }

    private AuditEntry entry(String action, List<UUID> subjects, long count) {
        Actor actor = Actor.current();
        HttpServletRequest request = request();
        String route = null;
        String query = null;
        if (request != null) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            route = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
            query = withoutNameTerm(request.getQueryString());
        }
        return new AuditEntry(
                AuditRepository.newId(),
                clock.instant(),
                actor.subject(),
                actor.requestId(),
                action,
                route,
                query,
                subjects,
                count);
    }

    /** A name search term is personal data: the entry keeps that a name was searched for, not which. */
    static String withoutNameTerm(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        return NAME_TERM.matcher(query).replaceAll("$1name=(omitted)");
    }

    private static HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
